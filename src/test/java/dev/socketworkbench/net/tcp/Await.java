package dev.socketworkbench.net.tcp;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition that has no event to wait on (a thread disappearing from the JVM's thread list)
 * until it holds or a generous deadline passes.
 */
public final class Await {
    private Await() { }

    public static void until(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + EventRecorder.TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not true after " + EventRecorder.TIMEOUT.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
