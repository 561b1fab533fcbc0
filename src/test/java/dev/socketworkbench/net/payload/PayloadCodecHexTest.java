package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadCodecHexTest {

    private static byte[] hex(String input) throws InvalidInputException {
        return PayloadCodec.encode(input, PayloadFormat.HEX, StandardCharsets.UTF_8);
    }

    private static InvalidInputException hexError(String input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> hex(input));
        assertEquals("payload", e.field());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "48 65 6c", "48656c", "0x48 0x65 0x6c", "0X48 0X65 0X6C", "48,65,6c", "48:65:6c", "48;65;6c",
            "48-65-6c", "48 65 6C", "  48\t65\r\n6c\n", "48, 65, 6c", "0x48,0x65,0x6c", "0x4865 6c", "0x48656c",
            "4865\n6c", "48 \t\n 65 ,: 6c"})
    void acceptsTheUsualSpellings(String input) throws InvalidInputException {
        assertArrayEquals(new byte[] {0x48, 0x65, 0x6c}, hex(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4          | 04",
            "0x4        | 04",
            "0XF        | 0f",
            "4 5 6      | 040506",
            "a,bc,0x1   | 0abc01",
            "ff FF fF   | ffffff",
            "00         | 00",
            "0          | 00",
            "0x00       | 00"})
    void aSeparatedSingleDigitIsOneByte(String input, String expected) throws InvalidInputException {
        assertArrayEquals(HexFormat.of().parseHex(expected), hex(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", ",,:;--"})
    void emptyOrOnlySeparatorsIsNoBytes(String input) throws InvalidInputException {
        assertArrayEquals(new byte[0], hex(input));
    }

    @Test
    void nullIsNoBytes() throws InvalidInputException {
        assertArrayEquals(new byte[0], hex(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "48 65 6g       | Malformed hex at position 8: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "g              | Malformed hex at position 1: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "48x65          | Malformed hex at position 3: 'x' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "0x0x48         | Malformed hex at position 4: 'x' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "\\x48          | Malformed hex at position 1: '\\' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "48.65          | Malformed hex at position 3: '.' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "0xg1           | Malformed hex at position 3: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
            "48 0x          | Malformed hex at position 4: 0x must be followed by hex digits, such as 0x0a.",
            "0x 41          | Malformed hex at position 1: 0x must be followed by hex digits, such as 0x0a.",
            "abc            | Malformed hex at position 1: an odd number of hex digits (3) runs together there; write two digits per byte, such as 0a bc, or put spaces between the bytes.",
            "48 656c6       | Malformed hex at position 4: an odd number of hex digits (5) runs together there; write two digits per byte, such as 0a bc, or put spaces between the bytes.",
            "0x123          | Malformed hex at position 3: an odd number of hex digits (3) runs together there; write two digits per byte, such as 0a bc, or put spaces between the bytes."})
    void errorsNameThePositionAndTheReason(String input, String sentence) {
        assertEquals(sentence, hexError(input).getMessage());
    }

    @Test
    void anEmojiIsQuotedAsItself() {
        assertEquals("Malformed hex at position 2: '\uD83D\uDE00' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
                hexError("4\uD83D\uDE00").getMessage());
    }

    @Test
    void invisibleCharactersAreNamedByCodePoint() {
        // U+200B ZERO WIDTH SPACE is not whitespace to Java, and would be invisible between quotes.
        assertEquals("Malformed hex at position 3: U+200B is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
                hexError("48\u200B65").getMessage());
    }

    @Test
    void fullWidthDigitsAreNotHexDigits() {
        // Character.digit would accept U+FF11 FULLWIDTH DIGIT ONE; HexFormat (and the wire) do not.
        assertEquals("Malformed hex at position 1: '\uFF11' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
                hexError("\uFF11\uFF11").getMessage());
    }

    @Test
    void aLongRunOfOddLengthIsRefusedWithItsLength() {
        String run = "a".repeat(12_345);
        assertEquals("Malformed hex at position 3: an odd number of hex digits (12,345) runs together there; "
                + "write two digits per byte, such as 0a bc, or put spaces between the bytes.", hexError("0x" + run).getMessage());
    }

    @Test
    void encodesSixtyFourKilobytesOfSpacedHex() throws InvalidInputException {
        byte[] data = new byte[65_536];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        String spaced = HexFormat.ofDelimiter(" ").formatHex(data);
        assertArrayEquals(data, hex(spaced));
        assertArrayEquals(data, hex(HexFormat.of().formatHex(data)));
        assertArrayEquals(data, hex(HexFormat.ofDelimiter(", ").withPrefix("0x").withUpperCase().formatHex(data)));
    }

    @Test
    void decodeShowsSpacedLowercaseHex() {
        assertEquals("48 65 6c 00 ff", PayloadCodec.decode(new byte[] {0x48, 0x65, 0x6c, 0, -1}, PayloadFormat.HEX,
                StandardCharsets.UTF_8));
        assertEquals("", PayloadCodec.decode(new byte[0], PayloadFormat.HEX, StandardCharsets.UTF_8));
    }
}
