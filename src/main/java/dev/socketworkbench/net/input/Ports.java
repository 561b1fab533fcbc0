package dev.socketworkbench.net.input;

/** Parses port numbers typed by a user, with one clear sentence when they are wrong. */
public final class Ports {
    private Ports() { }

    /** A port a socket can be bound to or sent to: 1-65535. */
    public static int parse(String field, String text) throws InvalidInputException {
        return parse(field, text, 1);
    }

    /** Like {@link #parse(String, String)}, but allows 0 ("any free port") when {@code min} is 0. */
    public static int parse(String field, String text, int min) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        String range = min + "-65535";
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The port is empty; type a number from " + range + ".");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "The port \"" + t + "\" is not a number; type a number from " + range + ".");
        }
        if (value < min || value > 65535) {
            throw new InvalidInputException(field, "The port " + t + " is outside " + range + "; ports are 16-bit numbers and 0 is reserved.");
        }
        return (int) value;
    }

    public static void check(String field, int port, int min) throws InvalidInputException {
        parse(field, Integer.toString(port), min);
    }
}
