package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EtherTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0x0801", "0X0801", "0801", "2049", " 0x801 "})
    void parsesTheSeedsTypeInEveryNotation(String text) throws InvalidInputException {
        assertSame(EtherType.SEED_EXAMPLE, EtherType.parse("etherType", text));
    }

    @Test
    void parsesHexWithLettersNamesAndConstants() throws InvalidInputException {
        assertSame(EtherType.IPV6, EtherType.parse("t", "86DD"));
        assertSame(EtherType.IPV6, EtherType.parse("t", "86dd"));
        assertSame(EtherType.IPV4, EtherType.parse("t", "0800"));
        assertSame(EtherType.IPV4, EtherType.parse("t", "ipv4"));
        assertSame(EtherType.ARP, EtherType.parse("t", "ARP"));
        assertSame(EtherType.VLAN, EtherType.parse("t", "vlan"));
        assertSame(EtherType.VLAN, EtherType.parse("t", "0x8100"));
        assertEquals(0x1FA4, EtherType.parse("t", "8100").value(), "digits only, no leading zero: decimal, as documented");
    }

    @Test
    void typedConstants() {
        assertEquals(0x0800, EtherType.IPV4.value());
        assertEquals(0x0806, EtherType.ARP.value());
        assertEquals(0x8100, EtherType.VLAN.value());
        assertEquals(0x86DD, EtherType.IPV6.value());
        assertEquals(0x0801, EtherType.SEED_EXAMPLE.value());
        assertSame(EtherType.ARP, EtherType.of(0x0806));
        assertEquals("IPv4 (0x0800)", EtherType.IPV4.toString());
        assertTrue(EtherType.IPV4.isKnown());
        assertFalse(EtherType.SEED_EXAMPLE.isKnown(), "nothing decodes 0x0801");
        EtherType other = EtherType.of(0x1234);
        assertFalse(other.isKnown());
        assertEquals("unknown (0x1234)", other.toString());
        assertEquals(other, EtherType.of(0x1234));
        assertThrows(IllegalArgumentException.class, () -> EtherType.of(0x10000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "0x", "0xZZ", "0x10000", "70000", "-1", "0x0100", "1500"})
    void rejectsBadInputWithOneSentence(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EtherType.parse("etherType", text));
        assertEquals("etherType", e.field());
        assertTrue(e.getMessage().endsWith("."), e.getMessage());
        assertEquals(1, e.getMessage().split("\\. ").length, "one sentence: " + e.getMessage());
    }

    @Test
    void explainsTheLengthRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EtherType.parse("t", "0x05dc"));
        assertTrue(e.getMessage().contains("802.3 length"), e.getMessage());
    }

    @Test
    void otherNamedNumbers() {
        assertSame(IpProtocol.UDP, IpProtocol.of(17));
        assertEquals("UDP (17)", IpProtocol.UDP.toString());
        assertSame(ArpOperation.REPLY, ArpOperation.of(2));
        assertSame(IcmpType.ECHO_REQUEST, IcmpType.of(8));
        assertTrue(IcmpType.ECHO_REPLY.isEcho());
        assertFalse(IcmpType.of(3).isEcho());
        assertFalse(IpProtocol.of(200).isKnown());
        assertFalse(IpProtocol.of(17).equals(IcmpType.of(17)), "different kinds never equal");
    }

    @Test
    void headerNumbers() throws InvalidInputException {
        assertEquals(0xb861, HeaderNumbers.parse("checksum", "The checksum", "0xB861", 0xFFFF));
        assertEquals(64, HeaderNumbers.parse("ttl", "The TTL", "64", 255));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HeaderNumbers.parse("ttl", "The TTL", "256", 255));
        assertEquals("The TTL 256 does not fit the field; type a number from 0 to 255 (0xff).", e.getMessage());
        assertThrows(InvalidInputException.class, () -> HeaderNumbers.parse("ttl", "The TTL", "x", 255));
        assertThrows(InvalidInputException.class, () -> HeaderNumbers.parse("ttl", "The TTL", "", 255));
    }
}
