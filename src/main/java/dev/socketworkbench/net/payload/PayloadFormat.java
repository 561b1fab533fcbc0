package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;

import java.util.Locale;

/**
 * How the user writes a payload: as plain text, as text with C-style escapes, or as hex bytes.
 * {@link PayloadCodec} turns each form into bytes and back.
 */
public enum PayloadFormat {
    /** The text itself, encoded in the chosen charset. */
    TEXT("Text", "text"),
    /** Text with {@code \n \r \t \0 \\} and raw bytes as {@code \xHH}. */
    ESCAPED("Text with escapes", "escaped"),
    /** Bytes written as hex digits, e.g. {@code 48 65 6c}. */
    HEX("Hex", "hex");

    private final String label;
    private final String cliName;

    PayloadFormat(String label, String cliName) {
        this.label = label;
        this.cliName = cliName;
    }

    /** What the UI shows, e.g. "Text with escapes". */
    public String label() {
        return label;
    }

    /** The lowercase name the command line accepts, e.g. {@code escaped}. */
    public String cliName() {
        return cliName;
    }

    /**
     * Parses a format name typed on the command line, ignoring case: {@code text}, {@code escaped}
     * (also {@code escapes}, {@code esc}) or {@code hex}.
     */
    public static PayloadFormat parse(String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "text", "txt" -> TEXT;
            case "escaped", "escapes", "esc" -> ESCAPED;
            case "hex" -> HEX;
            case "" -> throw new InvalidInputException("format",
                    "The payload format is empty; use text, escaped or hex.");
            default -> throw new InvalidInputException("format",
                    "The payload format \"" + text.strip() + "\" is unknown; use text, escaped or hex.");
        };
    }
}
