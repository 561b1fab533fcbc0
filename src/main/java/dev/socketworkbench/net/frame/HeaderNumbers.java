package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.Locale;

/**
 * Parses the numbers a user types into header fields (TTL, identification, an overridden
 * checksum or length): decimal such as {@code 64}, or hex with 0x such as {@code 0xb861}.
 */
public final class HeaderNumbers {
    private HeaderNumbers() { }

    /** A value from 0 to {@code max}; {@code what} names the field in the sentence, e.g. "The TTL". */
    public static int parse(String field, String what, String text, int max) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        String range = "from 0 to " + max + (max > 9 ? String.format(" (0x%x)", max) : "");
        if (t.isEmpty()) {
            throw new InvalidInputException(field, what + " is empty; type a number " + range + ".");
        }
        long value;
        try {
            String lower = t.toLowerCase(Locale.ROOT);
            value = lower.startsWith("0x") ? Long.parseLong(lower.substring(2), 16) : Long.parseLong(lower);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, what + " \"" + t + "\" is not a number; type decimal or hex with 0x, " + range + ".");
        }
        if (value < 0 || value > max) {
            throw new InvalidInputException(field, what + " " + t + " does not fit the field; type a number " + range + ".");
        }
        return (int) value;
    }

    /** For builders: {@code value} if it is 0 to {@code max}, else IllegalArgumentException naming {@code what}. */
    static int checkRange(String what, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " must be 0 to " + max + ", not " + value);
        }
        return value;
    }

    /** Like {@link #checkRange} but null (meaning "compute it") passes. */
    static Integer checkOverride(String what, Integer value, int max) {
        return value == null ? null : checkRange(what, value, max);
    }
}
