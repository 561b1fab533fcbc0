package dev.socketworkbench.net.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The "please stop" of a paced sender: {@link Engine#close()} raises it from any thread, and the engine's
 * loop checks it and waits on it between sends, so a long interval ends the moment the user presses Stop.
 * An interrupt of the engine's thread (a cancelled UI task) counts as a stop too.
 */
public final class StopSignal {
    private final CountDownLatch raised = new CountDownLatch(1);
    private volatile boolean closed;

    /** Asks the engine to stop; idempotent, any thread. */
    public void raise() {
        closed = true;
        raised.countDown();
    }

    /** True once {@link #raise()} was called (cheap: one volatile read, fine in a per-packet loop). */
    public boolean isRaised() {
        return closed;
    }

    /** Raised, or the calling thread was interrupted: an end, not a failure. */
    public boolean stopped() {
        return closed || Thread.currentThread().isInterrupted();
    }

    /** Waits until {@code deadline} (System.nanoTime) or until raised; false if the run should stop. */
    public boolean pauseUntil(long deadline) {
        long wait = deadline - System.nanoTime();
        if (wait <= 0) {
            return true;
        }
        try {
            return !raised.await(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // an interrupt (e.g. a cancelled UI task) means stop
            return false;
        }
    }
}
