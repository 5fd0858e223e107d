package org.sanctionswatch.subscription;

import java.sql.Timestamp;
import org.sanctionswatch.alert.AlertEvent;
import org.sanctionswatch.alert.AlertEventHook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a PENDING delivery for every subscription an event matches, inside the transaction of the alert change:
 * a committed change always has its deliveries, and a rolled-back one has none.
 */
@Component
class DeliveryOutbox implements AlertEventHook {

    private final JdbcTemplate jdbc;
    private final SubscriptionStore subscriptions;

    DeliveryOutbox(JdbcTemplate jdbc, SubscriptionStore subscriptions) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
    }

    @Override
    public void written(AlertEvent event) {
        if (!event.notified()) {
            return;
        }
        Timestamp at = Timestamp.from(event.at());
        for (SubscriptionStore.Target t : subscriptions.active()) {
            if (t.filter().matches(event.alert())) {
                jdbc.update("insert into delivery (subscription_id, event_seq, alert_id, kind, idempotency_key, "
                        + "status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                        t.id(), event.sequence(), event.alert().id(), event.kind(), event.idempotencyKey(), at, at);
            }
        }
    }
}
