/** Webhook subscriptions: an outbox of deliveries written with each alert event, sent signed and retried. */
package org.sanctionswatch.subscription;
