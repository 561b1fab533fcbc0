package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventPrinterTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);
    /** 2024-05-06 14:03:07.042 local time. */
    private static final long AT = LocalDateTime.of(2024, 5, 6, 14, 3, 7, 42_000_000).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private final WatchedOutput out = new WatchedOutput();
    private final StringWriter err = new StringWriter();
    private final List<EventPrinter> printers = new ArrayList<>();

    private EventPrinter printer(boolean forceHex, long flushPeriodMillis) {
        EventPrinter p = new EventPrinter(new PrintWriter(out), new PrintWriter(err), StandardCharsets.UTF_8, forceHex, flushPeriodMillis);
        printers.add(p);
        return p;
    }

    private EventPrinter printer() {
        return printer(false, EventPrinter.FLUSH_PERIOD_MILLIS);
    }

    @AfterEach
    void closePrinters() {
        printers.forEach(EventPrinter::close);
    }

    private static NetEvent event(Direction direction, String local, String remote, byte[] payload, String message) {
        return new NetEvent(AT, direction, "udp-test", local, remote, payload.length, payload, message, null);
    }

    private static long flusherThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().equals(EventPrinter.FLUSHER_THREAD)).count();
    }

    @Test
    void sentLineShowsTimeDirectionEndpointsSizeAndPayload() {
        EventPrinter p = printer();
        assertEquals("14:03:07.042  SENT  127.0.0.1:50000 -> 127.0.0.1:6667  5 B  hello",
                p.line(event(Direction.SENT, "127.0.0.1:50000", "127.0.0.1:6667", HELLO, "")));
    }

    @Test
    void aTrafficNoteFollowsThePayload() {
        EventPrinter p = printer();
        assertEquals("14:03:07.042  SENT  127.0.0.1:6667 -> 127.0.0.1:50000  5 B  hello  (reply)",
                p.line(event(Direction.SENT, "127.0.0.1:6667", "127.0.0.1:50000", HELLO, "reply")));
    }

    @Test
    void receivedLinePointsFromTheSenderToUs() {
        EventPrinter p = printer();
        assertEquals("14:03:07.042  RECV  [::1]:50000 -> [::1]:6667  5 B  hello",
                p.line(event(Direction.RECEIVED, "[::1]:6667", "[::1]:50000", HELLO, "")));
    }

    @Test
    void infoLineIsTheMessage() {
        assertEquals("14:03:07.042  INFO  Listening on 127.0.0.1:6667 (UDP).",
                printer().line(event(Direction.INFO, "127.0.0.1:6667", "", new byte[0], "Listening on 127.0.0.1:6667 (UDP).")));
    }

    @Test
    void emptyPayloadAndTruncationNote() {
        EventPrinter p = printer();
        assertEquals("14:03:07.042  RECV  127.0.0.1:1 -> 127.0.0.1:2  0 B",
                p.line(event(Direction.RECEIVED, "127.0.0.1:2", "127.0.0.1:1", new byte[0], "")));
        assertEquals("14:03:07.042  RECV  127.0.0.1:1 -> 127.0.0.1:2  2 B  he  (Datagram of 5 bytes truncated to the 2-byte receive buffer.)",
                p.line(event(Direction.RECEIVED, "127.0.0.1:2", "127.0.0.1:1", "he".getBytes(StandardCharsets.US_ASCII),
                        "Datagram of 5 bytes truncated to the 2-byte receive buffer.")));
    }

    @Test
    void millisecondsArePaddedAndTheSecondChanges() {
        EventPrinter p = printer();
        String first = p.line(new NetEvent(AT - 42, Direction.INFO, "", "", "", 0, null, "a", null));
        String next = p.line(new NetEvent(AT - 42 + 1_005, Direction.INFO, "", "", "", 0, null, "b", null));
        assertEquals("14:03:07.000  INFO  a", first);
        assertEquals("14:03:08.005  INFO  b", next);
    }

    @Test
    void forcedHexShowsTextAsHexToo() {
        assertEquals("14:03:07.042  SENT  a:1 -> b:2  5 B  hex: 68 65 6c 6c 6f",
                printer(true, EventPrinter.FLUSH_PERIOD_MILLIS).line(event(Direction.SENT, "a:1", "b:2", HELLO, "")));
    }

    @Test
    void infoIsOnScreenAsSoonAsPublishReturns() {
        EventPrinter p = printer(false, 3_600_000);
        p.publish(event(Direction.INFO, "127.0.0.1:6667", "", new byte[0], "Listening on 127.0.0.1:6667 (UDP)."));
        assertEquals(List.of("14:03:07.042  INFO  Listening on 127.0.0.1:6667 (UDP)."), out.lines());
    }

    @Test
    void trafficIsBufferedUntilCloseWhenTheFlusherIsSlow() {
        EventPrinter p = printer(false, 3_600_000);
        for (int i = 0; i < 500; i++) {
            p.publish(event(Direction.SENT, "127.0.0.1:1", "127.0.0.1:2", HELLO, ""));
        }
        assertEquals("", out.text(), "500 short lines fit in the buffer and must not be written one by one");
        p.close();
        assertEquals(500, out.lines().size());
    }

    @Test
    void theFlusherWritesWaitingTrafficWithoutAnyFurtherEvent() throws Exception {
        EventPrinter p = printer();
        p.publish(event(Direction.RECEIVED, "127.0.0.1:2", "127.0.0.1:1", HELLO, ""));
        // Nothing else is published and nothing is closed: only the periodic flush can deliver this line.
        out.awaitLines(1, l -> l.endsWith("5 B  hello"), "the received line");
    }

    @Test
    void errorsGoToStderrAsTheSentenceAloneAfterWhatCameBefore() {
        EventPrinter p = printer(false, 3_600_000);
        p.publish(event(Direction.SENT, "127.0.0.1:1", "127.0.0.1:9", HELLO, ""));
        String sentence = "Nothing is listening on 127.0.0.1:9 (ICMP port unreachable).";
        assertFalse(p.hasReported(sentence));
        p.publish(NetEvent.error("udp-sender", "127.0.0.1:1", "127.0.0.1:9", sentence, new java.net.PortUnreachableException()));
        assertEquals(sentence + System.lineSeparator(), err.toString());
        assertEquals(1, out.lines().size(), "the SENT line is flushed before the error");
        assertTrue(p.hasReported(sentence));
        assertFalse(p.hasReported("Something else."));
        assertFalse(p.hasReported(null));
    }

    @Test
    void linesFromManyThreadsNeverInterleave() throws Exception {
        EventPrinter p = printer();
        int threads = 4;
        int each = 2_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            byte[] payload = ("thread-" + t).getBytes(StandardCharsets.US_ASCII);
            workers.add(Thread.ofPlatform().name("cli-test-publisher-" + t).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    p.publish(NetEvent.sent("udp-test", "127.0.0.1:1", "127.0.0.1:2", payload, ""));
                }
            }));
        }
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        p.close();
        Pattern line = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  SENT  127\\.0\\.0\\.1:1 -> 127\\.0\\.0\\.1:2  8 B  thread-[0-3]$");
        List<String> lines = out.lines();
        assertEquals(threads * each, lines.size());
        Set<String> bad = new HashSet<>();
        lines.stream().filter(l -> !line.matcher(l).matches()).limit(5).forEach(bad::add);
        assertEquals(Set.of(), bad);
    }

    @Test
    void closeFlushesStopsTheFlusherAndIsIdempotent() {
        long before = flusherThreads();
        EventPrinter p = printer(false, 3_600_000);
        assertEquals(before + 1, flusherThreads());
        p.publish(event(Direction.SENT, "a:1", "b:2", HELLO, ""));
        p.close();
        assertEquals(before, flusherThreads(), "close() joins the flusher thread");
        assertEquals(1, out.lines().size());
        p.close();
        // A straggler after close() is still printed, at once.
        p.publish(event(Direction.SENT, "a:1", "b:2", HELLO, ""));
        assertEquals(2, out.lines().size());
    }
}
