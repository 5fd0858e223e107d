package org.sanctionswatch.observation;

/**
 * The answer to a load: how many items came, how many were new ({@code accepted}), already stored with the same
 * values ({@code duplicates}), or new versions of stored ones ({@code revisions}); {@code ignored} counts rows a
 * layout skips on purpose (breakdown rows of Comtrade+); and what the judgement did to alerts.
 */
public record IngestResult(int received, int accepted, int duplicates, int revisions, int ignored,
        int alertsRaised, int alertsUpdated, int alertsCleared) {
}
