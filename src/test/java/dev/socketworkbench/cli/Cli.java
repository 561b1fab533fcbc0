package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Runs {@code socket-workbench} commands in this JVM, as {@code Main} would, with their output captured. */
final class Cli {
    /** The "Listening on 127.0.0.1:6667 (UDP)" line; group 1 is the endpoint, group 2 the port. */
    static final Pattern LISTENING = Pattern.compile("  INFO  Listening on (\\S+:(\\d+)) \\(UDP\\)");
    /** A traffic line: direction, from, to, byte count, the payload (group 5) and the engine's note in parentheses (group 6). */
    static final Pattern TRAFFIC = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  (SENT|RECV)  (\\S+) -> (\\S+)  (\\d+) B(?:  (.*?))?(?:  \\((.*)\\))?$");

    private Cli() { }

    /** What one finished command printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        /** The lines of one direction, such as SENT. */
        List<String> traffic(String direction) {
            return outLines().stream().filter(l -> l.contains("  " + direction + "  ")).toList();
        }
    }

    /** Runs a command on the calling thread. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = WorkbenchCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A command running on its own named thread, such as a listener the test sends to. */
    static final class Background {
        final WatchedOutput out = new WatchedOutput();
        final WatchedOutput err = new WatchedOutput();
        final CompletableFuture<Integer> exit = new CompletableFuture<>();
        final Thread thread;

        private Background(String threadName, String... args) {
            CommandLine command = WorkbenchCommand.commandLine();
            command.setOut(new PrintWriter(out, true));
            command.setErr(new PrintWriter(err, true));
            thread = Thread.ofPlatform().name(threadName).daemon().unstarted(() -> exit.complete(command.execute(args)));
        }

        /** The port from the "Listening on" line, once the command prints it. */
        int awaitListeningPort() throws Exception {
            return Integer.parseInt(out.awaitLine(LISTENING).group(2));
        }

        /** Waits for the command to end and returns what it printed. */
        Result awaitEnd() throws Exception {
            int code = exit.get(WatchedOutput.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            thread.join(WatchedOutput.PATIENCE.toMillis());
            assertFalse(thread.isAlive(), thread.getName() + " is still alive after its command returned");
            return new Result(code, out.text(), err.text());
        }
    }

    static Background start(String threadName, String... args) {
        Background b = new Background(threadName, args);
        b.thread.start();
        return b;
    }
}
