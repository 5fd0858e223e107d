package org.sanctionswatch.alert.web;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sanctionswatch.alert.AlertBus;
import org.sanctionswatch.alert.AlertFilter;
import org.sanctionswatch.alert.EventLog;
import org.sanctionswatch.system.AccessChanged;
import org.sanctionswatch.system.DaemonThreads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams: opens them on the bus, sends heartbeats, ends a stream whose holder may no longer read (its key
 * revoked, its person disabled: at once, and checked again at every heartbeat), and closes them all when the service
 * stops (before the web server's graceful shutdown, which would otherwise wait for them).
 */
@Component
class StreamHub implements SmartLifecycle {

    private final AlertBus bus;
    private final EventLog log;
    private final Duration heartbeat;
    // each open stream with the check of its holder's right to read
    private final Map<StreamConnection, BooleanSupplier> open = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(DaemonThreads.named("alert-stream-"));
    private final ScheduledExecutorService beats =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("alert-beat-"));
    private volatile boolean running;

    StreamHub(AlertBus bus, EventLog log, @Value("${sanctionswatch.stream.heartbeat:15s}") Duration heartbeat) {
        this.bus = bus;
        this.log = log;
        this.heartbeat = heartbeat;
    }

    SseEmitter open(AlertFilter filter, Long lastEventId, BooleanSupplier allowed) {
        SseEmitter emitter = new SseEmitter(0L);
        StreamConnection connection = new StreamConnection(emitter, filter, pool);
        Runnable stopListening = bus.listen(connection::offer);
        connection.onClose(() -> {
            stopListening.run();
            open.remove(connection);
        });
        emitter.onCompletion(connection::close);
        emitter.onTimeout(connection::close);
        emitter.onError(e -> connection.close());
        open.put(connection, allowed);
        connection.start(lastEventId, log);
        return emitter;
    }

    int openCount() {
        return open.size();
    }

    /** A key revoked, a person disabled or given other roles: the streams whose holder may no longer read end now. */
    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(AccessChanged change) {
        sweep();
    }

    /** Ends every stream whose holder may no longer read; returns how many ended. */
    int sweep() {
        int ended = 0;
        for (Map.Entry<StreamConnection, BooleanSupplier> e : open.entrySet()) {
            boolean allowed;
            try {
                allowed = e.getValue().getAsBoolean();
            } catch (RuntimeException failed) {
                allowed = false;
            }
            if (!allowed) {
                e.getKey().close();
                ended++;
            }
        }
        return ended;
    }

    @Override
    public void start() {
        long ms = Math.max(1, heartbeat.toMillis());
        // each beat also asks again whether each holder may still read, in case a change came from elsewhere
        beats.scheduleAtFixedRate(() -> {
            sweep();
            open.keySet().forEach(StreamConnection::heartbeat);
        }, ms, ms, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.keySet().forEach(StreamConnection::close);
        beats.shutdownNow();
        pool.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
