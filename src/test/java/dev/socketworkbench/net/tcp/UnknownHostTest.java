package dev.socketworkbench.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unknown host name (".invalid" never exists, RFC 6761). The lookup runs in a child JVM that
 * resolves names from a hosts file only: this machine's resolver is not on loopback, and the tests
 * must send nothing beyond it, not even a DNS query.
 */
class UnknownHostTest {

    @Test
    void unknownHostIsBadInputInOneSentence(@TempDir Path dir) throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djdk.net.hosts.file=" + hosts, "-cp", System.getProperty("java.class.path"),
                UnknownHostProbe.class.getName(), "no-such-host.invalid")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(List.of("badInput=true", "errors=1",
                        "message=The host \"no-such-host.invalid\" is unknown: no address was found for it; check the spelling or use an IP address."),
                out.lines().filter(l -> l.contains("=")).toList(), out);
    }
}
