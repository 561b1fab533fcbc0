package dev.socketworkbench.net.payload;

import java.util.HexFormat;

/**
 * The classic hex + ASCII dump, 16 bytes a row, as the log console and the frame view show it:
 * <pre>
 * 0000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 0a           Hello, world.
 * </pre>
 * Bytes outside printable ASCII show as a dot in the ASCII column.
 */
public final class HexDump {
    public static final int BYTES_PER_ROW = 16;
    private static final HexFormat HEX = HexFormat.of();

    private HexDump() { }

    public static String format(byte[] data) {
        return format(data, 0, data.length);
    }

    public static String format(byte[] data, int offset, int length) {
        StringBuilder out = new StringBuilder((length / BYTES_PER_ROW + 1) * 80);
        for (int row = 0; row < length; row += BYTES_PER_ROW) {
            int n = Math.min(BYTES_PER_ROW, length - row);
            out.append(String.format("%04x  ", row));
            for (int i = 0; i < BYTES_PER_ROW; i++) {
                if (i < n) {
                    HEX.toHexDigits(out, data[offset + row + i]);
                    out.append(' ');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(' ');
            for (int i = 0; i < n; i++) {
                out.append(printable(data[offset + row + i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Space-separated lowercase hex, e.g. {@code 48 65 6c}. */
    public static String spaced(byte[] data) {
        return HexFormat.ofDelimiter(" ").formatHex(data);
    }

    /** The ASCII column's view of one byte: itself if printable, else a dot. */
    public static char printable(byte b) {
        return b >= 0x20 && b < 0x7f ? (char) b : '.';
    }
}
