package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.payload.HexDump;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How one event reads as text: the table's cells, the lines Copy puts on the clipboard and the
 * lines of a text export (tab-separated, so they paste into a spreadsheet).
 */
public final class LogLineFormat {
    /** The Time column: local wall clock with milliseconds. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);
    /** A text export carries the date too, since a file outlives the day. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    /** A cell shows at most this many payload bytes; the detail pane shows all. */
    public static final int CELL_BYTES = 256;
    /** Column names of a text export and of copied lines. */
    public static final String HEADER = String.join("\t", "time", "direction", "source", "local", "remote", "bytes", "data", "message");

    private final DateTimeFormatter time;

    /** Lines whose time column uses {@code time} in {@code zone}. */
    public LogLineFormat(DateTimeFormatter time, ZoneId zone) {
        this.time = time.withZone(zone);
    }

    /** Clock-only lines in the machine's time zone, as the table shows them. */
    public static LogLineFormat clock() {
        return new LogLineFormat(CLOCK, ZoneId.systemDefault());
    }

    public String time(NetEvent event) {
        return time.format(Instant.ofEpochMilli(event.timeMillis()));
    }

    /** {@code sent}, {@code received}, {@code info} or {@code error}. */
    public static String direction(Direction direction) {
        return switch (direction) {
            case SENT -> "sent";
            case RECEIVED -> "received";
            case INFO -> "info";
            case ERROR -> "error";
        };
    }

    /** The Bytes column: the byte count of traffic, blank for info and error rows. */
    public static String bytes(NetEvent event) {
        return event.isTraffic() ? String.format(Locale.ROOT, "%,d", event.byteCount()) : "";
    }

    /**
     * The Data/Message column: the payload (text or hex) of traffic, followed by the event's note in
     * brackets if it carries one (e.g. truncation); the message of info and error rows.
     */
    public static String data(NetEvent event, PayloadView view) {
        if (!event.isTraffic()) {
            return oneLine(event.message());
        }
        String data = PayloadText.render(event.payload(), view, CELL_BYTES);
        return event.message().isEmpty() ? data : data + "  [" + oneLine(event.message()) + "]";
    }

    /** One tab-separated line: time, direction, source, local, remote, bytes, data, message. */
    public String line(NetEvent event, PayloadView view) {
        String data = event.isTraffic() ? PayloadText.render(event.payload(), view, Integer.MAX_VALUE) : "";
        return String.join("\t", time(event), direction(event.direction()), oneLine(event.source()),
                oneLine(event.local()), oneLine(event.remote()), event.isTraffic() ? Integer.toString(event.byteCount()) : "",
                data, oneLine(event.message()));
    }

    /** Lines for several events, each ending in a newline. */
    public String lines(List<NetEvent> events, PayloadView view) {
        StringBuilder out = new StringBuilder(events.size() * 80);
        for (NetEvent event : events) {
            out.append(line(event, view)).append('\n');
        }
        return out.toString();
    }

    /** The detail pane: a header, the message, then the hex + ASCII dump of the whole payload. */
    public String detail(NetEvent event) {
        StringBuilder out = new StringBuilder(128 + event.payload().length * 5);
        out.append(direction(event.direction()));
        if (event.isTraffic()) {
            out.append(String.format(Locale.ROOT, " \u00b7 %,d bytes", event.byteCount()));
        }
        out.append(" \u00b7 ").append(time(event));
        if (!event.source().isEmpty()) {
            out.append(" \u00b7 ").append(event.source());
        }
        out.append('\n');
        if (!event.local().isEmpty() || !event.remote().isEmpty()) {
            out.append("local ").append(event.local().isEmpty() ? "-" : event.local())
                    .append("  remote ").append(event.remote().isEmpty() ? "-" : event.remote()).append('\n');
        }
        if (!event.message().isEmpty()) {
            out.append(event.message()).append('\n');
        }
        if (event.payload().length > 0) {
            out.append('\n').append(HexDump.format(event.payload()));
        }
        return out.toString();
    }

    /** Tabs and line breaks would split a line or a column, so they become spaces. */
    static String oneLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            }
        }
        return s;
    }
}
