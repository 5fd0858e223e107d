package org.sanctionswatch.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanctionswatch.subscription.Signatures;

/**
 * A webhook receiver on 127.0.0.1: it checks every delivery's signature with the shared secret and answers 500 to
 * the first {@code failures} attempts of each idempotency key, then 200.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with whether its signature matched. */
    record Received(String idempotencyKey, long timestamp, String signature, boolean signatureValid, String body,
            int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server, String secret, int failures) {
        this(server, secret, failures, java.time.Duration.ZERO, 0);
    }

    /** Answers after {@code delay}; a failure's answer is {@code failureBytes} long when that is not 0. */
    private WebhookReceiver(HttpServer server, String secret, int failures, java.time.Duration delay,
            int failureBytes) {
        this.server = server;
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/hooks", exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String ts = exchange.getRequestHeaders().getFirst("X-SanctionsWatch-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-SanctionsWatch-Signature");
            long timestamp = ts == null ? -1 : Long.parseLong(ts);
            boolean valid = signature != null && signature.equals(Signatures.sign(secret, timestamp, body));
            int attempt = attempts.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
            int status = attempt <= failures ? 500 : 200;
            received.add(new Received(key, timestamp, signature, valid, body, status));
            byte[] answer = (status == 200 ? "ok" : failureBytes > 0 ? "x".repeat(failureBytes) : "try again")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver start(String secret, int failures) {
        return start(0, secret, failures);
    }

    /** On a given port (0: any free one), so that a receiver can come back where it was. */
    static WebhookReceiver start(int port, String secret, int failures) {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0), secret,
                    failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A receiver that takes {@code delay} to answer each request, failing the first {@code failures} of each key. */
    static WebhookReceiver slow(String secret, int failures, java.time.Duration delay, int failureBytes) {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), secret,
                    failures, delay, failureBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + "/hooks/" + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
