package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.FrameDissector;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * One frame the capture took, as the captured-frames list shows it.
 *
 * @param number        1 for the first frame of the tab's list, counting on across captures
 * @param timeMillis    when it was received
 * @param interfaceName where it was captured
 * @param bytes         the frame without FCS (shared with the log's event; never changed)
 * @param summary       the dissector's one-line summary, as the log shows it
 */
public record CapturedFrame(long number, long timeMillis, String interfaceName, byte[] bytes, String summary) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    public CapturedFrame {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(summary, "summary");
    }

    /** The dissection tree of the frame (a capture never carries the FCS). */
    public Dissection dissect() {
        return FrameDissector.dissect(bytes);
    }

    public Instant time() {
        return Instant.ofEpochMilli(timeMillis);
    }

    /** "#3  14:02:11.204  lo  85 B  EtherType 0x0801 ...". */
    public String listText() {
        LocalTime clock = LocalTime.ofInstant(time(), ZoneId.systemDefault());
        return String.format(Locale.ROOT, "#%d  %s  %s  %d B  %s", number, CLOCK.format(clock), interfaceName, bytes.length, summary);
    }

    @Override
    public String toString() {
        return listText();
    }
}
