package org.sanctionswatch.watchlist;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lists that refresh themselves: the configured URLs of the OFAC SDN CSV and the UN consolidated XML are fetched on a
 * schedule with conditional requests (ETag, Last-Modified). A list changes only when its content does (a new version,
 * and the stored calls screened again); a fetch that fails, or a file that does not parse, never replaces the current
 * version, is retried, and shows in health ({@code watchlistFeeds}) and in the metric
 * {@code sanctionswatch.watchlist.fetches} by list and outcome.
 */
@Component("watchlistFeeds")
@EnableConfigurationProperties(WatchlistFeeds.Settings.class)
public class WatchlistFeeds implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WatchlistFeeds.class);
    static final Status DEGRADED = new Status("DEGRADED", "a list feed failed; the current version is kept");

    /**
     * {@code sanctionswatch.watchlists.*}: the feeds' URLs (none: no fetching), how often they are fetched, how many
     * attempts a fetch makes and how long it waits between them, and the timeout of one request.
     */
    @ConfigurationProperties("sanctionswatch.watchlists")
    public record Settings(URI ofacSdnUrl, URI unConsolidatedUrl, Duration refresh, Integer attempts,
            Duration retryDelay, Duration timeout) {

        public Settings {
            refresh = refresh == null ? Duration.ofHours(6) : refresh;
            attempts = attempts == null ? 3 : attempts;
            retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
            timeout = timeout == null ? Duration.ofMinutes(2) : timeout;
        }

        Map<String, URI> feeds() {
            Map<String, URI> feeds = new LinkedHashMap<>();
            if (ofacSdnUrl != null) {
                feeds.put(ListEntry.OFAC_SDN, ofacSdnUrl);
            }
            if (unConsolidatedUrl != null) {
                feeds.put(ListEntry.UN_CONSOLIDATED, unConsolidatedUrl);
            }
            return feeds;
        }
    }

    /** How a feed stood after its last fetch. */
    public record FeedState(String list, URI url, Instant checkedAt, String outcome, Integer version, String etag,
            String lastModified, String error, int attempts) {
    }

    private final WatchlistService watchlists;
    private final Settings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();

    WatchlistFeeds(WatchlistService watchlists, Settings settings, Clock clock, MeterRegistry meters) {
        this.watchlists = watchlists;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Scheduled(fixedDelayString = "${sanctionswatch.watchlists.refresh:PT6H}",
            initialDelayString = "${sanctionswatch.watchlists.first-refresh:PT1M}")
    void scheduled() {
        if (!settings.feeds().isEmpty()) {
            refresh();
        }
    }

    /** Fetches every configured feed once (with its retries); one feed's failure does not stop the others. */
    public synchronized Map<String, FeedState> refresh() {
        settings.feeds().forEach((list, url) -> {
            try {
                fetch(list, url);
            } catch (RuntimeException e) {
                done(list, url, states.get(list), "FAILED", version(states.get(list)), etag(states.get(list)),
                        modified(states.get(list)), e.getClass().getSimpleName() + ": " + e.getMessage(), 1);
            }
        });
        return states();
    }

    public Map<String, FeedState> states() {
        return Map.copyOf(states);
    }

    private void fetch(String list, URI url) {
        FeedState before = states.get(list);
        String error = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout()).GET();
                if (before != null && before.etag() != null) {
                    request.header("If-None-Match", before.etag());
                }
                if (before != null && before.lastModified() != null) {
                    request.header("If-Modified-Since", before.lastModified());
                }
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 304 && before == null) {
                    done(list, url, null, "FAILED", null, null, null, "HTTP 304 to a request that had no validators",
                            attempt);
                    return;
                }
                if (response.statusCode() == 304) {
                    done(list, url, before, "NOT_MODIFIED", before.version(), before.etag(), before.lastModified(),
                            null, attempt);
                    return;
                }
                if (response.statusCode() >= 500 || response.statusCode() == 429) {
                    error = "HTTP " + response.statusCode();
                    pause(attempt);
                    continue;
                }
                if (response.statusCode() != 200) {
                    done(list, url, before, "FAILED", version(before), etag(before), modified(before),
                            "HTTP " + response.statusCode(), attempt);
                    return;
                }
                String etag = response.headers().firstValue("ETag").orElse(null);
                String modified = response.headers().firstValue("Last-Modified").orElse(null);
                try {
                    WatchlistService.ImportResult result = watchlists.importList(
                            new ByteArrayInputStream(response.body()), list);
                    done(list, url, before, result.unchanged() ? "UNCHANGED" : "NEW_VERSION", result.version(), etag,
                            modified, null, attempt);
                } catch (InvalidInputException | PayloadTooLargeException | IllegalStateException e) {
                    // The validators of the broken file are not kept: the next fetch takes the whole file again.
                    done(list, url, before, "FAILED", version(before), etag(before), modified(before),
                            "the file was refused: " + e.getMessage(), attempt);
                }
                return;
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
                break;
            }
        }
        done(list, url, before, "FAILED", version(before), etag(before), modified(before), error,
                settings.attempts());
    }

    private void pause(int attempt) {
        if (attempt < settings.attempts()) {
            try {
                Thread.sleep(settings.retryDelay().toMillis() * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Integer version(FeedState s) {
        return s == null ? null : s.version();
    }

    private static String etag(FeedState s) {
        return s == null ? null : s.etag();
    }

    private static String modified(FeedState s) {
        return s == null ? null : s.lastModified();
    }

    private void done(String list, URI url, FeedState before, String outcome, Integer version, String etag,
            String modified, String error, int attempts) {
        states.put(list, new FeedState(list, url, clock.instant(), outcome, version, etag, modified, error, attempts));
        meters.counter("sanctionswatch.watchlist.fetches", "list", list, "outcome", outcome).increment();
        if (error != null) {
            log.warn("Fetching the {} list from {} failed ({}); the current version is kept", list, url, error);
        } else if (!outcome.equals("NOT_MODIFIED") && !outcome.equals("UNCHANGED")) {
            log.info("Fetched the {} list from {}: {}, version {}", list, url, outcome, version);
        }
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        states.forEach((list, s) -> details.put(list, s));
        boolean failed = states.values().stream().anyMatch(s -> "FAILED".equals(s.outcome()));
        return Health.status(failed ? DEGRADED : Status.UP).withDetails(details).build();
    }
}
