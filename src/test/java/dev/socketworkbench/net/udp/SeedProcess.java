package dev.socketworkbench.net.udp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/** One seed program (a Python 3 port under src/test/resources/seeds/) running as a child process. */
final class SeedProcess implements AutoCloseable {
    private final Process process;
    private final Thread reader;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private SeedProcess(String script, String... args) throws IOException, URISyntaxException {
        URL url = SeedProcess.class.getResource("/seeds/" + script);
        assertNotNull(url, "seed script " + script);
        List<String> command = new ArrayList<>(List.of("python3", "-u", Path.of(url.toURI()).toString()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        reader = Thread.ofPlatform().name("seed-stdout-" + script).daemon(true).start(this::pump);
    }

    static SeedProcess start(String script, String... args) throws IOException, URISyntaxException {
        return new SeedProcess(script, args);
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(stdout closed: " + e.getMessage() + ")");
        }
    }

    /** The next line that starts with {@code prefix}; fails after the patience runs out. */
    String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + EventRecorder.PATIENCE.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return fail("The seed printed no line starting with \"" + prefix + "\"; it printed " + seen
                        + (process.isAlive() ? "" : " and exited with " + process.exitValue()));
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The port from a server's "ready <port>" line. */
    int awaitReadyPort() throws InterruptedException {
        return Integer.parseInt(awaitLine("ready ").substring("ready ".length()).strip());
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            fail("The seed did not exit; it printed " + seen);
        }
        return process.exitValue();
    }

    /** Always ends the child, even when the test failed half-way. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
