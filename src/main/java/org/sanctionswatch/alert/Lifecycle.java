package org.sanctionswatch.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.ConflictException;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What people do to an alert: OPEN -> ACKNOWLEDGED -> RESOLVED | DISMISSED, reopen (RESOLVED | DISMISSED -> OPEN),
 * and assignment while it is open. Each act is kept as history, audited, and logged as an event.
 */
@Service
public class Lifecycle {

    /** An act on an alert: the statuses it applies to, the status it leads to (null: unchanged), its event. */
    public enum Action {
        ACKNOWLEDGE(Set.of("OPEN"), "ACKNOWLEDGED", AlertEvent.STATUS_CHANGED, "ALERT_ACKNOWLEDGED"),
        RESOLVE(Set.of("ACKNOWLEDGED"), "RESOLVED", AlertEvent.STATUS_CHANGED, "ALERT_RESOLVED"),
        DISMISS(Set.of("ACKNOWLEDGED"), "DISMISSED", AlertEvent.STATUS_CHANGED, "ALERT_DISMISSED"),
        REOPEN(Set.of("RESOLVED", "DISMISSED"), "OPEN", AlertEvent.REOPENED, "ALERT_REOPENED"),
        ASSIGN(Set.of("OPEN", "ACKNOWLEDGED"), null, AlertEvent.UPDATED, "ALERT_ASSIGNED");

        final Set<String> from;
        final String to;
        final String eventKind;
        final String auditAction;

        Action(Set<String> from, String to, String eventKind, String auditAction) {
            this.from = from;
            this.to = to;
            this.eventKind = eventKind;
            this.auditAction = auditAction;
        }

        public String pathName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The action named in a path ({@code acknowledge}, …), or null. */
        public static Action of(String name) {
            for (Action a : values()) {
                if (a.pathName().equals(name)) {
                    return a;
                }
            }
            return null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AlertWriter writer;
    private final EventLog events;
    private final AlertStore alerts;
    private final AuditLog audit;

    private final org.springframework.context.ApplicationEventPublisher publisher;

    Lifecycle(JdbcTemplate jdbc, Clock clock, AlertWriter writer, EventLog events, AlertStore alerts, AuditLog audit,
            org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
        this.events = events;
        this.alerts = alerts;
        this.audit = audit;
    }

    /**
     * Applies an act: 422 for a bad note or assignee, 404 for an unknown alert, 409 with the reason when the
     * alert's status does not allow it. Returns the alert with its history.
     */
    public Alert act(long id, Action action, String note, String assignee, String actor) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        String cleanAssignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        check(action, cleanNote, cleanAssignee);
        String[] change = new String[2];
        writer.write(written -> {
            List<String[]> rows = jdbc.query("select status, fingerprint from alert where id = ? for update",
                    (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, id);
            if (rows.isEmpty()) {
                throw new NotFoundException("alert " + id + " does not exist");
            }
            String from = rows.get(0)[0];
            if (!action.from.contains(from)) {
                throw new ConflictException(refusal(id, action, from), from);
            }
            String to = action.to == null ? from : action.to;
            change[0] = from;
            change[1] = to;
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.update("update alert set status = ? where id = ?", to, id);
            if (cleanAssignee != null) {
                jdbc.update("update alert set assignee = ? where id = ?", cleanAssignee, id);
            }
            if (action == Action.DISMISS) {
                jdbc.update("update alert set dismissed_fingerprint = ? where id = ?", rows.get(0)[1], id);
            } else if (action == Action.REOPEN) {
                jdbc.update("update alert set dismissed_fingerprint = null where id = ?", id);
            }
            alerts.history(id, actor, action.pathName(), from, to, cleanAssignee, cleanNote, now);
            audit.record(actor, action.auditAction, "alert " + id, from + " -> " + to
                    + (cleanAssignee == null ? "" : ", assignee " + cleanAssignee)
                    + (cleanNote == null ? "" : ": " + cleanNote));
            events.append(id, action.eventKind, null, written);
            return null;
        });
        if (!change[0].equals(change[1])) {
            publisher.publishEvent(new AlertStatusChanged(id, change[0], change[1]));
        }
        return alerts.get(id).orElseThrow();
    }

    private static void check(Action action, String note, String assignee) {
        List<ItemError> errors = new ArrayList<>();
        if (note != null && note.length() > 2000) {
            errors.add(new ItemError(null, null, null, "note", note, "is longer than 2000 characters"));
        }
        if (note == null && (action == Action.RESOLVE || action == Action.DISMISS)) {
            errors.add(new ItemError(null, null, null, "note", null,
                    "is required to " + action.pathName() + ": say why, for whoever reads the alert next"));
        }
        if (assignee != null && assignee.length() > 200) {
            errors.add(new ItemError(null, null, null, "assignee", assignee, "is longer than 200 characters"));
        }
        if (assignee == null && action == Action.ASSIGN) {
            errors.add(new ItemError(null, null, null, "assignee", null, "is required to assign"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The " + action.pathName() + " was refused", errors);
        }
    }

    private static String refusal(long id, Action action, String status) {
        String verb = action.pathName();
        if (status.equals(action.to)) {
            return "alert " + id + " is already " + status;
        }
        return switch (action) {
            case ACKNOWLEDGE -> "alert " + id + " is " + status + ": only an OPEN alert can be acknowledged; reopen it"
                    + " first";
            case RESOLVE, DISMISS -> status.equals("OPEN")
                    ? "alert " + id + " is OPEN: acknowledge it before you " + verb + " it"
                    : "alert " + id + " is " + status + ": reopen it before you " + verb + " it";
            case REOPEN -> "alert " + id + " is " + status + ": only a RESOLVED or DISMISSED alert can be reopened";
            case ASSIGN -> "alert " + id + " is " + status + ": reopen it before you assign it";
        };
    }
}
