package dev.socketworkbench.net.raw;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether a socket is open, and how many calls are using its file descriptors right now. Closing from
 * another thread must not close a descriptor under a running send or poll: the number could be reused
 * at once by another file, and the call would then act on that. So {@link #beginClose()} only marks the
 * socket closed, and the descriptors are released by whichever call leaves last.
 */
final class OpenState {
    private static final int CLOSED = 1 << 30;

    private final AtomicInteger state = new AtomicInteger();
    private final Runnable release;

    OpenState(Runnable release) {
        this.release = release;
    }

    /** Starts a call; false if the socket is closed. Every true is followed by one {@link #exit()}. */
    boolean enter() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, s + 1)) {
                return true;
            }
        }
    }

    /** Ends a call; the last one out after a close releases the descriptors. */
    void exit() {
        if (state.decrementAndGet() == CLOSED) {
            release.run();
        }
    }

    /**
     * Marks the socket closed and enters, so the caller can still wake blocked calls; false if it was
     * already closed. After true, the caller calls {@link #exit()}.
     */
    boolean beginClose() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, (s | CLOSED) + 1)) {
                return true;
            }
        }
    }

    boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }
}
