package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model without a window: pulses are called by hand on the test thread. */
class LogConsoleModelTest {
    private final LogConsoleModel model = new LogConsoleModel(5, new LogExporter(ZoneId.of("UTC")), Runnable::run);

    @Test
    void nothingArrivesBeforeAPulse() {
        model.eventSink().publish(Events.sent("a"));
        assertEquals(0, model.getCounts().events());
        assertEquals(1, model.pulse());
        assertEquals(1, model.getCounts().events());
        assertEquals(0, model.pulse());
    }

    @Test
    void pulseUpdatesRowsCountsAndEvicted() {
        Events.numbered(0, 12).forEach(model.eventSink()::publish);
        assertEquals(12, model.pulse());
        assertEquals(List.of(7, 8, 9, 10, 11), model.visibleRows().stream().map(Events::number).toList());
        assertEquals(7, model.evictedProperty().get());
        assertEquals(12, model.getCounts().events());
        assertEquals(5, model.getCounts().rows());
    }

    @Test
    void aPulseDrainsAtMostItsLimitAndTheRestFollows() {
        LogConsoleModel big = new LogConsoleModel(10, new LogExporter(), Runnable::run);
        int n = LogConsoleModel.MAX_EVENTS_PER_PULSE + 3;
        NetEvent e = Events.sent("x");
        for (int i = 0; i < n; i++) {
            big.eventSink().publish(e);
        }
        int pulses = 0;
        long drained = 0;
        int got;
        while ((got = big.pulse()) > 0) {
            assertTrue(got <= LogConsoleModel.MAX_EVENTS_PER_PULSE, "pulse took " + got);
            drained += got;
            pulses++;
            assertEquals(drained, big.getCounts().events());
        }
        assertTrue(pulses >= 2, "the limit split the backlog over pulses");
        assertEquals(n, drained);
        assertEquals(n, big.getCounts().events());
        assertEquals(n, big.getCounts().bytesSent());
        assertEquals(n - 10, big.getCounts().evicted());
    }

    @Test
    void filterNarrowsTheVisibleRowsAndClearingItRestoresThem() {
        List.of(Events.sent("apple"), Events.received("Banana"), Events.sent("cherry")).forEach(model.eventSink()::publish);
        model.pulse();
        model.filterTextProperty().set("BAN");
        assertEquals(List.of("Banana"), model.visibleRows().stream().map(r -> new String(r.payload())).toList());
        model.eventSink().publish(Events.sent("bandana"));
        model.pulse();
        assertEquals(2, model.visibleRows().size(), "new rows are filtered as they arrive");
        model.filterTextProperty().set("");
        assertEquals(4, model.visibleRows().size());
    }

    @Test
    void clearResetsEverything() {
        Events.numbered(0, 9).forEach(model.eventSink()::publish);
        model.pulse();
        model.clear();
        assertEquals(LogCounts.empty(5), model.getCounts());
        assertEquals(0, model.evictedProperty().get());
        assertTrue(model.visibleRows().isEmpty());
    }

    @Test
    void copiedLinesFollowTheTextHexChoice() {
        NetEvent hi = Events.sent("Hi\n");
        String prefix = LogLineFormat.clock().time(hi) + "\tsent\tudp-sender\t" + Events.REMOTE + "\t" + Events.LOCAL + "\t3\t";
        assertEquals(prefix + "Hi\\n\t\n", model.linesFor(List.of(hi)));
        model.payloadViewProperty().set(PayloadView.HEX);
        assertEquals(prefix + "48 69 0a\t\n", model.linesFor(List.of(hi)));
    }

    @Test
    void exportWritesTheVisibleRowsAndSaysSo(@TempDir Path dir) throws Exception {
        LogExporterTest.EVENTS.forEach(model.eventSink()::publish);
        model.pulse();
        model.filterTextProperty().set("udp-listener");
        Path file = dir.resolve("visible.jsonl");
        model.export(file, ExportFormat.JSON_LINES).get(30, TimeUnit.SECONDS);
        LogExporterTest.assertJsonLinesMatch(List.of(LogExporterTest.EVENTS.get(1), LogExporterTest.EVENTS.get(2)), file);
        assertEquals("Exported 2 events to " + file + ".", model.statusProperty().get());

        Path bad = dir.resolve("missing").resolve("x.txt");
        model.export(bad, ExportFormat.TEXT).handle((p, e) -> e).get(30, TimeUnit.SECONDS);
        assertTrue(model.statusProperty().get().startsWith("Could not write the log to " + bad), model.statusProperty().get());
        assertTrue(Files.notExists(bad));
        Threads.awaitNoneNamed("log-export");
    }
}
