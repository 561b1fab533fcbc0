package dev.socketworkbench.ui.raw;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Whether this test JVM may open packet sockets, read from /proc/self/status (CI runs as root). */
final class RawPermission {
    private static final int CAP_NET_RAW = 13;

    private RawPermission() { }

    static boolean granted() {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return false;
        }
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("CapEff:")).findFirst()
                    .map(l -> new BigInteger(l.substring("CapEff:".length()).strip(), 16).testBit(CAP_NET_RAW))
                    .orElse(false);
        } catch (IOException e) {
            return false;
        }
    }
}
