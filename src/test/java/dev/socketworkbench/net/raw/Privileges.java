package dev.socketworkbench.net.raw;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What this test JVM may do, read from /proc/self/status, so root-only tests skip with a reason elsewhere. */
final class Privileges {
    private static final int CAP_NET_ADMIN = 12;
    private static final int CAP_NET_RAW = 13;
    private static final int CAP_SYS_ADMIN = 21;

    private Privileges() { }

    static boolean has(int capability) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("CapEff:")).findFirst()
                    .map(l -> new BigInteger(l.substring("CapEff:".length()).strip(), 16).testBit(capability))
                    .orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    static void assumeRawSockets() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "raw sockets are Linux-only");
        assumeTrue(has(CAP_NET_RAW), "needs CAP_NET_RAW to open packet sockets: run the tests as root (CI does)");
    }

    /** Root, or a process given CAP_NET_ADMIN: may set a receive buffer beyond rmem_max. */
    static void assumeNetAdmin() {
        assumeRawSockets();
        assumeTrue(has(CAP_NET_ADMIN), "needs CAP_NET_ADMIN for SO_RCVBUFFORCE: run the tests as root (CI does)");
    }

    static void assumeNamespaces() {
        assumeRawSockets();
        assumeTrue(has(CAP_SYS_ADMIN), "needs CAP_SYS_ADMIN to create network namespaces: run the tests as root (CI does)");
        assumeTrue(ipCommand().isPresent(), "needs the ip command (iproute2) to create network namespaces");
    }

    static Optional<Path> ipCommand() {
        return Stream.of("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Optional<Path> setpriv() {
        return Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
