package dev.socketworkbench.net.linux;

import com.sun.jna.Native;
import com.sun.jna.Platform;

/** Whether this package can be used here: 64-bit Linux, with JNA able to bind the C library. */
public final class LinuxSupport {
    private LinuxSupport() { }

    /** True on 64-bit Linux once {@link Libc} is bound; false elsewhere (no exception, so callers can fall back). */
    public static boolean hasLibc() {
        if (!Platform.isLinux() || Native.POINTER_SIZE != 8) {
            return false;
        }
        try {
            Libc.strerror(0);
            return true;
        } catch (LinkageError e) {
            return false;   // e.g. JNA's native part could not be unpacked into a no-exec temporary folder
        }
    }
}
