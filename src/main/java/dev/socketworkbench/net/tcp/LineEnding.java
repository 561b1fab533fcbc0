package dev.socketworkbench.net.tcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What to put after a typed line before it is sent. TCP has no message boundaries, so line-based
 * servers (and {@code nc}) need the newline; the seeds' Python programs send none.
 */
public enum LineEnding {
    NONE(""),
    LF("\n"),
    CRLF("\r\n");

    private final byte[] bytes;

    LineEnding(String text) {
        this.bytes = text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A new array: {@code payload} followed by this line ending. */
    public byte[] apply(byte[] payload) {
        byte[] out = Arrays.copyOf(payload, payload.length + bytes.length);
        System.arraycopy(bytes, 0, out, payload.length, bytes.length);
        return out;
    }

    /** {@code text} without the CR and LF characters at its end, so "bye\r\n" reads as "bye". */
    public static String strip(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
