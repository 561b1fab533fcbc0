package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns what the user typed into the bytes a socket sends, and received bytes back into text to show.
 * Every tab and the command line use it, so a payload means the same thing everywhere.
 *
 * <h2>Formats</h2>
 * <ul>
 *   <li>{@link PayloadFormat#TEXT}: the text encoded in the charset. A character the charset cannot
 *       represent (such as 'é' in US-ASCII) is an error, never a silent '?'.</li>
 *   <li>{@link PayloadFormat#ESCAPED}: text where {@code \n \r \t \0 \\} stand for those characters
 *       (encoded in the charset, so {@code \n} is {@code 00 0a} in UTF-16) and {@code \xHH} (exactly two
 *       hex digits, either case) is one raw byte. {@code \0} is always just NUL: {@code \012} is NUL,
 *       '1', '2', not octal.</li>
 *   <li>{@link PayloadFormat#HEX}: bytes as hex digits. Tokens are separated by whitespace, commas,
 *       colons, semicolons or hyphens, and may start with {@code 0x}/{@code 0X}. A token of one digit
 *       ({@code 4}, {@code 0x4}) is one byte ({@code 04}); a longer token must have an even number of
 *       digits and is read two digits per byte ({@code 48656c}, {@code 0x4865}).</li>
 * </ul>
 * Positions in error sentences are 1-based and count characters as the user sees them
 * (code points, so an emoji counts once).
 *
 * <h2>Round trips</h2>
 * {@link #decode} with {@code ESCAPED} shows printable characters as themselves, the five named escapes
 * for their characters, other invisible characters (controls, format characters, non-ASCII spaces,
 * unassigned code points) as the {@code \xHH} bytes the charset writes for them, and bytes that are not
 * valid in the charset as {@code \xHH}. So {@code encode(decode(b, ESCAPED, cs), ESCAPED, cs)} gives back
 * {@code b} for any bytes in each {@link PayloadEncoding}; {@code HEX} round-trips any bytes too.
 */
public final class PayloadCodec {
    /** The largest UDP payload over IPv4: 65,535 minus the 20-byte IPv4 header and the 8-byte UDP header. */
    public static final int MAX_UDP_PAYLOAD = 65_507;

    private static final String FIELD = "payload";
    /** For {@code ByteCollector.appendText}: report errors at the text's own index. */
    private static final int OWN_INDEX = -1;
    private static final HexFormat HEX = HexFormat.of();

    private PayloadCodec() { }

    /**
     * The bytes that {@code input}, written in {@code format}, stands for.
     *
     * @param input   what the user typed; null counts as empty
     * @throws InvalidInputException (field {@code payload}) naming the position and what is wrong there
     */
    public static byte[] encode(String input, PayloadFormat format, Charset charset) throws InvalidInputException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        String text = input == null ? "" : input;
        return switch (format) {
            case TEXT -> encodeText(text, charset);
            case ESCAPED -> encodeEscaped(text, charset);
            case HEX -> encodeHex(text);
        };
    }

    /**
     * The text that shows {@code data} in {@code format}: the inverse of {@link #encode}.
     * {@code TEXT} replaces bytes that are not valid in the charset with U+FFFD, so it is for display
     * only; {@code ESCAPED} and {@code HEX} round-trip exactly. {@code HEX} gives {@code 48 65 6c}.
     */
    public static String decode(byte[] data, PayloadFormat format, Charset charset) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        return switch (format) {
            case TEXT -> new String(data, charset);
            case ESCAPED -> decodeEscaped(data, charset);
            case HEX -> HexDump.spaced(data);
        };
    }

    /** Refuses a payload too large for one UDP datagram over IPv4 ({@value #MAX_UDP_PAYLOAD} bytes). */
    public static void checkUdpSize(byte[] payload) throws InvalidInputException {
        if (payload.length > MAX_UDP_PAYLOAD) {
            throw new InvalidInputException(FIELD, String.format(Locale.ROOT,
                    "The payload is %,d bytes; a UDP datagram carries at most %,d bytes over IPv4, "
                            + "so shorten it or send it over TCP.", payload.length, MAX_UDP_PAYLOAD));
        }
    }

    // ---- TEXT ----

    private static byte[] encodeText(String input, Charset charset) throws InvalidInputException {
        ByteCollector out = new ByteCollector(charset, input, PayloadFormat.TEXT);
        out.appendText(input, 0, input.length(), OWN_INDEX);
        return out.toByteArray();
    }

    // ---- ESCAPED ----

    private static byte[] encodeEscaped(String input, Charset charset) throws InvalidInputException {
        ByteCollector out = new ByteCollector(charset, input, PayloadFormat.ESCAPED);
        int len = input.length();
        int runStart = 0;
        int i = 0;
        while (i < len) {
            if (input.charAt(i) != '\\') {
                i++;
                continue;
            }
            out.appendText(input, runStart, i, OWN_INDEX);
            if (i + 1 >= len) {
                throw new InvalidInputException(FIELD, "Malformed escape at position " + position(input, i)
                        + ": the text ends with a lone backslash; write \\\\ for a backslash itself.");
            }
            char e = input.charAt(i + 1);
            String named = switch (e) {
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case '0' -> "\0";
                case '\\' -> "\\";
                default -> null;
            };
            if (named != null) {
                out.appendText(named, 0, 1, i);
                i += 2;
            } else if (e == 'x') {
                if (i + 3 >= len
                        || !HexFormat.isHexDigit(input.charAt(i + 2)) || !HexFormat.isHexDigit(input.charAt(i + 3))) {
                    throw new InvalidInputException(FIELD, "Malformed escape at position " + position(input, i)
                            + ": \\x needs two hex digits, such as \\x0a or \\xFF.");
                }
                out.appendByte(HexFormat.fromHexDigits(input, i + 2, i + 4));
                i += 4;
            } else {
                String what = isShownAsIs(input.codePointAt(i + 1))
                        ? "\\" + Character.toString(input.codePointAt(i + 1))
                        : "'\\' followed by " + codePointName(input.codePointAt(i + 1));
                throw new InvalidInputException(FIELD, "Unknown escape " + what + " at position " + position(input, i)
                        + "; use \\n \\r \\t \\0 \\\\ or \\xHH.");
            }
            runStart = i;
        }
        out.appendText(input, runStart, len, OWN_INDEX);
        return out.toByteArray();
    }

    private static String decodeEscaped(byte[] data, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetEncoder encoder = charset.newEncoder();
        int codeUnit = Math.max(1, (int) encoder.averageBytesPerChar()); // 2 for UTF-16, 1 for UTF-8 and the rest
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer chars = CharBuffer.allocate((int) Math.ceil(data.length * (double) decoder.maxCharsPerByte()) + 16);
        StringBuilder out = new StringBuilder(data.length + 16);
        while (true) {
            CoderResult r = decoder.decode(in, chars, true);
            if (r.isUnderflow()) {
                r = decoder.flush(chars);
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(chars.capacity() * 2);
                chars.flip();
                chars = bigger.put(chars);
                continue;
            }
            chars.flip();
            renderChars(chars, encoder, out);
            chars.clear();
            if (r.isUnderflow()) {
                return out.toString();
            }
            // Malformed or unmappable bytes: show them as they are. Skip one code unit at most, then decode
            // again: the UTF-16 decoder reports a lone high surrogate together with the valid unit after it.
            for (int k = Math.min(r.length(), codeUnit); k > 0; k--) {
                appendByteEscape(out, in.get());
            }
        }
    }

    private static void renderChars(CharBuffer chars, CharsetEncoder encoder, StringBuilder out) {
        String s = chars.toString();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (isShownAsIs(cp)) {
                        out.append(s, i, i + n);
                    } else {
                        // An invisible character: show the bytes the charset writes for it.
                        try {
                            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(s, i, i + n));
                            while (bytes.hasRemaining()) {
                                appendByteEscape(out, bytes.get());
                            }
                        } catch (CharacterCodingException e) {
                            // Cannot happen for characters the decoder just produced; keep the text visible anyway.
                            out.append(s, i, i + n);
                        }
                    }
                }
            }
            i += n;
        }
    }

    private static void appendByteEscape(StringBuilder out, byte b) {
        out.append("\\x");
        HEX.toHexDigits(out, b);
    }

    /** True if a code point can be shown as itself without the user mistaking it for something else; the CLI uses it to pick text or hex. */
    public static boolean isShownAsIs(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> false;
            default -> true;
        };
    }

    // ---- HEX ----

    private static byte[] encodeHex(String input) throws InvalidInputException {
        int len = input.length();
        // Each byte takes at least two characters, except a lone one-digit token: "4 5" is 3 chars, 2 bytes.
        byte[] out = new byte[(len + 1) / 2];
        int n = 0;
        int i = 0;
        while (i < len) {
            char c = input.charAt(i);
            if (isHexSeparator(c)) {
                i++;
                continue;
            }
            int tokenStart = i;
            if (c == '0' && i + 1 < len && (input.charAt(i + 1) | 0x20) == 'x') {
                i += 2;
            }
            int runStart = i;
            while (i < len && HexFormat.isHexDigit(input.charAt(i))) {
                i++;
            }
            if (i < len && !isHexSeparator(input.charAt(i))) {
                throw new InvalidInputException(FIELD, "Malformed hex at position " + position(input, i) + ": "
                        + quoted(input.codePointAt(i)) + " is not a hex digit; use 0-9 and a-f, with spaces between bytes.");
            }
            int runLength = i - runStart;
            if (runLength == 0) {
                throw new InvalidInputException(FIELD, "Malformed hex at position " + position(input, tokenStart)
                        + ": 0x must be followed by hex digits, such as 0x0a.");
            }
            if (runLength == 1) {
                out[n++] = (byte) HexFormat.fromHexDigit(input.charAt(runStart));
            } else if (runLength % 2 != 0) {
                throw new InvalidInputException(FIELD, String.format(Locale.ROOT,
                        "Malformed hex at position %d: an odd number of hex digits (%,d) runs together there; "
                                + "write two digits per byte, such as 0a bc, or put spaces between the bytes.",
                        position(input, runStart), runLength));
            } else {
                for (int j = runStart; j < i; j += 2) {
                    out[n++] = (byte) HexFormat.fromHexDigits(input, j, j + 2);
                }
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean isHexSeparator(char c) {
        return c == ',' || c == ':' || c == ';' || c == '-' || Character.isWhitespace(c);
    }

    // ---- shared ----

    /** The 1-based position of {@code charIndex} as the user counts characters (code points). */
    private static int position(String input, int charIndex) {
        return input.codePointCount(0, charIndex) + 1;
    }

    /** 'g' for a visible character, U+200B for an invisible one. */
    private static String quoted(int cp) {
        return isShownAsIs(cp) ? "'" + Character.toString(cp) + "'" : codePointName(cp);
    }

    private static String codePointName(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** Collects encoded bytes, growing as needed, and explains characters the charset cannot write. */
    private static final class ByteCollector {
        private final CharsetEncoder encoder;
        private final String input;
        private final PayloadFormat format;
        private ByteBuffer out;

        ByteCollector(Charset charset, String input, PayloadFormat format) {
            this.encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.input = input;
            this.format = format;
            this.out = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                    (long) Math.ceil(input.length() * (double) encoder.averageBytesPerChar())) + 16);
        }

        /**
         * Encodes {@code text[start, end)}. An error is reported at {@code reportAt} in the input, or at
         * its own index when that is {@link #OWN_INDEX} ({@code text} is then the input itself); an escape
         * passes its backslash's index.
         */
        void appendText(String text, int start, int end, int reportAt) throws InvalidInputException {
            if (start == end) {
                return;
            }
            encoder.reset();
            CharBuffer in = CharBuffer.wrap(text, start, end);
            CoderResult r;
            do {
                r = encoder.encode(in, out, true);
                if (r.isUnderflow()) {
                    r = encoder.flush(out);
                }
                if (r.isOverflow()) {
                    grow(Math.max(16, (int) ((in.remaining() + 1) * encoder.maxBytesPerChar())));
                } else if (r.isError()) {
                    throw unwritable(text, in.position(), reportAt, r.isMalformed());
                }
            } while (!r.isUnderflow());
        }

        void appendByte(int b) {
            if (!out.hasRemaining()) {
                grow(16);
            }
            out.put((byte) b);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(out.array(), out.position());
        }

        private void grow(int atLeast) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.capacity() + atLeast));
            out.flip();
            out = bigger.put(out);
        }

        private InvalidInputException unwritable(String text, int index, int reportAt, boolean malformed) {
            int cp = text.codePointAt(index);
            int pos = position(input, reportAt == OWN_INDEX ? index : reportAt);
            if (malformed) {
                return new InvalidInputException(FIELD, "Malformed text at position " + pos + ": "
                        + codePointName(cp) + " is half of a surrogate pair, not a whole character; retype or remove it.");
            }
            String fix = format == PayloadFormat.ESCAPED
                    ? "choose UTF-8 or write its bytes as \\xHH."
                    : "choose UTF-8 or remove the character.";
            return new InvalidInputException(FIELD, "The character " + quoted(cp) + " at position " + pos
                    + " cannot be written in " + encoder.charset().name() + "; " + fix);
        }
    }
}
