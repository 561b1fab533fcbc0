package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadFormatTest {

    @Test
    void labelsAreForUsers() {
        assertEquals("Text", PayloadFormat.TEXT.label());
        assertEquals("Text with escapes", PayloadFormat.ESCAPED.label());
        assertEquals("Hex", PayloadFormat.HEX.label());
    }

    @ParameterizedTest
    @CsvSource({"text, TEXT", "TEXT, TEXT", "txt, TEXT", "escaped, ESCAPED", "Escapes, ESCAPED", "esc, ESCAPED",
            "hex, HEX", "' HEX ', HEX"})
    void parsesNamesIgnoringCase(String name, PayloadFormat expected) throws InvalidInputException {
        assertEquals(expected, PayloadFormat.parse(name));
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void parsesItsOwnCliName(PayloadFormat f) throws InvalidInputException {
        assertEquals(f, PayloadFormat.parse(f.cliName()));
    }

    @Test
    void refusesUnknownAndEmpty() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PayloadFormat.parse("base64"));
        assertEquals("format", e.field());
        assertEquals("The payload format \"base64\" is unknown; use text, escaped or hex.", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> PayloadFormat.parse(" "));
        assertEquals("The payload format is empty; use text, escaped or hex.", e.getMessage());
    }
}
