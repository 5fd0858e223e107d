package org.sanctionswatch.observation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a load's parts from the thread that reads the body to the thread that writes them in the load's transaction,
 * so that reading, storing and judging overlap. At most {@value #WAITING} parts wait, which bounds the memory a fast
 * reader can fill ahead of the store. Either side can stop the other: the reader by cancelling (the writer's next
 * take throws and its transaction rolls back), the writer by finishing early (the reader's next put throws).
 */
final class PartChannel implements ObservationStore.Source {

    static final int WAITING = 2;
    /** The mark after the last part: an instance of its own, told apart by identity. */
    private static final List<Prepared> END = Collections.unmodifiableList(new ArrayList<>());
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<List<Prepared>> queue = new ArrayBlockingQueue<>(WAITING);
    private volatile boolean cancelled;
    private volatile boolean writerDone;

    /** Thrown to the reader when the writer stopped before taking every part; the writer's outcome says why. */
    static final class WriterStopped extends RuntimeException {

        WriterStopped() {
            super("the load's writer stopped before the body was read", null, false, false);
        }
    }

    /** Gives the writer the next part, waiting while {@value #WAITING} parts wait. */
    void put(List<Prepared> part) {
        offer(part);
    }

    /** Every part was given. */
    void end() {
        offer(END);
    }

    /** The load is refused or failed while reading: the writer rolls it back at its next take. */
    void cancel() {
        cancelled = true;
    }

    /** The writer is done, committed or not: a reader still putting hears of it. */
    void writerDone() {
        writerDone = true;
    }

    @Override
    public List<Prepared> next() {
        try {
            while (true) {
                if (cancelled) {
                    throw new IllegalStateException("the load was refused or failed while its body was read");
                }
                List<Prepared> part = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (part != null) {
                    return part == END ? null : part;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next part of a load", e);
        }
    }

    private void offer(List<Prepared> part) {
        try {
            while (!queue.offer(part, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (writerDone) {
                    throw new WriterStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing on a part of a load", e);
        }
    }
}
