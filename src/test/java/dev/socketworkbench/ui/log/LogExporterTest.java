package dev.socketworkbench.ui.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogExporterTest {
    static final List<NetEvent> EVENTS = List.of(
            new NetEvent(1_763_845_320_123L, dev.socketworkbench.net.event.Direction.SENT, "udp-sender",
                    "127.0.0.1:5000", "127.0.0.1:6667", 7, "Hi\t\"x\"\n".getBytes(StandardCharsets.ISO_8859_1), "", null),
            new NetEvent(1_763_845_320_200L, dev.socketworkbench.net.event.Direction.RECEIVED, "udp-listener",
                    "127.0.0.1:6667", "127.0.0.1:5000", 3, new byte[] {0, (byte) 0xff, 'A'}, "Datagram truncated to 3 bytes.", null),
            NetEvent.info("udp-listener", "127.0.0.1:6667", "", "Listening on 127.0.0.1:6667."),
            NetEvent.error("udp-sender", "", "127.0.0.1:9", "Nothing is listening on 127.0.0.1:9 (ICMP port unreachable).", null));

    /** Checks that every line of a JSON Lines file parses back to the event it came from. */
    static void assertJsonLinesMatch(List<NetEvent> events, Path file) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(events.size(), lines.size());
        for (int i = 0; i < events.size(); i++) {
            NetEvent e = events.get(i);
            JsonNode line = mapper.readTree(lines.get(i));
            assertEquals(e.timeMillis(), OffsetDateTime.parse(line.get("time").asText()).toInstant().toEpochMilli());
            assertEquals(LogLineFormat.direction(e.direction()), line.get("direction").asText());
            assertEquals(e.source(), line.get("source").asText());
            assertEquals(e.local(), line.get("local").asText());
            assertEquals(e.remote(), line.get("remote").asText());
            assertEquals(e.byteCount(), line.get("bytes").asInt());
            assertArrayEquals(e.payload(), HexFormat.of().parseHex(line.get("payloadHex").asText()));
            assertEquals(PayloadText.text(e.payload()), line.get("payloadText").asText());
            assertEquals(e.message(), line.get("message").asText());
            assertEquals(9, line.size(), "no unexpected fields");
        }
    }

    @Test
    void jsonLinesParseBackToTheSameEvents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log.jsonl");
        new LogExporter(ZoneId.of("Europe/Berlin")).write(EVENTS, file, ExportFormat.JSON_LINES);
        assertJsonLinesMatch(EVENTS, file);
        String first = Files.readAllLines(file).get(0);
        assertEquals("2025-11-22T22:02:00.123+01:00", new ObjectMapper().readTree(first).get("time").asText(),
                "ISO-8601 with milliseconds and offset");
    }

    @Test
    void textFileHasAHeaderAndOneTabSeparatedLinePerEvent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log.txt");
        new LogExporter(ZoneId.of("UTC")).write(EVENTS, file, ExportFormat.TEXT);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(List.of(
                LogLineFormat.HEADER,
                "2025-11-22 21:02:00.123\tsent\tudp-sender\t127.0.0.1:5000\t127.0.0.1:6667\t7\tHi\\t\"x\"\\n\t",
                "2025-11-22 21:02:00.200\treceived\tudp-listener\t127.0.0.1:6667\t127.0.0.1:5000\t3\t\\0\\xffA\tDatagram truncated to 3 bytes."),
                lines.subList(0, 3));
        assertEquals(5, lines.size());
        assertEquals(8, lines.get(4).split("\t", -1).length);
    }

    @Test
    void backgroundWriteRunsOnANamedThreadAndReportsAMissingFolder(@TempDir Path dir) throws Exception {
        LogExporter exporter = new LogExporter();
        Path ok = dir.resolve("ok.jsonl");
        assertEquals(ok, exporter.writeInBackground(EVENTS, ok, ExportFormat.JSON_LINES).get(30, TimeUnit.SECONDS));
        assertJsonLinesMatch(EVENTS, ok);

        Path missing = dir.resolve("no-such-folder").resolve("log.txt");
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> exporter.writeInBackground(EVENTS, missing, ExportFormat.TEXT).get(30, TimeUnit.SECONDS));
        assertInstanceOf(java.nio.file.NoSuchFileException.class, failed.getCause());
        assertEquals("Could not write the log to " + missing + " because its folder does not exist; pick another folder.",
                LogExporter.failure(missing, failed.getCause()));
        Threads.awaitNoneNamed("log-export");
    }

    @Test
    void formatFollowsTheFileExtension() {
        assertEquals(ExportFormat.JSON_LINES, ExportFormat.forFile(Path.of("a.JSONL")));
        assertEquals(ExportFormat.TEXT, ExportFormat.forFile(Path.of("a.log")));
    }
}
