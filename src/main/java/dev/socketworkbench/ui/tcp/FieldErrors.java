package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The error sentence of each field of one form ("" when the field is fine). Problems are filed under
 * {@link InvalidInputException#field()}; a field name the form does not show goes to its first field,
 * so no sentence is ever dropped.
 */
final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();
    private final String fallback;

    /** @param fields the form's fields in reading order; the first one takes sentences about unknown fields */
    FieldErrors(String... fields) {
        for (String field : fields) {
            byField.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
        }
        fallback = fields[0];
    }

    ReadOnlyStringProperty of(String field) {
        return byField.get(field).getReadOnlyProperty();
    }

    /** Shows the first problem of each field and clears every other field. */
    void show(List<InvalidInputException> problems) {
        Map<String, String> sentences = new LinkedHashMap<>();
        for (InvalidInputException problem : problems) {
            String field = byField.containsKey(problem.field()) ? problem.field() : fallback;
            sentences.putIfAbsent(field, problem.getMessage());
        }
        byField.forEach((field, error) -> error.set(sentences.getOrDefault(field, "")));
    }

    /** Every sentence shown now, in field order. */
    List<String> sentences() {
        List<String> all = new ArrayList<>();
        byField.values().forEach(error -> {
            if (!error.get().isEmpty()) {
                all.add(error.get());
            }
        });
        return all;
    }
}
