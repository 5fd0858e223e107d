package org.sanctionswatch.alert;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Snoozes: created and lifted by analysts, read by the alert store when it applies findings. */
@Repository
public class SnoozeStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;

    SnoozeStore(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** What a caller asks for; checked whole by {@link #create}. */
    public record Request(String ruleId, String subject, String until, String reason) {
    }

    @Transactional
    public Snooze create(Request r, String actor) {
        List<ItemError> errors = new ArrayList<>();
        text(errors, "ruleId", r.ruleId(), 64);
        text(errors, "subject", r.subject(), 400);
        text(errors, "reason", r.reason(), 2000);
        LocalDate until = null;
        if (r.until() == null || r.until().isBlank()) {
            errors.add(error("until", null, "is required: the last day (UTC) of the snooze, as 2025-01-31"));
        } else {
            try {
                until = LocalDate.parse(r.until().strip());
                if (until.isBefore(today())) {
                    errors.add(error("until", r.until(), "is in the past"));
                }
            } catch (DateTimeParseException e) {
                errors.add(error("until", r.until(), "is not a date such as 2025-01-31"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The snooze was refused", errors);
        }
        LocalDate day = until;
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into snooze (rule_id, subject, until_date, reason, created_at, "
                    + "created_by) values (?, ?, ?, ?, ?, ?)", new String[] {"ID"});
            ps.setString(1, r.ruleId().strip());
            ps.setString(2, r.subject().strip());
            ps.setDate(3, Date.valueOf(day));
            ps.setString(4, r.reason().strip());
            ps.setTimestamp(5, now);
            ps.setString(6, actor);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        audit.record(actor, "SNOOZE_CREATED", "snooze " + id,
                r.ruleId().strip() + " " + r.subject().strip() + " until " + day + ": " + r.reason().strip());
        return get(id).orElseThrow();
    }

    /** Lifts a snooze that is in force; false when there is none such. */
    @Transactional
    public boolean lift(long id, String actor) {
        int n = jdbc.update("update snooze set lifted_at = ?, lifted_by = ? where id = ? and lifted_at is null",
                Timestamp.from(clock.instant()), actor, id);
        if (n == 1) {
            audit.record(actor, "SNOOZE_LIFTED", "snooze " + id, null);
        }
        return n == 1;
    }

    public Optional<Snooze> get(long id) {
        return jdbc.query("select * from snooze where id = ?", SNOOZE, id).stream().findFirst();
    }

    /** The snoozes in force today, oldest first; with {@code all}, also the lifted and expired ones. */
    public List<Snooze> list(boolean all) {
        if (all) {
            return jdbc.query("select * from snooze order by id", SNOOZE);
        }
        return inForce();
    }

    List<Snooze> inForce() {
        return jdbc.query("select * from snooze where lifted_at is null and until_date >= ? order by id", SNOOZE,
                Date.valueOf(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void text(List<ItemError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, value, "is required"));
        } else if (value.length() > max) {
            errors.add(error(field, value, "is longer than " + max + " characters"));
        }
    }

    private static ItemError error(String field, String value, String reason) {
        return new ItemError(null, null, null, field, value, reason);
    }

    private static final RowMapper<Snooze> SNOOZE = (rs, i) -> new Snooze(rs.getLong("id"), rs.getString("rule_id"),
            rs.getString("subject"), rs.getDate("until_date").toLocalDate(), rs.getString("reason"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
            AlertRows.instant(rs, "lifted_at"), rs.getString("lifted_by"));
}
