package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A TCP or server command running on its own thread, as {@link Cli.Background} runs UDP listeners, that a test
 * can also stop the way Ctrl-C does: {@code server} has no count and runs until then, and a JVM cannot send
 * itself a signal (the hook path itself is covered by the UDP child-process test, through the same
 * ForegroundEngine). Also counts the threads the TCP commands and engines start.
 */
final class RunningCommand {
    /** "Listening on 127.0.0.1:5000, ..." or "Listening on [::1]:5000: ..."; group 1 the endpoint, group 2 the port. */
    static final Pattern LISTENING = Pattern.compile("  INFO  Listening on ((?:\\[[^\\]]+\\]|[^\\s:\\[]+):(\\d+))[,:] ");
    /** "Listening on unix:/tmp/x.sock, ..."; group 1 the path. */
    static final Pattern LISTENING_UNIX = Pattern.compile("  INFO  Listening on unix:(\\S+), ");
    /** The thread name prefixes of the TCP commands, their engines and the tests' command threads. */
    private static final List<String> PREFIXES = List.of("tcp-", "server-", "threaded-server-", "cli-");

    final WatchedOutput out = new WatchedOutput();
    final WatchedOutput err = new WatchedOutput();
    private final CommandLine command;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Thread thread;

    private RunningCommand(String threadName, String... args) {
        command = WorkbenchCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        thread = Thread.ofPlatform().name(threadName).daemon().unstarted(() -> exit.complete(command.execute(args)));
    }

    static RunningCommand start(String threadName, String... args) {
        RunningCommand running = new RunningCommand(threadName, args);
        running.thread.start();
        return running;
    }

    /** {@code socket-workbench server ARGS} on the thread cli-test-server. */
    static RunningCommand server(String... args) {
        return start("cli-test-server", Stream.concat(Stream.of("server"), Stream.of(args)).toArray(String[]::new));
    }

    /** Waits for the "Listening on" line of a TCP server. */
    Matcher awaitListening() throws Exception {
        return out.awaitLine(LISTENING);
    }

    int awaitListeningPort() throws Exception {
        return Integer.parseInt(awaitListening().group(2));
    }

    /** What Ctrl-C does to a running {@code server}: close the engine; the command then returns. */
    void stopServer() {
        ((ServerCommand) command.getSubcommands().get("server").getCommand()).stop();
    }

    /** Waits for the command to end and returns what it printed. */
    Cli.Result awaitEnd() throws Exception {
        int code = exit.get(WatchedOutput.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        thread.join(WatchedOutput.PATIENCE.toMillis());
        assertFalse(thread.isAlive(), thread.getName() + " is still alive after its command returned");
        return new Cli.Result(code, out.text(), err.text());
    }

    /** {@link #stopServer()}, then {@link #awaitEnd()}. */
    Cli.Result stopAndAwaitEnd() throws Exception {
        stopServer();
        return awaitEnd();
    }

    /** Live platform threads with one of our prefixes, sorted by name. */
    static List<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> PREFIXES.stream().anyMatch(n::startsWith)).sorted().toList();
    }

    /** Waits (joining the threads that are ending) until our threads are {@code before} again, and asserts it. */
    static void assertThreadsBackTo(List<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + WatchedOutput.PATIENCE.toNanos();
        while (!ourThreads().equals(before) && System.nanoTime() < deadline) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (PREFIXES.stream().anyMatch(t.getName()::startsWith) && !before.contains(t.getName())) {
                    t.join(Duration.ofMillis(100));   // awaits a thread that is ending, never as a delay on its own
                }
            }
        }
        assertEquals(before, ourThreads(), "threads left behind");
    }
}
