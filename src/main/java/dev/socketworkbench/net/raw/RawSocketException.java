package dev.socketworkbench.net.raw;

import java.io.IOException;

/**
 * A raw socket call failed. The message is one plain sentence for the user (what happened and what
 * to try); {@link #errno()} keeps the system's error number for the log, or 0 when the failure did not
 * come from a system call (for example "Raw frames are Linux-only for now.").
 */
public final class RawSocketException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int errno;
    private final boolean badInput;

    RawSocketException(int errno, String sentence, boolean badInput, Throwable cause) {
        super(sentence, cause);
        this.errno = errno;
        this.badInput = badInput;
    }

    /** The errno of the failed call (EPERM = 1, ENODEV = 19, EMSGSIZE = 90, ENETDOWN = 100, ...), or 0. */
    public int errno() {
        return errno;
    }

    /**
     * True when the user's input caused it (an interface that does not exist, a frame too long for
     * the MTU), so the CLI exits with 2; false for the system or network (missing capability, link down).
     */
    public boolean isBadInput() {
        return badInput;
    }
}
