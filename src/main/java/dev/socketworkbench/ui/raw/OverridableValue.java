package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.ui.common.FieldMemory;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * A header value that is worked out when the frame is built ("auto") unless the user overrides it,
 * for example to send a wrong checksum on purpose and watch the dissector flag it. Switching the
 * override on fills in the value the frame has now, so the user edits from the correct one.
 */
public final class OverridableValue {
    /** Reads the typed value; throws with the sentence for under the field. */
    @FunctionalInterface
    interface Parser {
        int parse(String text) throws InvalidInputException;
    }

    private final BooleanProperty override = new SimpleBooleanProperty(this, "override", false);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final Parser parser;
    private final StringBinding error;

    /**
     * @param parser  reads the typed value
     * @param current the value the built frame has now, as the user would type it ("" if unknown)
     */
    OverridableValue(Parser parser, Supplier<String> current) {
        this.parser = Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(current, "current");
        error = Bindings.createStringBinding(
                () -> override.get() ? FrameInput.errorOf(() -> parser.parse(value.get())) : "", override, value);
        override.addListener((o, was, on) -> {
            if (on && value.get().isBlank()) {
                value.set(current.get());
            }
        });
    }

    /** The typed value when overridden, or null to let the builder compute it. */
    Integer valueOrNull() throws InvalidInputException {
        return override.get() ? parser.parse(value.get()) : null;
    }

    /** Back to "auto" with no typed value, as a template starts. */
    void reset() {
        override.set(false);
        value.set("");
    }

    /** Overridden with this value, as the seed's literal "checksum" needs. */
    void set(String typed) {
        value.set(typed);
        override.set(true);
    }

    void remember(FieldMemory memory, String key) {
        memory.remember(key + ".override", override);
        memory.remember(key, value);
    }

    /** True to send {@link #valueProperty()} instead of the computed value. */
    public BooleanProperty overrideProperty() {
        return override;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The sentence for a wrong override, "" when fine or when not overridden. */
    public ObservableStringValue error() {
        return error;
    }
}
