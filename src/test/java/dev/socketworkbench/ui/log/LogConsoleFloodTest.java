package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.socketworkbench.ui.log.FxAwait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A million events from four threads into a showing console with a 100,000-row buffer: totals stay
 * exact, exactly 900,000 are evicted, the rows are the newest 100,000 in an order every producer
 * agrees with, and the table saw one list change per pulse that brought events.
 */
class LogConsoleFloodTest extends ApplicationTest {
    private static final int PRODUCERS = 4;
    private static final int PER_PRODUCER = 250_000;
    private static final int TOTAL = PRODUCERS * PER_PRODUCER;
    private static final int CAPACITY = 100_000;
    private static final String PRODUCER_PREFIX = "log-flood-producer-";

    /** Payloads of 0 to 63 bytes, shared between events (events never mutate their payload). */
    private static final byte[][] PAYLOADS = new byte[64][];

    static {
        for (int n = 0; n < PAYLOADS.length; n++) {
            PAYLOADS[n] = new byte[n];
            java.util.Arrays.fill(PAYLOADS[n], (byte) ('a' + n % 26));
        }
    }

    private LogConsole console;

    @Override
    public void start(Stage stage) {
        console = new LogConsole();
        console.setCapacity(CAPACITY);
        stage.setScene(new Scene(console, 1000, 600));
        stage.show();
    }

    private static Direction direction(int seq) {
        if (seq % 100 == 99) {
            return Direction.ERROR;
        }
        if (seq % 10 == 9) {
            return Direction.INFO;
        }
        return seq % 2 == 0 ? Direction.SENT : Direction.RECEIVED;
    }

    private static NetEvent event(String source, int producer, int seq) {
        Direction d = direction(seq);
        byte[] payload = d == Direction.SENT || d == Direction.RECEIVED ? PAYLOADS[(seq * 7 + producer) % 64] : PAYLOADS[0];
        return new NetEvent(1_700_000_000_000L + seq, d, source, "127.0.0.1:" + (7000 + producer), "127.0.0.1:6667",
                payload.length, payload, Integer.toString(seq), null);
    }

    @Test
    void aMillionEventsFromFourThreadsKeepExactTotals() throws Exception {
        long[] count = new long[4];
        long bytesSent = 0;
        long bytesReceived = 0;
        for (int p = 0; p < PRODUCERS; p++) {
            for (int seq = 0; seq < PER_PRODUCER; seq++) {
                NetEvent e = event("", p, seq);
                count[e.direction().ordinal()]++;
                bytesSent += e.direction() == Direction.SENT ? e.byteCount() : 0;
                bytesReceived += e.direction() == Direction.RECEIVED ? e.byteCount() : 0;
            }
        }
        LogCounts expected = new LogCounts(TOTAL, count[0], count[1], count[2], count[3], bytesSent, bytesReceived,
                TOTAL - CAPACITY, CAPACITY, CAPACITY);

        AtomicInteger listChanges = new AtomicInteger();
        AtomicInteger countUpdates = new AtomicInteger();
        fx(() -> {
            console.model().allRows().addListener((ListChangeListener<NetEvent>) c -> listChanges.incrementAndGet());
            console.countsProperty().addListener((obs, old, now) -> countUpdates.incrementAndGet());
            return null;
        });

        CountDownLatch go = new CountDownLatch(1);
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int producer = p;
            String source = PRODUCER_PREFIX + p;
            producers.add(Thread.ofPlatform().name(source).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int seq = 0; seq < PER_PRODUCER; seq++) {
                    console.eventSink().publish(event(source, producer, seq));
                }
            }));
        }
        go.countDown();

        LogCounts counts = FxAwait.counts(console, c -> c.events() >= TOTAL, 180);
        for (Thread t : producers) {
            t.join();   // they already published everything that was counted
        }
        Threads.awaitNoneNamed(PRODUCER_PREFIX);

        assertEquals(expected, counts);
        assertEquals(expected, fx(() -> console.countsProperty().get()), "nothing arrived after the last event");
        assertEquals(TOTAL - CAPACITY, fx(() -> console.evictedProperty().get()));

        List<NetEvent> rows = fx(() -> List.copyOf(console.table().getItems()));
        assertEquals(CAPACITY, rows.size());
        NetEvent last = rows.get(CAPACITY - 1);
        assertTrue(last.source().startsWith(PRODUCER_PREFIX), last.source());
        assertEquals(PER_PRODUCER - 1, Integer.parseInt(last.message()), "the newest row is some producer's last event");

        // The rows are the newest 100,000 of one interleaving of the producers' orders, so each
        // producer's rows are a gap-free run of its sequence that ends with its last event.
        Map<String, Integer> previous = new HashMap<>();
        for (NetEvent row : rows) {
            int seq = Integer.parseInt(row.message());
            Integer before = previous.put(row.source(), seq);
            if (before != null) {
                assertEquals(before + 1, seq, row.source() + " rows out of order or missing");
            }
        }
        previous.forEach((source, lastSeq) -> assertEquals(PER_PRODUCER - 1, lastSeq, source + " does not end with its last event"));

        int changes = fx(listChanges::get);
        assertEquals(fx(countUpdates::get), changes, "one list change per pulse that drained events");
        assertTrue(changes >= TOTAL / LogConsoleModel.MAX_EVENTS_PER_PULSE, "at most " + LogConsoleModel.MAX_EVENTS_PER_PULSE + " events a pulse");
    }
}
