package dev.socketworkbench.net.raw;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.socketworkbench.net.linux.Errno;
import dev.socketworkbench.net.linux.Libc;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the errno of a failed raw socket call into one sentence a student can act on. Each sentence
 * names the interface and, where it helps, the command that fixes the cause.
 */
final class RawFailures {
    private RawFailures() { }

    static final String LINUX_ONLY = "Raw frames are Linux-only for now.";
    static final String SIXTY_FOUR_BIT_ONLY = "Raw frames need a 64-bit Linux for now.";

    /** Throws unless this is 64-bit Linux and the C library could be bound. */
    static void requireLinux() throws RawSocketException {
        if (!Platform.isLinux()) {
            throw new RawSocketException(Errno.NONE, LINUX_ONLY, false, null);
        }
        if (Native.POINTER_SIZE != 8) {
            throw new RawSocketException(Errno.NONE, SIXTY_FOUR_BIT_ONLY, false, null);
        }
        try {
            Libc.strerror(0);
        } catch (LinkageError e) {
            throw new RawSocketException(Errno.NONE, "The native bridge to the C library (JNA) could not be loaded ("
                    + e.getMessage() + "); check that the temporary folder allows running programs.", false, e);
        }
    }

    /** A failure of a call on {@code interfaceName} that is not a send (the frame length does not matter). */
    static RawSocketException of(LastErrorException e, String interfaceName) {
        return of(e.getErrorCode(), interfaceName, -1, -1, e);
    }

    /** A failure to send a frame of {@code frameBytes} on an interface whose MTU is {@code mtu}. */
    static RawSocketException ofSend(LastErrorException e, String interfaceName, int frameBytes, int mtu) {
        return of(e.getErrorCode(), interfaceName, frameBytes, mtu, e);
    }

    static RawSocketException of(int errno, String interfaceName, int frameBytes, int mtu, Throwable cause) {
        return new RawSocketException(errno, sentence(errno, interfaceName, frameBytes, mtu), isBadInput(errno), cause);
    }

    static boolean isBadInput(int errno) {
        return errno == Errno.ENODEV || errno == Errno.ENXIO || errno == Errno.EMSGSIZE;
    }

    /** The sentence for {@code errno}; {@code frameBytes} and {@code mtu} are -1 when unknown. */
    static String sentence(int errno, String interfaceName, int frameBytes, int mtu) {
        String name = interfaceName == null || interfaceName.isEmpty() ? "the interface" : interfaceName;
        return switch (errno) {
            case Errno.EPERM, Errno.EACCES -> needCapability();
            case Errno.ENODEV, Errno.ENXIO -> "There is no network interface named " + name
                    + "; `ip link` lists the ones this machine has, such as lo.";
            case Errno.EMSGSIZE -> frameBytes < 0 || mtu < 0
                    ? "The frame is larger than " + name + "'s MTU plus the 14-byte header; shorten the payload."
                    : "The frame is " + frameBytes + " bytes, larger than " + name + "'s MTU of " + mtu
                            + " plus the 14-byte header; shorten the payload.";
            case Errno.ENETDOWN -> "The interface " + name + " is down; bring it up with `sudo ip link set " + name + " up`.";
            case Errno.ENOBUFS -> name + "'s send queue is full; send at a lower rate.";
            case Errno.EAFNOSUPPORT -> "This Linux kernel has no packet sockets (AF_PACKET); load the af_packet module"
                    + " with `sudo modprobe af_packet`.";
            case Errno.EMFILE, Errno.ENFILE -> "Too many files and sockets are open to open another one; stop some"
                    + " tabs or raise the limit with `ulimit -n`.";
            case Errno.ENOMEM -> "The system ran out of memory for the raw socket on " + name + "; close other programs.";
            default -> "The raw socket on " + name + " failed: " + describe(errno) + ".";
        };
    }

    /**
     * The EPERM sentence with this JVM's real java executable and library folder. Giving java the
     * capability with setcap puts it in secure-execution mode, where the loader ignores its
     * {@code $ORIGIN} library path and java fails with "libjli.so: cannot open shared object file";
     * listing the JDK's lib folder in ld.so.conf.d is what makes the setcap route work.
     */
    static String needCapability() {
        Path java = javaExecutable();
        Path lib = Path.of(System.getProperty("java.home"), "lib");
        return "Raw frames need the CAP_NET_RAW capability: start with sudo, or run `sudo setcap cap_net_raw+ep "
                + java + "` and, so that this java still finds its libraries, `echo " + realPath(lib)
                + " | sudo tee /etc/ld.so.conf.d/socket-workbench-java.conf && sudo ldconfig`.";
    }

    /** The file the running JVM was started from, with symbolic links resolved (setcap refuses links). */
    static Path javaExecutable() {
        Path java = ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        return realPath(java);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return Files.exists(path) ? path.toAbsolutePath() : path;
        }
    }

    /** "Invalid argument (errno 22)", from the C library's own text. */
    static String describe(int errno) {
        String text;
        try {
            text = Libc.strerror(errno);
        } catch (LinkageError e) {
            text = null;
        }
        return (text == null || text.isBlank() ? "error" : text) + " (errno " + errno + ")";
    }
}
