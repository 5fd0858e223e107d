package org.sanctionswatch.alert.web;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sanctionswatch.alert.AlertBus;
import org.sanctionswatch.alert.AlertFilter;
import org.sanctionswatch.alert.EventLog;
import org.sanctionswatch.system.DaemonThreads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open streams: opens them on the bus, sends heartbeats, and closes them all when the service stops (before the
 * web server's graceful shutdown, which would otherwise wait for them).
 */
@Component
class StreamHub implements SmartLifecycle {

    private final AlertBus bus;
    private final EventLog log;
    private final Duration heartbeat;
    private final Set<StreamConnection> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool = Executors.newCachedThreadPool(DaemonThreads.named("alert-stream-"));
    private final ScheduledExecutorService beats =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("alert-beat-"));
    private volatile boolean running;

    StreamHub(AlertBus bus, EventLog log, @Value("${sanctionswatch.stream.heartbeat:15s}") Duration heartbeat) {
        this.bus = bus;
        this.log = log;
        this.heartbeat = heartbeat;
    }

    SseEmitter open(AlertFilter filter, Long lastEventId) {
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
        open.add(connection);
        connection.start(lastEventId, log);
        return emitter;
    }

    int openCount() {
        return open.size();
    }

    @Override
    public void start() {
        long ms = Math.max(1, heartbeat.toMillis());
        beats.scheduleAtFixedRate(() -> open.forEach(StreamConnection::heartbeat), ms, ms, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(StreamConnection::close);
        beats.shutdownNow();
        pool.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
