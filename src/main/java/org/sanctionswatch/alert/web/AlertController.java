package org.sanctionswatch.alert.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.sanctionswatch.alert.Alert;
import org.sanctionswatch.alert.AlertEvent;
import org.sanctionswatch.alert.AlertPage;
import org.sanctionswatch.alert.AlertQuery;
import org.sanctionswatch.alert.AlertStore;
import org.sanctionswatch.alert.EventLog;
import org.sanctionswatch.alert.Lifecycle;
import org.sanctionswatch.system.Actors;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/alerts")
class AlertController {

    private final AlertStore alerts;
    private final Lifecycle lifecycle;
    private final EventLog events;

    AlertController(AlertStore alerts, Lifecycle lifecycle, EventLog events) {
        this.alerts = alerts;
        this.lifecycle = lifecycle;
        this.events = events;
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
            @Parameter(description = "true: only alerts whose latest change fell under a snooze (recorded, not sent)")
            @RequestParam(required = false) Boolean snoozed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 1000");
        }
        return alerts.find(new AlertQuery(status, severity, category, ruleId, theatre, since, active, snoozed, page,
                size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert with its evidence observations and their sources, and its lifecycle history")
    Alert get(@PathVariable long id) {
        return alerts.get(id).orElseThrow(() -> new NotFoundException("alert " + id + " does not exist"));
    }

    /** An event of the log as listed: the alert itself is what the stream and webhooks carry. */
    record EventView(long sequence, String kind, Instant at, String muted, String status) {
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "Every change of one alert, oldest first, with why a change was not sent (muted)")
    List<EventView> events(@PathVariable long id) {
        get(id);
        return events.ofAlert(id).stream().map(AlertController::view).toList();
    }

    private static EventView view(AlertEvent e) {
        return new EventView(e.sequence(), e.kind(), e.at(), e.muted(), e.alert().status());
    }

    /** The body of a lifecycle act. */
    record ActRequest(String note, String assignee) {
    }

    @PostMapping("/{id}/{action}")
    @Operation(summary = "Acknowledge, resolve, dismiss, reopen or assign an alert, with a note",
            description = "OPEN -> ACKNOWLEDGED -> RESOLVED | DISMISSED; RESOLVED | DISMISSED -> OPEN (reopen); "
                    + "assign while OPEN or ACKNOWLEDGED. A note is required to resolve or dismiss. An act the "
                    + "alert's status does not allow is answered 409 with the reason.")
    Alert act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) ActRequest body,
            HttpServletRequest request) {
        Lifecycle.Action act = Lifecycle.Action.of(action);
        if (act == null) {
            throw new NotFoundException("no action '" + action + "': acknowledge, resolve, dismiss, reopen or assign");
        }
        ActRequest b = body == null ? new ActRequest(null, null) : body;
        return lifecycle.act(id, act, b.note(), b.assignee(), Actors.of(request));
    }
}
