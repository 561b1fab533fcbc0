package dev.socketworkbench.net.frame;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link FrameDissector} made of some bytes: the layers in byte order, each with its
 * fields, and a one-line summary like Wireshark's Info column. Together the layers cover every byte.
 */
public final class Dissection {
    private final byte[] bytes;
    private final List<Layer> layers;
    private final String summary;

    Dissection(byte[] bytes, List<Layer> layers, String summary) {
        this.bytes = bytes.clone();
        this.layers = List.copyOf(layers);
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /** The bytes that were dissected. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** One line, e.g. "ARP Who has 10.0.0.2? Tell 10.0.0.1". */
    public String summary() {
        return summary;
    }

    /** The layer called {@code name}, if there is one. */
    public Optional<Layer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The layer covering the byte at {@code offset}. */
    public Optional<Layer> layerAt(int offset) {
        return layers.stream().filter(l -> l.contains(offset)).findFirst();
    }

    /**
     * The field a click on the byte at {@code offset} selects: the narrowest field covering it
     * (the first of equals), so a click on a checksum byte selects the checksum, not the header.
     */
    public Optional<Field> fieldAt(int offset) {
        Field best = null;
        for (Layer layer : layers) {
            for (Field f : layer.fields()) {
                if (f.contains(offset) && (best == null || f.length() < best.length())) {
                    best = f;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True if any field is flagged as a problem (bad checksum, truncated data). */
    public boolean hasProblem() {
        return layers.stream().anyMatch(Layer::hasProblem);
    }

    /** The whole tree as text, one layer per line and its fields indented, for the log and the CLI. */
    public String toTree() {
        StringBuilder out = new StringBuilder();
        for (Layer layer : layers) {
            out.append(layer.title()).append('\n');
            for (Field f : layer.fields()) {
                out.append("    ").append(f).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dissection d && Arrays.equals(d.bytes, bytes) && d.layers.equals(layers) && d.summary.equals(summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), layers, summary);
    }
}
