package dev.socketworkbench.ui.common;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The error sentence of every field of one form ("" when the field is fine), keyed by the field names
 * that {@link InvalidInputException#field()} uses, so a settings record's {@code problems()} land on the
 * right field. A field name nobody declared goes to the fallback field, so no sentence is ever dropped.
 * Every tab model keeps one per form; a view binds each field's error label to {@link #of}.
 */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper(this, "any", false);
    private final String fallback;

    /** @param fields the form's fields in the order their sentences are reported; the first is the fallback */
    public FieldErrors(String... fields) {
        for (String field : fields) {
            byField.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
        }
        fallback = fields[0];
    }

    /** Sentences about {@code field} are shown at {@code shownAt}. */
    public FieldErrors alias(String field, String shownAt) {
        aliases.put(field, shownAt);
        return this;
    }

    public ReadOnlyStringProperty of(String field) {
        return byField.get(field).getReadOnlyProperty();
    }

    /** The declared field that shows sentences about {@code field}. */
    public String fieldFor(String field) {
        String target = aliases.getOrDefault(field, field);
        return byField.containsKey(target) ? target : fallback;
    }

    /** Shows these problems, the first one per field, and clears every other field. */
    public void show(List<InvalidInputException> problems) {
        Map<String, String> sentences = new LinkedHashMap<>();
        for (InvalidInputException problem : problems) {
            sentences.putIfAbsent(fieldFor(problem.field()), problem.getMessage());
        }
        byField.forEach((field, error) -> error.set(sentences.getOrDefault(field, "")));
        any.set(!sentences.isEmpty());
    }

    /** Every sentence shown now, in field order. */
    public List<String> sentences() {
        List<String> all = new ArrayList<>();
        byField.values().forEach(error -> {
            if (!error.get().isEmpty()) {
                all.add(error.get());
            }
        });
        return all;
    }

    /** True while any field shows a sentence. */
    public ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }

    public boolean any() {
        return any.get();
    }
}
