package dev.socketworkbench.ui.log;

import java.util.Locale;

/**
 * A snapshot of the console's counters, taken once per pulse: exact totals over every event ever
 * received (shown or evicted), plus how many rows the buffer holds and has evicted.
 *
 * @param events        every event since the last clear
 * @param sent          sent events
 * @param received      received events
 * @param info          info events
 * @param errors        error events
 * @param bytesSent     bytes of all sent events
 * @param bytesReceived bytes of all received events
 * @param evicted       events that are no longer (or never were) rows because the buffer was full
 * @param rows          rows held now
 * @param capacity      the most rows the buffer holds
 */
public record LogCounts(long events, long sent, long received, long info, long errors,
                        long bytesSent, long bytesReceived, long evicted, int rows, int capacity) {

    /** Nothing received yet. */
    public static LogCounts empty(int capacity) {
        return new LogCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, capacity);
    }

    /**
     * The counter line under the log, e.g.
     * {@code 12,345 events · sent 10 (640 B) · received 10 (640 B) · errors 0 · 2,345 rows evicted (buffer 100,000)};
     * the evicted part appears only once something was evicted.
     */
    public String summary() {
        String line = String.format(Locale.ROOT, "%,d events \u00b7 sent %,d (%,d B) \u00b7 received %,d (%,d B) \u00b7 errors %,d",
                events, sent, bytesSent, received, bytesReceived, errors);
        if (evicted > 0) {
            line += String.format(Locale.ROOT, " \u00b7 %,d rows evicted (buffer %,d)", evicted, capacity);
        }
        return line;
    }
}
