package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadCodecEscapedTest {

    private static byte[] escaped(String input, Charset charset) throws InvalidInputException {
        return PayloadCodec.encode(input, PayloadFormat.ESCAPED, charset);
    }

    private static String error(String input, Charset charset) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> escaped(input, charset));
        assertEquals("payload", e.field());
        return e.getMessage();
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\\nb         | 610a62",
            "\\r\\n        | 0d0a",
            "\\t           | 09",
            "\\0           | 00",
            "\\012         | 003132",
            "\\\\          | 5c",
            "\\\\n         | 5c6e",
            "\\x41         | 41",
            "\\xfF\\x00    | ff00",
            "\\x414        | 4134",
            "GET / HTTP/1.0\\r\\n\\r\\n | 474554202f20485454502f312e300d0a0d0a",
            "plain         | 706c61696e"})
    void escapesBecomeTheirCharacters(String input, String expectedHex) throws InvalidInputException {
        assertArrayEquals(bytes(expectedHex), escaped(input, StandardCharsets.UTF_8));
    }

    @Test
    void xHHIsARawByteNotACharacter() throws InvalidInputException {
        // In UTF-8 the character U+00E9 is c3 a9, but \xe9 is the single byte e9.
        assertArrayEquals(bytes("e9"), escaped("\\xe9", StandardCharsets.UTF_8));
        assertArrayEquals(bytes("c3a9"), escaped("\u00e9", StandardCharsets.UTF_8));
        // In UTF-16 \x41 is one byte, while the text "A" is two.
        assertArrayEquals(bytes("41"), escaped("\\x41", StandardCharsets.UTF_16BE));
        assertArrayEquals(bytes("0041"), escaped("A", StandardCharsets.UTF_16BE));
    }

    @Test
    void namedEscapesAreCharactersInTheCharset() throws InvalidInputException {
        assertArrayEquals(bytes("0061000a0000005c0062"), escaped("a\\n\\0\\\\b", StandardCharsets.UTF_16BE));
    }

    @Test
    void textAroundEscapesUsesTheCharset() throws InvalidInputException {
        assertArrayEquals(bytes("c3a90a"), escaped("\u00e9\\n", StandardCharsets.UTF_8));
        assertArrayEquals(bytes("e90a"), escaped("\u00e9\\n", StandardCharsets.ISO_8859_1));
        assertArrayEquals(bytes("f09f988041"), escaped("\uD83D\uDE00\\x41", StandardCharsets.UTF_8));
    }

    @Test
    void emptyAndNullAreNoBytes() throws InvalidInputException {
        assertArrayEquals(new byte[0], escaped("", StandardCharsets.UTF_8));
        assertArrayEquals(new byte[0], escaped(null, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ab\\q       | Unknown escape \\q at position 3; use \\n \\r \\t \\0 \\\\ or \\xHH.",
            "\\X41       | Unknown escape \\X at position 1; use \\n \\r \\t \\0 \\\\ or \\xHH.",
            "\\N         | Unknown escape \\N at position 1; use \\n \\r \\t \\0 \\\\ or \\xHH.",
            "ab\\x4      | Malformed escape at position 3: \\x needs two hex digits, such as \\x0a or \\xFF.",
            "ab\\x       | Malformed escape at position 3: \\x needs two hex digits, such as \\x0a or \\xFF.",
            "\\xg0       | Malformed escape at position 1: \\x needs two hex digits, such as \\x0a or \\xFF.",
            "\\x0g       | Malformed escape at position 1: \\x needs two hex digits, such as \\x0a or \\xFF.",
            "abc\\\\\\   | Malformed escape at position 6: the text ends with a lone backslash; write \\\\ for a backslash itself.",
            "\\          | Malformed escape at position 1: the text ends with a lone backslash; write \\\\ for a backslash itself."})
    void errorsNameThePositionAndTheReason(String input, String sentence) {
        assertEquals(sentence, error(input, StandardCharsets.UTF_8));
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        // The emoji is two Java chars but one character to the user, so the backslash is the 2nd character.
        assertEquals("Unknown escape \\q at position 2; use \\n \\r \\t \\0 \\\\ or \\xHH.",
                error("\uD83D\uDE00\\q", StandardCharsets.UTF_8));
    }

    @Test
    void anInvisibleCharacterAfterABackslashIsNamed() {
        assertEquals("Unknown escape '\\' followed by U+0009 at position 1; use \\n \\r \\t \\0 \\\\ or \\xHH.",
                error("\\\t", StandardCharsets.UTF_8));
    }

    @Test
    void textTheCharsetCannotWriteIsAnError() {
        assertEquals("The character '\u00e9' at position 5 cannot be written in US-ASCII; choose UTF-8 or write its bytes as \\xHH.",
                error("\\x41\u00e9", StandardCharsets.US_ASCII));
        assertEquals("The character '\u20ac' at position 2 cannot be written in ISO-8859-1; choose UTF-8 or write its bytes as \\xHH.",
                error("a\u20ac\\n", StandardCharsets.ISO_8859_1));
    }

    @Test
    void aLoneSurrogateBeforeAnEscapeIsAnError() {
        assertEquals("Malformed text at position 2: U+D83D is half of a surrogate pair, not a whole character; retype or remove it.",
                error("a\uD83D\\n", StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "610a62           | a\\nb",
            "0d0a09005c       | \\r\\n\\t\\0\\\\",
            "01027f           | \\x01\\x02\\x7f",
            "20               | ' '",
            "c3a9             | \u00e9",
            "e9               | \\xe9",
            "c2a0             | \\xc2\\xa0",
            "e2808b           | \\xe2\\x80\\x8b",
            "f09f9880         | \uD83D\uDE00",
            "eda0bd           | \\xed\\xa0\\xbd",
            "c0af             | \\xc0\\xaf"})
    void decodeShowsInvisibleAndInvalidBytesAsEscapesInUtf8(String hex, String expected) {
        assertEquals(expected, PayloadCodec.decode(bytes(hex), PayloadFormat.ESCAPED, StandardCharsets.UTF_8));
    }

    @Test
    void decodeInOtherCharsets() {
        assertEquals("\u00e9\\xa0\\x85", PayloadCodec.decode(bytes("e9a085"), PayloadFormat.ESCAPED, StandardCharsets.ISO_8859_1));
        assertEquals("A\\xe9", PayloadCodec.decode(bytes("41e9"), PayloadFormat.ESCAPED, StandardCharsets.US_ASCII));
        assertEquals("A\\n\\0\\x00\\x01", PayloadCodec.decode(bytes("0041000a00000001"), PayloadFormat.ESCAPED,
                StandardCharsets.UTF_16BE));
        // A trailing odd byte and a lone surrogate are not UTF-16 characters.
        assertEquals("A\\x42", PayloadCodec.decode(bytes("004142"), PayloadFormat.ESCAPED, StandardCharsets.UTF_16BE));
        assertEquals("\\xd8\\x3dA", PayloadCodec.decode(bytes("d83d0041"), PayloadFormat.ESCAPED, StandardCharsets.UTF_16BE));
        // A byte order mark from a peer stays visible.
        assertEquals("\\xfe\\xffA", PayloadCodec.decode(bytes("feff0041"), PayloadFormat.ESCAPED, StandardCharsets.UTF_16BE));
    }

    @Test
    void decodeOfNothingIsEmpty() {
        assertEquals("", PayloadCodec.decode(new byte[0], PayloadFormat.ESCAPED, StandardCharsets.UTF_8));
    }
}
