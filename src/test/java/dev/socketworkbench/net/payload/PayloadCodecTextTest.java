package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadCodecTextTest {

    private static byte[] text(String input, Charset charset) throws InvalidInputException {
        return PayloadCodec.encode(input, PayloadFormat.TEXT, charset);
    }

    private static String error(String input, Charset charset) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text(input, charset));
        assertEquals("payload", e.field());
        return e.getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UTF_8      | Hi \u00e9\u20ac | 486920c3a9e282ac",
            "ISO_8859_1 | Hi \u00e9       | 486920e9",
            "US_ASCII   | Hi \\n          | 4869205c6e",
            "UTF_16     | Hi!             | 004800690021"})
    void encodesInTheCharset(PayloadEncoding encoding, String input, String expectedHex) throws InvalidInputException {
        assertArrayEquals(HexFormat.of().parseHex(expectedHex), text(input, encoding.charset()));
    }

    @Test
    void utf16HasNoByteOrderMark() throws InvalidInputException {
        assertArrayEquals(new byte[] {0, 'A'}, text("A", PayloadEncoding.UTF_16.charset()));
    }

    @Test
    void backslashesAreJustText() throws InvalidInputException {
        assertArrayEquals("a\\x41\\".getBytes(StandardCharsets.US_ASCII), text("a\\x41\\", StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @EnumSource(PayloadEncoding.class)
    void emptyAndNullAreNoBytes(PayloadEncoding encoding) throws InvalidInputException {
        assertArrayEquals(new byte[0], text("", encoding.charset()));
        assertArrayEquals(new byte[0], text(null, encoding.charset()));
    }

    @Test
    void aCharacterTheCharsetCannotWriteIsAnErrorNotAQuestionMark() {
        assertEquals("The character '\u00e9' at position 4 cannot be written in US-ASCII; choose UTF-8 or remove the character.",
                error("caf\u00e9", StandardCharsets.US_ASCII));
        assertEquals("The character '\u20ac' at position 1 cannot be written in ISO-8859-1; choose UTF-8 or remove the character.",
                error("\u20ac5", StandardCharsets.ISO_8859_1));
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        assertEquals("The character '\uD83D\uDE00' at position 3 cannot be written in ISO-8859-1; choose UTF-8 or remove the character.",
                error("\u00e9a\uD83D\uDE00", StandardCharsets.ISO_8859_1));
        // The emoji is two Java chars but one character, so the lone surrogate after it is the 3rd character.
        assertEquals("Malformed text at position 3: U+DE00 is half of a surrogate pair, not a whole character; retype or remove it.",
                error("a\uD83D\uDE00\uDE00", StandardCharsets.UTF_8));
    }

    @Test
    void anInvisibleCharacterIsNamedByCodePoint() {
        assertEquals("The character U+00A0 at position 2 cannot be written in US-ASCII; choose UTF-8 or remove the character.",
                error("a\u00a0b", StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @EnumSource(PayloadEncoding.class)
    void aLoneSurrogateIsMalformedInEveryCharset(PayloadEncoding encoding) {
        assertEquals("Malformed text at position 3: U+DE00 is half of a surrogate pair, not a whole character; retype or remove it.",
                error("ab\uDE00c", encoding.charset()));
        assertEquals("Malformed text at position 2: U+D83D is half of a surrogate pair, not a whole character; retype or remove it.",
                error("a\uD83D", encoding.charset()));
    }

    @Test
    void decodeReplacesInvalidBytesForDisplay() {
        assertEquals("caf\u00e9", PayloadCodec.decode(HexFormat.of().parseHex("636166c3a9"), PayloadFormat.TEXT, StandardCharsets.UTF_8));
        assertEquals("a\uFFFDb", PayloadCodec.decode(HexFormat.of().parseHex("61ff62"), PayloadFormat.TEXT, StandardCharsets.UTF_8));
        assertEquals("a\uFFFDb", PayloadCodec.decode(HexFormat.of().parseHex("61e962"), PayloadFormat.TEXT, StandardCharsets.US_ASCII));
        assertEquals("", PayloadCodec.decode(new byte[0], PayloadFormat.TEXT, StandardCharsets.UTF_8));
    }

    @Test
    void encodesALargeTextCompletely() throws InvalidInputException {
        // Larger than the first buffer guess for UTF-8 (about 1.1 bytes a character), so it must grow.
        String s = "\u20ac".repeat(40_000);
        byte[] b = text(s, StandardCharsets.UTF_8);
        assertEquals(120_000, b.length);
        assertEquals(s, new String(b, StandardCharsets.UTF_8));
    }
}
