package dev.socketworkbench.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;

/**
 * Remembers the last value of every field across runs. A tab model registers each of its properties
 * under a workspace key such as {@code udp.send.host}; registering restores the saved value at once,
 * and {@link #capture()} reads all current values when the workbench closes. A saved value that no
 * longer fits (an enum constant that was renamed, text in a number field) is ignored, leaving the
 * model's default. Values of keys no tab registered this run are kept, so nothing is lost when a
 * tab is missing. Use it on the JavaFX thread.
 */
public final class FieldMemory {
    private final Map<String, String> saved;
    private final Map<String, Supplier<String>> registered = new LinkedHashMap<>();

    /** @param savedValues the values from the workspace, e.g. {@code workspace.fields()} */
    public FieldMemory(Map<String, String> savedValues) {
        this.saved = Map.copyOf(savedValues);
    }

    public void remember(String key, StringProperty property) {
        remember(key, property, Function.identity(), Function.identity());
    }

    public void remember(String key, BooleanProperty property) {
        remember(key, property, String::valueOf, FieldMemory::parseBoolean);
    }

    public void remember(String key, IntegerProperty property) {
        remember(key, property, String::valueOf, text -> Integer.valueOf(text.strip()));
    }

    /** An enum-valued property, saved by constant name (e.g. {@code ECHO}). */
    public <E extends Enum<E>> void remember(String key, ObjectProperty<E> property, Class<E> type) {
        remember(key, property, Enum::name, text -> Enum.valueOf(type, text.strip()));
    }

    /**
     * Any property, with the two conversions to and from its saved text. {@code parse} may throw
     * (or return null) to reject a saved value; the property then keeps its current value.
     */
    public <T> void remember(String key, Property<T> property, Function<? super T, String> format,
                             Function<String, ? extends T> parse) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(property, "property");
        if (registered.containsKey(key)) {
            throw new IllegalArgumentException("The field key " + key + " is remembered twice; give each field its own key.");
        }
        registered.put(key, () -> {
            T value = property.getValue();
            return value == null ? null : format.apply(value);
        });
        String text = saved.get(key);
        if (text != null && !property.isBound()) {
            T value;
            try {
                value = parse.apply(text);
            } catch (RuntimeException e) {
                return; // an old or hand-edited value that no longer fits: keep the default
            }
            if (value != null) {
                property.setValue(value);
            }
        }
    }

    /** The keys registered so far, in registration order. */
    public Set<String> keys() {
        return registered.keySet();
    }

    /** Every field's current value by key, plus saved values of keys nobody registered; sorted. */
    public SortedMap<String, String> capture() {
        SortedMap<String, String> values = new TreeMap<>(saved);
        registered.forEach((key, current) -> {
            String value = current.get();
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        });
        return values;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
