package dev.socketworkbench.net.frame;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One protocol layer of a dissected frame with its fields, like a top-level row of Wireshark's
 * packet tree.
 *
 * @param name   short name, e.g. "IPv4", "Data", "Truncated"
 * @param title  the row's text, e.g. "Internet Protocol Version 4, Src: 10.0.0.1, Dst: 10.0.0.2"
 * @param offset the layer's first byte in the frame
 * @param length how many bytes it covers
 * @param fields its fields, in byte order
 */
public record Layer(String name, String title, int offset, int length, List<Field> fields) {
    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    public int end() {
        return offset + length;
    }

    public boolean contains(int byteOffset) {
        return byteOffset >= offset && byteOffset < end();
    }

    /** The field called {@code fieldName}, if the layer has one. */
    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** True if any field is flagged as a problem. */
    public boolean hasProblem() {
        return fields.stream().anyMatch(Field::problem);
    }

    @Override
    public String toString() {
        return title;
    }
}
