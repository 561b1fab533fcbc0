package dev.socketworkbench.net.input;

import java.util.Locale;

/**
 * Reads a whole number typed by a user (a count, a time in milliseconds, a buffer size, a backlog), with
 * one sentence naming the value and what to type when it is wrong. Thousands separators ("1,000",
 * "1_000") are allowed. Ports have their own parser, {@link Ports}.
 */
public final class WholeNumbers {
    private WholeNumbers() { }

    /**
     * @param field the settings field the problem is filed under, e.g. {@code count}
     * @param what  how the sentence names the value, e.g. "count" or "reply timeout"
     * @param hint  what to type instead, e.g. "type how many datagrams to send, such as 1 or 100"
     */
    public static long parse(String field, String what, String text, long min, long max, String hint) throws InvalidInputException {
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
        } catch (NumberFormatException e) {   // only digits, yet no long: far too large or too small
            throw new InvalidInputException(field, "The " + what + " " + t + " is too " + (t.startsWith("-") ? "small" : "large")
                    + "; " + hint + ".");
        }
        if (value < min) {
            throw new InvalidInputException(field, "The " + what + " " + value + " is less than " + grouped(min) + "; " + hint + ".");
        }
        if (value > max) {
            throw new InvalidInputException(field, "The " + what + " " + grouped(value) + " is more than " + grouped(max) + "; " + hint + ".");
        }
        return value;
    }

    /** Like {@link #parse}, for values that fit in an int (milliseconds of a socket timeout, a backlog). */
    public static int parseInt(String field, String what, String text, int min, int max, String hint) throws InvalidInputException {
        return (int) parse(field, what, text, min, max, hint);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
