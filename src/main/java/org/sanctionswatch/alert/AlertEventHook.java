package org.sanctionswatch.alert;

/**
 * Called for every event inside the transaction that writes it, so that what it writes (a webhook outbox row)
 * commits or rolls back with the alert change.
 */
public interface AlertEventHook {

    void written(AlertEvent event);
}
