package dev.socketworkbench.net.payload;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HexDumpTest {
    /** Where the ASCII column starts: offset, two spaces, 16 "hh " groups, the gap after 8, one space. */
    private static final int ASCII_COLUMN = 4 + 2 + 16 * 3 + 1 + 1;

    private static byte[] range(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void nothingDumpsToNothing() {
        assertEquals("", HexDump.format(new byte[0]));
    }

    @Test
    void oneByte() {
        assertEquals("0000  48" + " ".repeat(ASCII_COLUMN - 8) + "H\n", HexDump.format(new byte[] {'H'}));
    }

    @Test
    void sixteenBytesFillOneRow() {
        assertEquals("0000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  ................\n",
                HexDump.format(range(16)));
    }

    @Test
    void seventeenBytesStartASecondRow() {
        byte[] data = "Hello, world!\r\n\u00ff\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(17, data.length);
        String expected =
                "0000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0d 0a ff  Hello, world!...\n"
              + "0010  00" + " ".repeat(ASCII_COLUMN - 8) + ".\n";
        assertEquals(expected, HexDump.format(data));
        for (String row : expected.split("\n")) {
            assertEquals(' ', row.charAt(ASCII_COLUMN - 1));
        }
    }

    @Test
    void dumpsASubRangeWithOffsetsFromItsStart() {
        byte[] data = "xxHIyy".getBytes(StandardCharsets.US_ASCII);
        assertEquals("0000  48 49" + " ".repeat(ASCII_COLUMN - 11) + "HI\n", HexDump.format(data, 2, 2));
    }

    @Test
    void spacedIsLowercaseHexWithSpaces() {
        assertEquals("48 65 6c ff", HexDump.spaced(new byte[] {0x48, 0x65, 0x6c, -1}));
        assertEquals("", HexDump.spaced(new byte[0]));
    }

    @Test
    void onlyPrintableAsciiShowsAsItself() {
        assertEquals(' ', HexDump.printable((byte) 0x20));
        assertEquals('~', HexDump.printable((byte) 0x7e));
        assertEquals('.', HexDump.printable((byte) 0x1f));
        assertEquals('.', HexDump.printable((byte) 0x7f));
        assertEquals('.', HexDump.printable((byte) 0xe9));
    }
}
