package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.Locale;

/**
 * Reads a whole number typed into a form field (a timeout, a backlog), with one sentence naming the
 * value and what to type when it is wrong. Ports have their own parser, {@link dev.socketworkbench.net.input.Ports}.
 */
final class NumberFields {
    private NumberFields() { }

    /**
     * @param field the model's field name, e.g. {@code backlog}
     * @param what  how the sentence names the value, e.g. "backlog"
     * @param hint  what to type instead, e.g. "type how many connections may wait, such as 5"
     */
    static int parse(String field, String what, String text, int min, int max, String hint) throws InvalidInputException {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The " + what + " is empty; " + hint + ".");
        }
        if (!t.matches("-?[0-9]+")) {
            throw new InvalidInputException(field, "The " + what + " \"" + text.strip() + "\" is not a whole number; " + hint + ".");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            value = t.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;   // more digits than a long holds
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, String.format(Locale.ROOT, "The %s %s is outside %,d-%,d; %s.",
                    what, t, min, max, hint));
        }
        return (int) value;
    }
}
