package org.sanctionswatch.alert.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import org.sanctionswatch.alert.Alert;
import org.sanctionswatch.alert.AlertPage;
import org.sanctionswatch.alert.AlertQuery;
import org.sanctionswatch.alert.AlertStore;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/alerts")
class AlertController {

    private final AlertStore alerts;

    AlertController(AlertStore alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "List alerts, newest first, filtered and paged")
    AlertPage list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String ruleId,
            @RequestParam(required = false) String theatre,
            @Parameter(description = "only alerts last seen at or after this instant")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @Parameter(description = "true: only alerts whose condition holds now; false: only cleared ones")
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 1000");
        }
        return alerts.find(new AlertQuery(status, severity, category, ruleId, theatre, since, active, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert with its evidence observations and their sources")
    Alert get(@PathVariable long id) {
        return alerts.get(id).orElseThrow(() -> new NotFoundException("alert " + id + " does not exist"));
    }
}
