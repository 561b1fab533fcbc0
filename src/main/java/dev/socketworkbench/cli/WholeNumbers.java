package dev.socketworkbench.cli;

import dev.socketworkbench.net.input.InvalidInputException;

/**
 * Reads the number options of the commands ({@code --count}, {@code --wait-ms}, ...) with one sentence
 * when the text is not a number. Whether the number makes sense (at least 1, not negative) is checked by
 * the engine's settings, so the command line and the window say the same thing about it.
 */
final class WholeNumbers {
    private WholeNumbers() { }

    /** The value of {@code option}, e.g. {@code --count}; {@code example} is a sensible value to suggest. */
    static long parseLong(String option, String text, String example) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (t.matches("[+-]?\\d+")) {
                throw new InvalidInputException(field(option), "The " + option + " value " + t
                        + " is out of range; use a number such as " + example + ".");
            }
            throw new InvalidInputException(field(option), "The " + option + " value \"" + t
                    + "\" is not a whole number; type digits only, such as " + example + ".");
        }
    }

    /** Like {@link #parseLong}, for options that fit in an int (milliseconds of a socket timeout, buffer sizes). */
    static int parseInt(String option, String text, String example) throws InvalidInputException {
        long value = parseLong(option, text, example);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new InvalidInputException(field(option), "The " + option + " value " + value
                    + " is out of range; use a number such as " + example + ".");
        }
        return (int) value;
    }

    private static String field(String option) {
        return option.replaceFirst("^-+", "");
    }
}
