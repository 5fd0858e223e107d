package org.sanctionswatch.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/** The alert row as the API shows it, shared by the store, the event log and the lifecycle. */
final class AlertRows {

    static final String COLUMNS = "id, dedup_key, rule_id, category, severity, theatre, subject, title, "
            + "explanation, provision, belongs_to, corroborated, confidence, status, active, first_seen_at, "
            + "last_seen_at, cleared_at, occurrences, "
            + "ruleset_version, assignee, snoozed, snooze_id";

    private AlertRows() {
    }

    static final RowMapper<Alert> ALERT = (rs, i) -> new Alert(rs.getLong("id"), rs.getString("dedup_key"),
            rs.getString("rule_id"), rs.getString("category"), rs.getString("severity"), rs.getString("theatre"),
            rs.getString("subject"), rs.getString("title"), rs.getString("explanation"), rs.getString("provision"),
            rs.getString("belongs_to"), rs.getBoolean("corroborated"), rs.getDouble("confidence"),
            rs.getString("status"), rs.getBoolean("active"), instant(rs, "first_seen_at"),
            instant(rs, "last_seen_at"), instant(rs, "cleared_at"), rs.getInt("occurrences"),
            rs.getString("ruleset_version"), rs.getString("assignee"), rs.getBoolean("snoozed"),
            (Long) rs.getObject("snooze_id", Long.class), List.of(), List.of());

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
