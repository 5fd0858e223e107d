package org.sanctionswatch.subscription;

import java.time.Instant;
import org.sanctionswatch.alert.AlertFilter;

/** A webhook subscription as served: never its secret. */
public record Subscription(long id, String url, AlertFilter filter, Instant createdAt, String createdBy) {
}
