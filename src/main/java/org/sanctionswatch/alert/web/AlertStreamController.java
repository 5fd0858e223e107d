package org.sanctionswatch.alert.web;

import io.swagger.v3.oas.annotations.Operation;
import org.sanctionswatch.alert.AlertFilter;
import org.sanctionswatch.system.StillAllowed;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class AlertStreamController {

    private final StreamHub hub;
    private final StillAllowed access;

    AlertStreamController(StreamHub hub, StillAllowed access) {
        this.hub = hub;
        this.access = access;
    }

    @GetMapping(path = "/api/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: every sent alert change matching the filters, resumable",
            description = "Each event has id = its sequence number, event = RAISED, UPDATED, CLEARED, STATUS_CHANGED "
                    + "or REOPENED, and data = the alert after the change. A comment line is sent as a heartbeat. "
                    + "With Last-Event-ID, every event after it is replayed from the log before live ones. The stream ends "
                    + "when its key is revoked or its person disabled or no longer in a reading role.")
    SseEmitter stream(@RequestParam(required = false) String status,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String ruleId,
            @RequestParam(required = false) String theatre,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Long after = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                after = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID must be an event sequence number");
            }
        }
        return hub.open(new AlertFilter(status, severity, category, ruleId, theatre), after,
                access.toRead(SecurityContextHolder.getContext().getAuthentication()));
    }
}
