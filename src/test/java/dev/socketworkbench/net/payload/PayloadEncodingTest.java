package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadEncodingTest {

    @ParameterizedTest
    @CsvSource({
            "utf-8, UTF_8", "UTF-8, UTF_8", "utf8, UTF_8", "Utf_8, UTF_8", "' utf-8 ', UTF_8",
            "iso-8859-1, ISO_8859_1", "ISO8859_1, ISO_8859_1", "latin1, ISO_8859_1", "Latin-1, ISO_8859_1",
            "cp819, ISO_8859_1",
            "ascii, US_ASCII", "US-ASCII, US_ASCII", "usascii, US_ASCII", "ASCII, US_ASCII",
            "utf-16, UTF_16", "UTF16, UTF_16", "utf-16be, UTF_16", "UTF_16BE, UTF_16"})
    void parsesCommonSpellings(String name, PayloadEncoding expected) throws InvalidInputException {
        assertEquals(expected, PayloadEncoding.parse(name));
    }

    @ParameterizedTest
    @EnumSource(PayloadEncoding.class)
    void parsesItsOwnCliNameAndCharsetName(PayloadEncoding e) throws InvalidInputException {
        assertEquals(e, PayloadEncoding.parse(e.cliName()));
        assertEquals(e, PayloadEncoding.parse(e.charset().name()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16le", "utf-32", "ebcdic", "cp1252", "no such thing!", "ut f8x"})
    void refusesOthersListingTheValidNames(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PayloadEncoding.parse(name));
        assertEquals("encoding", e.field());
        assertEquals("The encoding \"" + name.strip() + "\" is not supported; "
                + "use one of utf-8, iso-8859-1 (latin1), us-ascii (ascii) or utf-16.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesEmpty(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PayloadEncoding.parse(name));
        assertEquals("encoding", e.field());
        assertEquals("The encoding is empty; use one of utf-8, iso-8859-1 (latin1), us-ascii (ascii) or utf-16.",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> PayloadEncoding.parse(null));
    }

    @Test
    void utf16IsBigEndianWithoutByteOrderMark() {
        assertEquals(StandardCharsets.UTF_16BE, PayloadEncoding.UTF_16.charset());
    }

    @Test
    void everyEncodingHasAUserLabel() {
        assertEquals("UTF-8", PayloadEncoding.UTF_8.label());
        assertEquals("ISO-8859-1 (Latin-1)", PayloadEncoding.ISO_8859_1.label());
        assertEquals("US-ASCII", PayloadEncoding.US_ASCII.label());
        assertEquals("UTF-16 (big-endian)", PayloadEncoding.UTF_16.label());
    }
}
