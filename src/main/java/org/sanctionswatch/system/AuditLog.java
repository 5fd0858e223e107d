package org.sanctionswatch.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A record of security-relevant and tuning acts: who, when, what, on what. */
@Repository
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One audited act. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String detail) {
    }

    public void record(String actor, String action, String subject, String detail) {
        jdbc.update("insert into audit_log (at, actor, action, subject, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actor, action, subject,
                detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000));
    }

    public List<Entry> recent(int limit) {
        return jdbc.query("select id, at, actor, action, subject, detail from audit_log order by id desc limit ?",
                (rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)), limit);
    }
}
