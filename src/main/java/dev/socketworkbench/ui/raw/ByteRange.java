package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.frame.Layer;

/**
 * A run of bytes in a frame, as the hex dump highlights it: the bytes of the selected field or layer.
 *
 * @param offset the first byte
 * @param length how many bytes; 0 highlights nothing
 */
public record ByteRange(int offset, int length) {
    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("A byte range starts at 0 or later and has no negative length: " + offset + "+" + length);
        }
    }

    public static ByteRange of(Field field) {
        return new ByteRange(field.offset(), field.length());
    }

    public static ByteRange of(Layer layer) {
        return new ByteRange(layer.offset(), layer.length());
    }

    /** The byte after the range. */
    public int end() {
        return offset + length;
    }

    public boolean contains(int byteOffset) {
        return byteOffset >= offset && byteOffset < end();
    }
}
