package dev.socketworkbench.cli;

import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer that a test can wait on: it keeps everything written and wakes waiters whenever a line is
 * complete, so a test syncs on "Listening on ..." instead of sleeping.
 */
final class WatchedOutput extends Writer {
    /** How long a test waits for a line before it fails; generous, because the build machine is shared. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        text.append(buffer, offset, length);
        notifyAll();
    }

    @Override
    public void flush() { }

    @Override
    public void close() { }

    /** Everything written so far. */
    synchronized String text() {
        return text.toString();
    }

    /** The complete lines written so far. */
    synchronized List<String> lines() {
        String all = text.toString();
        int end = all.lastIndexOf('\n');
        return end < 0 ? List.of() : all.substring(0, end).lines().toList();
    }

    /** Waits for the first complete line that {@code pattern} finds something in, and returns the match. */
    Matcher awaitLine(Pattern pattern) throws InterruptedException, TimeoutException {
        String line = awaitLine(l -> pattern.matcher(l).find(), pattern.pattern());
        Matcher m = pattern.matcher(line);
        m.find();
        return m;
    }

    /** Waits until {@code count} complete lines match {@code test}; returns them. */
    List<String> awaitLines(int count, Predicate<String> test, String what) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        synchronized (this) {
            while (true) {
                List<String> found = lines().stream().filter(test).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("No " + count + " lines of " + what + " within " + PATIENCE.toSeconds()
                            + " s; the output was:\n" + text);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private String awaitLine(Predicate<String> test, String what) throws InterruptedException, TimeoutException {
        return awaitLines(1, test, what).get(0);
    }
}
