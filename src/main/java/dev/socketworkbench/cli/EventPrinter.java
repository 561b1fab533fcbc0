package dev.socketworkbench.cli;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The command line's event sink: one line per event on standard output, errors as their one sentence
 * on standard error. Every command prints through it, so all of them read alike:
 * <pre>
 * 14:03:07.412  INFO  Listening on 127.0.0.1:6667 (UDP).
 * 14:03:09.020  RECV  127.0.0.1:50000 -> 127.0.0.1:6667  5 B  hello
 * 14:03:09.020  SENT  127.0.0.1:6667 -> 127.0.0.1:50000  5 B  hello
 * </pre>
 * The arrow always points the way the bytes went. The payload shows as text or as {@code hex: ..}
 * (see {@link PayloadPreview}); a traffic event's note (a truncated datagram, a reply) is appended in parentheses.
 *
 * <h2>Flushing</h2>
 * A flood of a million datagrams gives a million events, so lines go into a 64 KiB buffer and reach the
 * terminal or pipe in large writes, not one system call per line. The buffer is flushed:
 * <ul>
 *   <li>at once after every INFO event (listening, summary, no reply) and before every error, which are
 *       rare and are what a person or a script waits for, such as the "Listening" line;</li>
 *   <li>every {@value #FLUSH_PERIOD_MILLIS} ms by a small flusher thread when traffic lines are waiting,
 *       so a person watching a listener sees each datagram at once (it needs no terminal detection,
 *       which Java 21 cannot do reliably), while a flood costs ten flushes a second;</li>
 *   <li>when {@link #close()} is called, which the command does as soon as the engine ends.</li>
 * </ul>
 * Thread-safe: {@link #publish} may be called from any thread; lines are never interleaved.
 */
public final class EventPrinter implements EventSink, AutoCloseable {
    static final long FLUSH_PERIOD_MILLIS = 100;
    static final String FLUSHER_THREAD = "cli-output-flusher";
    private static final int BUFFER_CHARS = 64 * 1024;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss.");
    private static final String GAP = "  ";

    private final Object lock = new Object();
    private final BufferedWriter out;
    private final PrintWriter err;
    private final PayloadPreview preview;
    private final ZoneId zone = ZoneId.systemDefault();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread flusher;
    private final long flushPeriodMillis;
    // Guarded by lock.
    private boolean pending;
    private boolean closed;
    private String lastError;
    private long cachedSecond = Long.MIN_VALUE;
    private String cachedSecondText = "";

    /**
     * Prints to {@code out} and {@code err} (the command's writers) and starts the flusher thread;
     * {@link #close()} stops it.
     *
     * @param charset  the charset payloads are shown in when they are text
     * @param forceHex show every payload as hex, even text
     */
    public EventPrinter(PrintWriter out, PrintWriter err, Charset charset, boolean forceHex) {
        this(out, err, charset, forceHex, FLUSH_PERIOD_MILLIS);
    }

    /** With another flush period, so a test can see the buffering without racing the flusher. */
    EventPrinter(PrintWriter out, PrintWriter err, Charset charset, boolean forceHex, long flushPeriodMillis) {
        this.flushPeriodMillis = flushPeriodMillis;
        this.out = new BufferedWriter(Objects.requireNonNull(out, "out"), BUFFER_CHARS);
        this.err = Objects.requireNonNull(err, "err");
        this.preview = new PayloadPreview(charset, forceHex);
        this.flusher = Thread.ofPlatform().name(FLUSHER_THREAD).daemon().start(this::flushPeriodically);
    }

    @Override
    public void publish(NetEvent event) {
        synchronized (lock) {
            switch (event.direction()) {
                case ERROR -> {
                    flushOut();   // so what led up to the error is on screen before it
                    err.println(event.message());
                    err.flush();
                    lastError = event.message();
                }
                case INFO -> {
                    write(line(event));
                    flushOut();
                }
                case SENT, RECEIVED -> {
                    write(line(event));
                    if (closed) {
                        flushOut();   // a straggler after close(): nobody else will flush it
                    } else {
                        pending = true;
                    }
                }
            }
        }
    }

    /**
     * True if {@code sentence} is the last error printed. An engine reports its failure as an error event and
     * then throws it, so the command asks this before printing the exception, and the sentence appears once.
     */
    public boolean hasReported(String sentence) {
        synchronized (lock) {
            return sentence != null && sentence.equals(lastError);
        }
    }

    /** Flushes everything and stops the flusher thread. Idempotent; later events are still printed. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            flushOut();
        }
        closing.countDown();
        boolean interrupted = false;
        while (flusher.isAlive()) {
            try {
                flusher.join();
            } catch (InterruptedException e) {
                interrupted = true;   // finish the join: close() promises the thread is gone
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The line for one event, without the line break. */
    String line(NetEvent event) {
        StringBuilder b = new StringBuilder(96);
        appendTime(b, event.timeMillis());
        switch (event.direction()) {
            case SENT -> appendTraffic(b.append(GAP).append("SENT"), event.local(), event.remote(), event);
            case RECEIVED -> appendTraffic(b.append(GAP).append("RECV"), event.remote(), event.local(), event);
            case INFO -> b.append(GAP).append("INFO").append(GAP).append(event.message());
            case ERROR -> b.append(GAP).append(event.message());   // publish() prints errors alone, on stderr
        }
        return b.toString();
    }

    private void appendTraffic(StringBuilder b, String from, String to, NetEvent event) {
        b.append(GAP).append(from.isEmpty() ? "?" : from).append(" -> ").append(to.isEmpty() ? "?" : to);
        b.append(GAP).append(event.byteCount()).append(" B");
        String shown = preview.of(event.payload());
        if (!shown.isEmpty()) {
            b.append(GAP).append(shown);
        }
        if (!event.message().isEmpty()) {   // engines leave it empty unless it adds to the columns (truncated, reply, ...)
            b.append(GAP).append('(').append(event.message()).append(')');
        }
    }

    /** HH:mm:ss.SSS in local time; the HH:mm:ss part is formatted once a second, not once an event. */
    private void appendTime(StringBuilder b, long millis) {
        long second = Math.floorDiv(millis, 1000);
        if (second != cachedSecond) {
            cachedSecond = second;
            cachedSecondText = SECOND.format(Instant.ofEpochSecond(second).atZone(zone));
        }
        int ms = (int) Math.floorMod(millis, 1000);
        b.append(cachedSecondText).append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
    }

    private void write(String line) {
        try {
            out.write(line);
            out.newLine();
        } catch (IOException e) {
            // The target is a PrintWriter, which never throws; it records errors for checkError() instead.
            throw new UncheckedIOException(e);
        }
    }

    private void flushOut() {
        try {
            out.flush();   // also flushes the target PrintWriter
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending = false;
    }

    private void flushPeriodically() {
        try {
            while (!closing.await(flushPeriodMillis, TimeUnit.MILLISECONDS)) {
                synchronized (lock) {
                    if (pending) {
                        flushOut();
                    }
                }
            }
        } catch (InterruptedException e) {
            // Nobody interrupts this thread but close(); ending is the right answer either way.
        }
    }
}
