package org.sanctionswatch.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert event log: one row per change, written in the transaction of the change, read back by stream clients
 * that reconnect with Last-Event-ID.
 */
@Repository
public class EventLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final List<AlertEventHook> hooks;

    EventLog(JdbcTemplate jdbc, JsonMapper json, Clock clock, List<AlertEventHook> hooks) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.hooks = List.copyOf(hooks);
    }

    /** Logs a change of an alert (already written), runs the hooks, and adds the event to {@code written}. */
    AlertEvent append(long alertId, String kind, String muted, List<AlertEvent> written) {
        Alert alert = jdbc.queryForObject("select " + AlertRows.COLUMNS + " from alert where id = ?", AlertRows.ALERT,
                alertId);
        Instant at = clock.instant();
        String payload = json.writeValueAsString(alert);
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into alert_event (alert_id, kind, at, muted, status, severity, "
                    + "category, rule_id, theatre, payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"SEQ"});
            ps.setLong(1, alertId);
            ps.setString(2, kind);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setString(4, muted);
            ps.setString(5, alert.status());
            ps.setString(6, alert.severity());
            ps.setString(7, alert.category());
            ps.setString(8, alert.ruleId());
            ps.setString(9, alert.theatre());
            ps.setString(10, payload);
            return ps;
        }, keys);
        if (muted == null) {
            jdbc.update("update alert set last_notified_at = ? where id = ?", Timestamp.from(at), alertId);
        }
        AlertEvent event = new AlertEvent(keys.getKey().longValue(), kind, at, muted, alert);
        hooks.forEach(h -> h.written(event));
        written.add(event);
        return event;
    }

    /** The greatest sequence committed so far (0 when none). */
    public long maxSequence() {
        Long max = jdbc.queryForObject("select max(seq) from alert_event", Long.class);
        return max == null ? 0 : max;
    }

    /** Sent events after {@code after} up to {@code upTo} inclusive that match the filter, oldest first. */
    public List<AlertEvent> sent(long after, long upTo, AlertFilter filter, int limit) {
        StringBuilder where = new StringBuilder(" where seq > ? and seq <= ? and muted is null");
        List<Object> args = new ArrayList<>(List.of(after, upTo));
        column(where, args, "status", filter.status());
        column(where, args, "severity", filter.severity());
        column(where, args, "category", filter.category());
        column(where, args, "rule_id", filter.ruleId());
        column(where, args, "theatre", filter.theatre());
        args.add(limit);
        return jdbc.query("select seq, kind, at, muted, payload from alert_event" + where + " order by seq limit ?",
                this::event, args.toArray());
    }

    /** Every event of one alert, sent or muted, oldest first. */
    public List<AlertEvent> ofAlert(long alertId) {
        return jdbc.query("select seq, kind, at, muted, payload from alert_event where alert_id = ? order by seq",
                this::event, alertId);
    }

    public Optional<AlertEvent> get(long sequence) {
        return jdbc.query("select seq, kind, at, muted, payload from alert_event where seq = ?", this::event, sequence)
                .stream().findFirst();
    }

    private AlertEvent event(ResultSet rs, int row) throws SQLException {
        return new AlertEvent(rs.getLong("seq"), rs.getString("kind"), rs.getTimestamp("at").toInstant(),
                rs.getString("muted"), json.readValue(rs.getString("payload"), Alert.class));
    }

    private static void column(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
