package dev.socketworkbench.net.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WholeNumbersTest {
    private static final String HINT = "type how many, such as 5";

    private static String problem(String text, long min, long max) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WholeNumbers.parse("count", "count", text, min, max, HINT));
        assertEquals("count", e.field());
        return e.getMessage();
    }

    @Test
    void readsDigitsWithThousandsSeparatorsAndSpaces() throws Exception {
        assertEquals(1000, WholeNumbers.parse("count", "count", " 1,000 ", 1, 10_000, HINT));
        assertEquals(1000, WholeNumbers.parseInt("count", "count", "1_000", 1, 10_000, HINT));
        assertEquals(-3, WholeNumbers.parse("count", "count", "-3", -5, 5, HINT));
    }

    @Test
    void saysWhatIsWrongAndWhatToType() {
        assertEquals("The count is empty; type how many, such as 5.", problem("  ", 1, 10));
        assertEquals("The count is empty; type how many, such as 5.", problem(null, 1, 10));
        assertEquals("The count \"ten\" is not a whole number; type how many, such as 5.", problem("ten", 1, 10));
        assertEquals("The count \"1.5\" is not a whole number; type how many, such as 5.", problem("1.5", 1, 10));
        assertEquals("The count 0 is less than 1; type how many, such as 5.", problem("0", 1, 10));
        assertEquals("The count 20,000 is more than 10,000; type how many, such as 5.", problem("20000", 1, 10_000));
        assertEquals("The count 99999999999999999999 is too large; type how many, such as 5.", problem("99999999999999999999", 1, 10));
        assertEquals("The count -99999999999999999999 is too small; type how many, such as 5.", problem("-99999999999999999999", 1, 10));
    }
}
