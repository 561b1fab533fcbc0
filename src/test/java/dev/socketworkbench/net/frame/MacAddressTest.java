package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"01:02:03:04:05:06", "01-02-03-04-05-06", "0102.0304.0506", "010203040506", " 01:02:03:04:05:06 "})
    void parsesEveryNotation(String text) throws InvalidInputException {
        MacAddress mac = MacAddress.parse("mac", text);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, mac.toBytes());
        assertEquals("01:02:03:04:05:06", mac.toString());
    }

    @Test
    void parsesUpperCaseAndPrintsLowerCase() throws InvalidInputException {
        assertEquals("aa:bb:cc:dd:ee:ff", MacAddress.parse("mac", "AA:BB:CC:DD:EE:FF").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "01:02:03:04:05", "01:02:03:04:05:06:07", "01:02-03:04:05:06", "1:2:3:4:5:6",
            "01:02:03:04:05:0g", "0102.0304.050", "hello", "01 02 03 04 05 06"})
    void rejectsBadInputWithOneSentence(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MacAddress.parse("destination", text));
        assertEquals("destination", e.field());
        assertTrue(e.getMessage().endsWith("."), e.getMessage());
        assertTrue(e.getMessage().contains("01:02:03:04:05:06"), "shows an example: " + e.getMessage());
        assertEquals(1, e.getMessage().split("\\. ").length, "one sentence: " + e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidInputException.class, () -> MacAddress.parse("mac", null));
    }

    @Test
    void flags() throws InvalidInputException {
        MacAddress broadcast = MacAddress.parse("mac", "ff:ff:ff:ff:ff:ff");
        assertEquals(MacAddress.BROADCAST, broadcast);
        assertTrue(broadcast.isBroadcast());
        assertTrue(broadcast.isMulticast());

        MacAddress seed = MacAddress.parse("mac", "01:02:03:04:05:06");
        assertTrue(seed.isMulticast(), "the seed's address has the group bit set");
        assertFalse(seed.isBroadcast());
        assertFalse(seed.isLocallyAdministered());
        assertEquals("multicast", seed.kind());

        MacAddress local = MacAddress.parse("mac", "02:00:00:00:00:01");
        assertTrue(local.isLocallyAdministered());
        assertFalse(local.isMulticast());
        assertEquals("unicast, locally administered", local.kind());

        MacAddress vendor = MacAddress.parse("mac", "00:1b:21:3a:4f:10");
        assertFalse(vendor.isLocallyAdministered());
        assertFalse(vendor.isMulticast());
        assertEquals("unicast", vendor.kind());
    }

    @Test
    void equalityIsByValue() throws InvalidInputException {
        assertEquals(MacAddress.parse("a", "01-02-03-04-05-06"), MacAddress.of(new byte[] {1, 2, 3, 4, 5, 6}));
        assertEquals(MacAddress.parse("a", "01-02-03-04-05-06").hashCode(), MacAddress.of(new byte[] {1, 2, 3, 4, 5, 6}).hashCode());
        assertThrows(IllegalArgumentException.class, () -> MacAddress.of(new byte[5]));
    }

    @Test
    void ipv4LiteralsNeverLookUpNames() throws InvalidInputException {
        assertEquals("10.0.0.1", Ipv4Addresses.parse("ip", "10.0.0.1").getHostAddress());
        for (String bad : new String[] {"", "localhost", "10.0.0", "10.0.0.256", "1.2.3.4.5", "::1"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ipv4Addresses.parse("ip", bad), bad);
            assertEquals("ip", e.field());
            assertTrue(e.getMessage().endsWith("."));
        }
    }
}
