package dev.socketworkbench.ui.log;

import java.util.HexFormat;
import java.util.Locale;

/**
 * Renders a payload for one log line: printable ASCII as itself and every other byte as an escape
 * ({@code \n}, {@code \r}, {@code \t}, {@code \0}, {@code \\}, {@code \xNN}), so a line never breaks and
 * no byte is hidden. Cells pass a byte limit so a 64 KB datagram does not become a 256 KB cell.
 */
public final class PayloadText {
    private static final HexFormat SPACED_HEX = HexFormat.ofDelimiter(" ");
    private static final HexFormat HEX = HexFormat.of();

    private PayloadText() { }

    /** The whole payload as escaped text. */
    public static String text(byte[] payload) {
        StringBuilder out = new StringBuilder(payload.length + 16);
        appendText(out, payload, payload.length, false);
        return out.toString();
    }

    /** The payload in the given view, cut after {@code maxBytes} bytes with a note of how many were left out. */
    public static String render(byte[] payload, PayloadView view, int maxBytes) {
        int n = Math.min(payload.length, maxBytes);
        StringBuilder out = new StringBuilder(view == PayloadView.HEX ? n * 3 + 24 : n + 24);
        if (view == PayloadView.HEX) {
            out.append(SPACED_HEX.formatHex(payload, 0, n));
        } else {
            appendText(out, payload, n, false);
        }
        if (n < payload.length) {
            out.append(String.format(Locale.ROOT, " \u2026 (+%,d bytes)", payload.length - n));
        }
        return out.toString();
    }

    /** Compact lowercase hex with no separators, as the JSON Lines export stores it. */
    public static String hex(byte[] payload) {
        return HEX.formatHex(payload);
    }

    /**
     * Appends the escaped text of {@code payload[0, length)}; with {@code lowerCase} the ASCII letters are
     * lowered, which lets the filter search case-insensitively without building a second string.
     */
    static void appendText(StringBuilder out, byte[] payload, int length, boolean lowerCase) {
        for (int i = 0; i < length; i++) {
            int b = payload[i] & 0xff;
            switch (b) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (b >= 0x20 && b < 0x7f) {
                        out.append(lowerCase && b >= 'A' && b <= 'Z' ? (char) (b + 32) : (char) b);
                    } else {
                        out.append("\\x");
                        HEX.toHexDigits(out, (byte) b);
                    }
                }
            }
        }
    }
}
