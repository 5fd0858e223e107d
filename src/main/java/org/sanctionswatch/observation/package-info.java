/** Observations: parsing (JSON, NDJSON, CSV layouts), validation, idempotent storage with revisions kept. */
package org.sanctionswatch.observation;
