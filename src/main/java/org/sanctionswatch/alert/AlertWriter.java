package org.sanctionswatch.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every alert change runs here: one at a time, in a transaction, and its events are published after the commit.
 * One at a time because sequence numbers are then committed and published in order, so that a stream client's
 * Last-Event-ID never skips an event committed later with a smaller number.
 */
@Component
class AlertWriter {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final TransactionTemplate tx;
    private final AlertBus bus;

    AlertWriter(TransactionTemplate tx, AlertBus bus) {
        this.tx = tx;
        this.bus = bus;
    }

    /** Runs {@code work} in a transaction; the events it adds to the list it is given are published on commit. */
    <T> T write(Function<List<AlertEvent>, T> work) {
        lock.lock();
        try {
            List<AlertEvent> written = new ArrayList<>();
            T result = tx.execute(status -> work.apply(written));
            bus.publish(written.stream().filter(AlertEvent::notified).toList());
            return result;
        } finally {
            lock.unlock();
        }
    }
}
