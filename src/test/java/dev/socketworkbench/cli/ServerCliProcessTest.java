package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code socket-workbench server} as a user runs it, in a child JVM, stopped the only way it stops: Ctrl-C
 * (SIGINT) or SIGTERM. The shutdown hook must close the server, every connected client must see the
 * connection close, and the "Stopped" line must still be printed before the JVM exits.
 */
class ServerCliProcessTest {
    private static final long PATIENCE_SECONDS = WatchedOutput.PATIENCE.toSeconds();

    @TempDir
    Path temp;

    private Process child;

    @AfterEach
    void killLeftoverChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalStopsTheServerClosesItsClientsAndPrintsTheLastLine(String signal) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path err = Files.createTempFile(temp, "err", ".txt");
        child = new ProcessBuilder(java, "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), "dev.socketworkbench.Main",
                "server", "--port", "0", "--mode", "echo")
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        WatchedOutput out = new WatchedOutput();
        Thread reader = Thread.ofPlatform().name("cli-test-child-stdout").daemon().start(() -> copy(child.getInputStream(), out));
        int port = Integer.parseInt(out.awaitLine(RunningCommand.LISTENING).group(2));
        if (signal.equals("INT")) {
            assumeTrue(!ignoresSigint(child.pid()), "SIGINT is ignored by processes started here (a background job), so the JVM never sees it");
        }

        try (Socket client = new Socket()) {
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
            client.getOutputStream().write(hello);
            assertArrayEquals(hello, client.getInputStream().readNBytes(hello.length));
            client.setSoTimeout((int) TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));

            Process kill = new ProcessBuilder("kill", "-" + signal, "" + child.pid()).inheritIO().start();
            assertTrue(kill.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
            assertEquals(-1, client.getInputStream().read(), "the client sees the connection close");
        }
        assertTrue(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the server did not stop on SIG" + signal);
        reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertFalse(reader.isAlive());
        assertEquals(128 + (signal.equals("INT") ? 2 : 15), child.exitValue());
        List<String> lines = out.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("INFO  Connection #1 from 127.0.0.1:") && l.contains(" closed: the server is stopping")),
                String.join("\n", lines));
        assertTrue(lines.get(lines.size() - 1).endsWith("INFO  Stopped; closed 1 open connection"), String.join("\n", lines));
        assertEquals("", Files.readString(err), "a clean stop prints nothing on stderr");
    }

    private static void copy(InputStream from, WatchedOutput to) {
        try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
            char[] buffer = new char[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The child is gone; what it printed is in the output.
        }
    }

    /** True if process {@code pid} ignores SIGINT, from the SigIgn mask in /proc. */
    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(status));
        return lines.stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
                .map(l -> (Long.parseUnsignedLong(l.substring(7).strip(), 16) & 1L << 1) != 0).orElse(false);
    }
}
