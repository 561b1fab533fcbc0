package dev.socketworkbench.cli;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads options whose value is one of an engine's enum constants, written on the command line in lower case
 * with hyphens ({@code --mode client-list}, {@code --threads virtual}, {@code --line-ending crlf}), with one
 * sentence that lists the choices when the value is none of them.
 */
final class Choices {
    private Choices() { }

    /** The constant of {@code type} that {@code text} names, ignoring case; {@code option} is e.g. {@code --mode}. */
    static <E extends Enum<E>> E parse(String option, String text, Class<E> type) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equalsIgnoreCase(t)) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Choices::name).toList();
        throw new InvalidInputException(option.replaceFirst("^-+", ""), "The " + option + " value \"" + t
                + "\" is not one of the choices; use " + String.join(", ", names.subList(0, names.size() - 1))
                + " or " + names.get(names.size() - 1) + ".");
    }

    /** How the command line writes {@code constant}: {@code CLIENT_LIST} as {@code client-list}. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
