package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** What the test JVM may do with raw frames, from /proc/self/status, so root-only frame tests skip with a reason elsewhere. */
final class FramePrivileges {
    private static final int CAP_NET_RAW = 13;

    private FramePrivileges() { }

    static boolean isLinux() {
        return System.getProperty("os.name").startsWith("Linux");
    }

    static boolean hasCapNetRaw() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("CapEff:")).findFirst()
                    .map(l -> new BigInteger(l.substring("CapEff:".length()).strip(), 16).testBit(CAP_NET_RAW))
                    .orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    static void assumeLinux() {
        assumeTrue(isLinux(), "raw frames are Linux-only");
    }

    static void assumeRawSockets() {
        assumeLinux();
        assumeTrue(hasCapNetRaw(), "needs CAP_NET_RAW to open packet sockets: run the tests as root (CI does)");
    }

    /** A program on the PATH, such as tshark or setpriv. */
    static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
