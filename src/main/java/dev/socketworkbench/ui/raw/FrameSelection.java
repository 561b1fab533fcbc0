package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.frame.Layer;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the dissection tree: a whole layer, or one field of it. The hex dump highlights its bytes.
 *
 * @param layer the layer (the row itself, or the field's parent)
 * @param field the field, or null when the row is the layer
 */
public record FrameSelection(Layer layer, Field field) {
    public FrameSelection {
        Objects.requireNonNull(layer, "layer");
    }

    public static FrameSelection of(Layer layer) {
        return new FrameSelection(layer, null);
    }

    public static FrameSelection of(Layer layer, Field field) {
        return new FrameSelection(layer, Objects.requireNonNull(field, "field"));
    }

    /** True when the row is a field rather than a layer. */
    public boolean isField() {
        return field != null;
    }

    /** The bytes to highlight: the field's, or the whole layer's. */
    public ByteRange range() {
        return field != null ? ByteRange.of(field) : ByteRange.of(layer);
    }

    /** As the tree shows it: "Source port: 1234", or the layer's title. */
    public String text() {
        return field != null ? field.toString() : layer.title();
    }

    /** True if the row is, or (for a layer) contains, a problem such as a wrong checksum. */
    public boolean problem() {
        return field != null ? field.problem() : layer.hasProblem();
    }

    /**
     * The same row in a new dissection of an edited frame: the layer with the same name and, for a
     * field, the field with the same name in it. So editing the payload keeps "Data" selected.
     */
    public Optional<FrameSelection> in(Dissection dissection) {
        Optional<Layer> sameLayer = dissection.layer(layer.name());
        if (sameLayer.isEmpty()) {
            return Optional.empty();
        }
        if (field == null) {
            return Optional.of(of(sameLayer.get()));
        }
        return sameLayer.get().field(field.name()).map(f -> of(sameLayer.get(), f));
    }
}
