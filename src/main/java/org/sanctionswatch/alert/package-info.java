/**
 * Alerts: findings kept by dedup key, with their evidence, a lifecycle, snoozes, and an event log that the stream
 * and webhooks read.
 */
package org.sanctionswatch.alert;
