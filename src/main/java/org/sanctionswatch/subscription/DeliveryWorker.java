package org.sanctionswatch.subscription;

import java.io.IOException;
import java.net.URI;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sanctionswatch.alert.AlertEvent;
import org.sanctionswatch.alert.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due deliveries, one at a time, every {@code poll}: a signed JSON POST with an idempotency key; 2xx delivers,
 * anything else retries after an exponential backoff until {@code max-attempts}. What is still PENDING when the
 * service stops is sent after it starts again, with the same idempotency key and body.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 50;

    private final Deliveries deliveries;
    private final SubscriptionStore subscriptions;
    private final EventLog events;
    private final WebhookSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    DeliveryWorker(Deliveries deliveries, SubscriptionStore subscriptions, EventLog events, WebhookSettings settings,
            JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The body every attempt of a delivery sends: the event and the alert after it. */
    record Body(long sequence, String kind, Instant at, Object alert) {
    }

    /**
     * Hands each subscription's due deliveries, in order, to a sender of its own, so that one slow endpoint delays only
     * its own deliveries; a subscription whose sender is still at work is left for a later poll.
     */
    void sendDue() {
        List<Delivery> due = deliveries.due(clock.instant(), BATCH, Set.copyOf(busy));
        Map<Long, List<Delivery>> bySubscription = new LinkedHashMap<>();
        for (Delivery d : due) {
            bySubscription.computeIfAbsent(d.subscriptionId(), k -> new ArrayList<>()).add(d);
        }
        bySubscription.forEach((subscription, list) -> {
            if (!running || !busy.add(subscription)) {
                return;
            }
            try {
                senders.execute(() -> {
                    try {
                        for (Delivery d : list) {
                            if (!running) {
                                return;
                            }
                            try {
                                attempt(d);
                            } catch (RuntimeException e) {
                                log.warn("Delivery {} could not be attempted", d.id(), e);
                            }
                        }
                    } finally {
                        busy.remove(subscription);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                busy.remove(subscription);
            }
        });
    }

    private void attempt(Delivery d) {
        Optional<SubscriptionStore.Target> target = subscriptions.target(d.subscriptionId());
        Optional<AlertEvent> event = events.get(d.eventSequence());
        if (target.isEmpty() || event.isEmpty()) {
            deliveries.cancel(d.id());
            return;
        }
        URI uri = URI.create(target.get().url());
        // checked again before each attempt: the allowlist may have changed, and the name may resolve elsewhere now
        String refusal = settings.refusal(uri.getHost());
        if (refusal != null) {
            deliveries.failed(d.id(), clock.instant(), null, refusal, null);
            return;
        }
        AlertEvent e = event.get();
        String body = json.writeValueAsString(new Body(e.sequence(), e.kind(), e.at(), e.alert()));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "SanctionsWatch-Webhooks/1")
                .header("X-SanctionsWatch-Timestamp", Long.toString(timestamp))
                .header("X-SanctionsWatch-Signature", Signatures.sign(target.get().secret(), timestamp, body))
                .header("Idempotency-Key", d.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Integer status = null;
        String error;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            String answer;
            // an answer is read up to a small cap: an endpoint cannot make the service hold a large body
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(settings.maxAnswerBytes()), StandardCharsets.UTF_8).strip();
            }
            if (status / 100 == 2) {
                deliveries.delivered(d.id(), clock.instant(), status);
                return;
            }
            error = "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer);
        } catch (IOException ex) {
            error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
        }
        int failed = d.attempts() + 1;
        Instant now = clock.instant();
        Instant next = failed >= settings.maxAttempts() ? null : now.plus(settings.delayAfter(failed));
        deliveries.failed(d.id(), now, status, error, next);
        if (next == null) {
            log.warn("Delivery {} to subscription {} failed after {} attempts: {}", d.id(), d.subscriptionId(), failed,
                    error);
        }
    }

    private final Set<Long> busy = ConcurrentHashMap.newKeySet();
    private ExecutorService senders;

    @Override
    public synchronized void start() {
        senders = Executors.newFixedThreadPool(settings.senders(), r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webhook-deliveries");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, settings.poll().toMillis());
        running = true;
        scheduler.scheduleWithFixedDelay(this::sendDue, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (senders != null) {
            senders.shutdownNow();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
