package org.sanctionswatch.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Server-Sent Events client over java.net.http that reads the stream line by line on its own thread. It returns
 * from {@link #open} once the server's first comment arrived, that is once the server listens for live events.
 */
final class SseClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One dispatched event. */
    record Event(long id, String name, JsonNode data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private final InputStream body;
    private final Thread reader;
    private final int status;
    private final String contentType;

    private SseClient(HttpResponse<InputStream> response) {
        this.body = response.body();
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(RunningService service, String path, Long lastEventId) {
        HttpRequest.Builder request = service.request(path);
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        return open(request);
    }

    /** A stream opened by a request of the test's own making (other credentials). */
    static SseClient open(HttpRequest.Builder request) {
        request.header("Accept", "text/event-stream").GET();
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            SseClient client = new SseClient(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
            if (client.status == 200 && client.comments.poll(10, TimeUnit.SECONDS) == null) {
                throw new AssertionError("the stream sent nothing within 10 s");
            }
            return client;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the server ended the stream within the timeout. */
    boolean endsWithin(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** The next {@code n} events, waiting up to {@code timeout} in all; fails if fewer arrive. */
    List<Event> take(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> out = new ArrayList<>();
        while (out.size() < n) {
            Event e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("expected " + n + " events, got " + out.size() + ": " + out);
            }
            out.add(e);
        }
        return out;
    }

    /** Every event that arrives within {@code quiet}. */
    List<Event> drain(Duration quiet) throws InterruptedException {
        List<Event> out = new ArrayList<>();
        Event e;
        while ((e = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            out.add(e);
        }
        return out;
    }

    /** Waits for a comment line such as a heartbeat; null when none comes in time. */
    String nextComment(Duration timeout) throws InterruptedException {
        return comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(Long.parseLong(id), name, JSON.readTree(data.toString())));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // Closed by the test, or by the server.
        } finally {
            ended.countDown();
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // Closing is all that is wanted.
        }
    }
}
