package org.sanctionswatch.alert.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sanctionswatch.alert.AlertEvent;
import org.sanctionswatch.alert.AlertFilter;
import org.sanctionswatch.alert.EventLog;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One stream client. Every write goes through a serial queue on a shared pool, so that the publishing thread never
 * waits on a slow client and events leave in order. Until the replay from the log is done, live events are
 * buffered; then the buffer is drained, skipping what the replay already covered.
 */
final class StreamConnection {

    private static final int REPLAY_PAGE = 500;

    private final SseEmitter emitter;
    private final AlertFilter filter;
    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Object gate = new Object();
    private volatile boolean closed;
    private Runnable onClose = () -> { };

    // Guarded by gate: null once live.
    private List<AlertEvent> buffer = new ArrayList<>();
    // Touched only by the serial queue: the greatest sequence sent or skipped on purpose.
    private long watermark = -1;

    StreamConnection(SseEmitter emitter, AlertFilter filter, Executor pool) {
        this.emitter = emitter;
        this.filter = filter;
        this.pool = pool;
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    /** From the publishing thread: buffered while replaying, else queued for sending. */
    void offer(AlertEvent event) {
        if (closed || !filter.matches(event.alert())) {
            return;
        }
        synchronized (gate) {
            if (buffer != null) {
                buffer.add(event);
                return;
            }
        }
        submit(() -> sendIfNew(event));
    }

    /**
     * Call after this connection listens to the bus: replays the logged events after {@code lastEventId} (when
     * given) up to the greatest committed sequence, then drains the buffer and goes live.
     */
    void start(Long lastEventId, EventLog log) {
        submit(() -> {
            comment("stream open");
            if (lastEventId != null) {
                long upTo = log.maxSequence();
                long after = lastEventId;
                while (!closed && after < upTo) {
                    List<AlertEvent> page = log.sent(after, upTo, filter, REPLAY_PAGE);
                    page.forEach(this::send);
                    if (page.size() < REPLAY_PAGE) {
                        break;
                    }
                    after = page.get(page.size() - 1).sequence();
                }
                watermark = upTo;
            }
            List<AlertEvent> pending;
            synchronized (gate) {
                pending = buffer;
                buffer = null;
            }
            pending.forEach(this::sendIfNew);
        });
    }

    void heartbeat() {
        submit(() -> comment("heartbeat"));
    }

    private void sendIfNew(AlertEvent event) {
        if (event.sequence() > watermark) {
            send(event);
        }
    }

    private void send(AlertEvent event) {
        if (closed) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().id(Long.toString(event.sequence())).name(event.kind())
                    .data(event.alert(), MediaType.APPLICATION_JSON));
            watermark = Math.max(watermark, event.sequence());
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }

    private void comment(String text) {
        if (closed) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().comment(text));
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        onClose.run();
        try {
            emitter.complete();
        } catch (RuntimeException ignored) {
            // Already completed by the container.
        }
    }

    private void submit(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (running.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                task.run();
            }
        } finally {
            running.set(false);
            if (!tasks.isEmpty()) {
                schedule();
            }
        }
    }
}
