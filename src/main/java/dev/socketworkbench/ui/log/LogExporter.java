package dev.socketworkbench.ui.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.socketworkbench.net.event.NetEvent;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes log events to a file, as tab-separated text or as JSON Lines. No UI: the console hands it a
 * snapshot of its rows and {@link #writeInBackground} does the file I/O on its own thread, so the FX
 * thread never waits for a disk.
 */
public final class LogExporter {
    /** ISO-8601 with milliseconds and the zone offset, e.g. {@code 2026-11-22T21:02:00.123+01:00}. */
    public static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    /**
     * One line of a JSON Lines export; {@code payloadHex} holds the exact bytes, {@code payloadText}
     * the escaped text a reader can skim.
     */
    public record JsonLine(String time, String direction, String source, String local, String remote, int bytes,
                           String payloadHex, String payloadText, String message) {

        static JsonLine of(NetEvent event, DateTimeFormatter time) {
            return new JsonLine(time.format(Instant.ofEpochMilli(event.timeMillis())),
                    LogLineFormat.direction(event.direction()), event.source(), event.local(), event.remote(),
                    event.byteCount(), PayloadText.hex(event.payload()), PayloadText.text(event.payload()),
                    event.message());
        }
    }

    /**
     * Made at the first JSON export, not with each console: a writer looks up its serializers when it is
     * made, which loads a few hundred Jackson classes that a start of the window does not need.
     */
    private static final class Json {
        static final ObjectWriter WRITER = new ObjectMapper().writerFor(JsonLine.class);
    }

    private final ZoneId zone;

    /** Times in the machine's time zone. */
    public LogExporter() {
        this(ZoneId.systemDefault());
    }

    public LogExporter(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes {@code events} to {@code file} (replacing it) in {@code format}, on the calling thread. */
    public void write(List<NetEvent> events, Path file, ExportFormat format) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            switch (format) {
                case TEXT -> writeText(events, out);
                case JSON_LINES -> writeJsonLines(events, out);
            }
        }
    }

    /**
     * Writes on a new thread named {@code log-export}; the future completes with {@code file}, or
     * exceptionally with the {@link IOException}.
     */
    public CompletableFuture<Path> writeInBackground(List<NetEvent> events, Path file, ExportFormat format) {
        List<NetEvent> snapshot = List.copyOf(events);
        CompletableFuture<Path> done = new CompletableFuture<>();
        Thread.ofPlatform().name("log-export").daemon(true).start(() -> {
            try {
                write(snapshot, file, format);
                done.complete(file);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** A header line, then one tab-separated line per event with the full payload as escaped text. */
    public void writeText(List<NetEvent> events, Writer out) throws IOException {
        LogLineFormat lines = new LogLineFormat(LogLineFormat.DATE_TIME, zone);
        out.write(LogLineFormat.HEADER);
        out.write('\n');
        for (NetEvent event : events) {
            out.write(lines.line(event, PayloadView.TEXT));
            out.write('\n');
        }
    }

    /** One JSON object per line: time, direction, source, local, remote, bytes, payloadHex, payloadText, message. */
    public void writeJsonLines(List<NetEvent> events, Writer out) throws IOException {
        DateTimeFormatter time = ISO_MILLIS.withZone(zone);
        for (NetEvent event : events) {
            out.write(Json.WRITER.writeValueAsString(JsonLine.of(event, time)));
            out.write('\n');
        }
    }

    /** The one sentence the console shows when an export failed. */
    public static String failure(Path file, Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (e instanceof NoSuchFileException) {
            return "Could not write the log to " + file + " because its folder does not exist; pick another folder.";
        }
        if (e instanceof AccessDeniedException) {
            return "Could not write the log to " + file + " because you may not write there; pick a folder you own.";
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Could not write the log to " + file + " (" + reason + "); check the disk and try another file.";
    }
}
