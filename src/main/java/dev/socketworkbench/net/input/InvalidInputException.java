package dev.socketworkbench.net.input;

/**
 * Input the user typed (in a field or on the command line) that cannot be used.
 * The message is one plain sentence that says what is wrong and what is expected;
 * {@link #field()} names the field so the UI can show it there.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The field the error belongs to, such as {@code port} or {@code payload}. */
    public String field() {
        return field;
    }
}
