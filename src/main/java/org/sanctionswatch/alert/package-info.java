/** Alerts: findings kept by dedup key, with their evidence, read through the API. */
package org.sanctionswatch.alert;
