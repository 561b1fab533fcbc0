package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The console's filter box: keeps a row when the typed text occurs, ignoring case, in its message,
 * endpoints, direction, source or the text rendering of its payload. Used on one thread (the FX
 * thread) because it reuses one scratch buffer for the payload text.
 */
public final class LogFilter implements Predicate<NetEvent> {
    private final String needle;
    private final StringBuilder scratch = new StringBuilder(256);

    public LogFilter(String text) {
        this.needle = text.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(NetEvent event) {
        if (needle.isEmpty()) {
            return true;
        }
        if (contains(event.message()) || contains(event.local()) || contains(event.remote())
                || contains(event.source()) || contains(LogLineFormat.direction(event.direction()))) {
            return true;
        }
        byte[] payload = event.payload();
        if (payload.length == 0) {
            return false;
        }
        scratch.setLength(0);
        PayloadText.appendText(scratch, payload, payload.length, true);
        boolean found = scratch.indexOf(needle) >= 0;
        if (scratch.capacity() > 64 * 1024) {
            scratch.setLength(0);
            scratch.trimToSize();   // do not keep one huge datagram's worth of chars for ever
        }
        return found;
    }

    private boolean contains(String haystack) {
        int last = haystack.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
