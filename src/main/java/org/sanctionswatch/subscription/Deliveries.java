package org.sanctionswatch.subscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The outbox rows: which are due, what each attempt gave. */
@Repository
public class Deliveries {

    private final JdbcTemplate jdbc;

    Deliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Pending deliveries due at {@code now}, oldest first. */
    List<Delivery> due(Instant now, int limit) {
        return due(now, limit, java.util.Set.of());
    }

    /** Due deliveries, oldest first, leaving out those of the subscriptions whose sender is still at work. */
    List<Delivery> due(Instant now, int limit, java.util.Set<Long> busy) {
        List<Object> args = new java.util.ArrayList<>(List.of(Timestamp.from(now)));
        StringBuilder sql = new StringBuilder("select * from delivery where status = 'PENDING' and next_attempt_at <= ?");
        if (!busy.isEmpty()) {
            sql.append(" and subscription_id not in (").append("?, ".repeat(busy.size() - 1)).append("?)");
            args.addAll(busy);
        }
        args.add(limit);
        return jdbc.query(sql.append(" order by id limit ?").toString(), DELIVERY, args.toArray());
    }

    /** The deliveries of one subscription, newest first, optionally of one status. */
    public List<Delivery> ofSubscription(long subscriptionId, String status, int limit) {
        if (status == null || status.isBlank()) {
            return jdbc.query("select * from delivery where subscription_id = ? order by id desc limit ?", DELIVERY,
                    subscriptionId, limit);
        }
        return jdbc.query("select * from delivery where subscription_id = ? and status = ? order by id desc limit ?",
                DELIVERY, subscriptionId, status, limit);
    }

    void delivered(long id, Instant at, int httpStatus) {
        jdbc.update("update delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, "
                + "delivered_at = ?, last_status = ?, last_error = null where id = ? and status = 'PENDING'",
                Timestamp.from(at), Timestamp.from(at), httpStatus, id);
    }

    /** Records a failed attempt: PENDING again at {@code next}, or FAILED when {@code next} is null. */
    void failed(long id, Instant at, Integer httpStatus, String error, Instant next) {
        String clipped = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        jdbc.update("update delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status = ?, "
                + "last_error = ?, next_attempt_at = ? where id = ? and status = 'PENDING'",
                next == null ? "FAILED" : "PENDING", Timestamp.from(at), httpStatus, clipped,
                Timestamp.from(next == null ? at : next), id);
    }

    void cancel(long id) {
        jdbc.update("update delivery set status = 'CANCELLED' where id = ? and status = 'PENDING'", id);
    }

    private static final RowMapper<Delivery> DELIVERY = (rs, i) -> new Delivery(rs.getLong("id"),
            rs.getLong("subscription_id"), rs.getLong("event_seq"), rs.getLong("alert_id"), rs.getString("kind"),
            rs.getString("idempotency_key"), rs.getString("status"), rs.getInt("attempts"),
            (Integer) rs.getObject("last_status", Integer.class), rs.getString("last_error"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_attempt_at")),
            instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("delivered_at")));

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
