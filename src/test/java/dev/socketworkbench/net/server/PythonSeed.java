package dev.socketworkbench.net.server;

import dev.socketworkbench.net.tcp.EventRecorder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One of the Python 3 seed ports in src/test/resources/seeds/tcp, running as a child process. */
final class PythonSeed implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private PythonSeed(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().name("python-output").daemon(true).start(this::readOutput);
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static PythonSeed start(String script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", "-u", script(script).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        return new PythonSeed(p);
    }

    private static Path script(String name) {
        try {
            return Path.of(PythonSeed.class.getResource("/seeds/tcp/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed; what was read is kept.
        }
    }

    /** Waits for a line of output that matches. */
    String awaitLine(Predicate<String> test) throws InterruptedException {
        long deadline = System.nanoTime() + EventRecorder.TIMEOUT.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (test.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    throw new AssertionError("The Python seed printed no such line; output:\n" + String.join("\n", lines));
                }
                lines.wait(Math.max(1, Math.min(left / 1_000_000, 200)));
            }
        }
    }

    /** The port a seed server printed as the last word of its "... port N" line. */
    int awaitPort() throws InterruptedException {
        String line = awaitLine(l -> l.contains(" port "));
        return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1).strip());
    }

    /** Waits for the process to exit and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(EventRecorder.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The Python seed did not exit; output:\n" + output());
        }
        reader.join(EventRecorder.TIMEOUT);
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(EventRecorder.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        reader.join(EventRecorder.TIMEOUT);
    }
}
