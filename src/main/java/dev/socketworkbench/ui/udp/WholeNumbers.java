package dev.socketworkbench.ui.udp;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.Locale;

/**
 * Reads a whole number typed into a form field (a count, a time in milliseconds, a buffer size), with
 * one sentence naming the value and what to type when it is wrong. Ports have their own parser,
 * {@link dev.socketworkbench.net.input.Ports}.
 */
final class WholeNumbers {
    private WholeNumbers() { }

    /**
     * @param field the model's field name, e.g. {@code count}
     * @param what  how the sentence names the value, e.g. "count" or "interval"
     * @param hint  what to type instead, e.g. "type how many datagrams to send, such as 1 or 100"
     */
    static long parse(String field, String what, String text, long min, long max, String hint) throws InvalidInputException {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The " + what + " is empty; " + hint + ".");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            boolean digits = t.chars().allMatch(c -> c >= '0' && c <= '9') && !t.isEmpty();
            if (digits) {   // only digits, yet no long: far too large
                throw new InvalidInputException(field, "The " + what + " " + t + " is too large; " + hint + ".");
            }
            throw new InvalidInputException(field, "The " + what + " \"" + text.strip() + "\" is not a whole number; " + hint + ".");
        }
        if (value < min) {
            throw new InvalidInputException(field, "The " + what + " " + value + " is less than " + grouped(min) + "; " + hint + ".");
        }
        if (value > max) {
            throw new InvalidInputException(field, "The " + what + " " + grouped(value) + " is more than " + grouped(max) + "; " + hint + ".");
        }
        return value;
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
