package org.sanctionswatch.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands committed, sent (not muted) events to live listeners in sequence order. Listeners must not block: they are
 * called while alert writes wait.
 */
@Component
public class AlertBus {

    private static final Logger log = LoggerFactory.getLogger(AlertBus.class);

    private final List<Consumer<AlertEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; run the returned handle to stop listening. */
    public Runnable listen(Consumer<AlertEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(List<AlertEvent> events) {
        for (AlertEvent e : events) {
            for (Consumer<AlertEvent> l : listeners) {
                try {
                    l.accept(e);
                } catch (RuntimeException ex) {
                    log.warn("An alert listener failed on event {}", e.sequence(), ex);
                }
            }
        }
    }
}
