package dev.socketworkbench.net.frame;

import java.util.Objects;

/**
 * One field of a dissected frame, as the tree view shows it and the hex view highlights it.
 *
 * @param name    what the field is, e.g. "Header checksum"
 * @param value   its value for display, e.g. "0xb861 (correct)"
 * @param offset  the first byte of the field in the frame
 * @param length  how many bytes it covers; bit fields cover the bytes they sit in
 * @param problem true if the value is wrong (bad checksum, truncated), for the view to flag
 */
public record Field(String name, String value, int offset, int length, boolean problem) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("A field covers bytes from offset 0 on: " + offset + "+" + length);
        }
    }

    /** The byte after the field. */
    public int end() {
        return offset + length;
    }

    /** True if the field covers the byte at {@code byteOffset}. */
    public boolean contains(int byteOffset) {
        return byteOffset >= offset && byteOffset < end();
    }

    /** As a tree row shows it: {@code Header checksum: 0xb861 (correct)}. */
    @Override
    public String toString() {
        return name + ": " + value;
    }
}
