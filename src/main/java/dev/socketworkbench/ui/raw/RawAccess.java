package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.raw.InterfaceInfo;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import dev.socketworkbench.net.raw.RawSocket;
import dev.socketworkbench.net.raw.RawSocketException;
import java.util.List;
import java.util.Objects;

/**
 * What the tab asks the machine before anything is sent: which interfaces there are, and whether a raw
 * socket can be opened at all. Behind an interface so model tests can stand in for a machine without
 * the permission.
 */
@FunctionalInterface
interface RawAccess {

    /** Asks; may take a moment (it loads the native bridge), so call it off the JavaFX thread. */
    Report check();

    /**
     * @param interfaces the interfaces, in index order; empty when they could not be listed
     * @param problem    "" when raw frames can work here, else the one sentence why not, with its fix
     */
    record Report(List<InterfaceInfo> interfaces, String problem) {
        public Report {
            interfaces = List.copyOf(interfaces);
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** errno values that stop every raw socket on this machine, not just one interface or frame. */
    int EPERM = 1;
    int EACCES = 13;
    int EAFNOSUPPORT = 97;

    /**
     * True when {@code e} means no raw frame can work here (no CAP_NET_RAW, not Linux, no packet sockets),
     * so the banner should say so; false for a problem of one interface or frame.
     */
    static boolean blocksRawFrames(RawSocketException e) {
        int errno = e.errno();
        return errno == 0 || errno == EPERM || errno == EACCES || errno == EAFNOSUPPORT;
    }

    /**
     * The real machine: lists the interfaces and opens (and at once closes) a send-only packet socket on
     * {@code lo}, which receives nothing and sends nothing, just to learn whether the permission is there.
     */
    static RawAccess system() {
        return () -> {
            List<InterfaceInfo> found;
            try {
                found = NetworkInterfaces.list();
            } catch (RawSocketException e) {
                return new Report(List.of(), e.getMessage());
            }
            try (RawSocket probe = RawSocket.forSending(NetworkInterfaces.DEFAULT)) {
                return new Report(found, "");
            } catch (RawSocketException e) {
                return new Report(found, blocksRawFrames(e) ? e.getMessage() : "");
            }
        };
    }
}
