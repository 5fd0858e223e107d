package org.sanctionswatch.security.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.sanctionswatch.security.ApiKeys;
import org.sanctionswatch.security.Role;
import org.sanctionswatch.system.Actors;
import org.sanctionswatch.system.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KeyController {

    private final ApiKeys keys;
    private final AuditLog audit;

    KeyController(ApiKeys keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    record NewKey(String name, Set<Role> roles) {
    }

    @PostMapping("/api/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API key with roles; the key is in this answer only")
    ApiKeys.CreatedKey create(@RequestBody NewKey body, HttpServletRequest request) {
        return keys.create(body.name(), body.roles(), Actors.of(request));
    }

    @GetMapping("/api/keys")
    @Operation(summary = "Every key, without the key itself")
    List<ApiKeys.KeyInfo> list() {
        return keys.list();
    }

    @DeleteMapping("/api/keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a key")
    void revoke(@PathVariable long id, HttpServletRequest request) {
        keys.revoke(id, Actors.of(request));
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The audit log, newest first")
    List<AuditLog.Entry> audit(@RequestParam(defaultValue = "100") int limit) {
        return audit.recent(Math.max(1, Math.min(limit, 1000)));
    }
}
