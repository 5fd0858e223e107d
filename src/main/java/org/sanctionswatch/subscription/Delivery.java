package org.sanctionswatch.subscription;

import java.time.Instant;

/**
 * One event to send to one subscription: PENDING until a 2xx answer (DELIVERED) or {@code max-attempts} failures
 * (FAILED); CANCELLED when its subscription was deleted first.
 */
public record Delivery(long id, long subscriptionId, long eventSequence, long alertId, String kind,
        String idempotencyKey, String status, int attempts, Integer lastStatus, String lastError, Instant createdAt,
        Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {
}
