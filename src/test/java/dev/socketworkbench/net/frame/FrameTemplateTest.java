package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameTemplateTest {

    @Test
    void everyTemplateBuildsAndDissectsToItsSummary() {
        Map<FrameTemplate, String> expected = Map.of(
                FrameTemplate.SEED, "EtherType 0x0801 (unknown) 85 bytes",
                FrameTemplate.ARP_WHO_HAS, "ARP Who has 10.0.0.2? Tell 10.0.0.1",
                FrameTemplate.UDP_TO_PORT, "10.0.0.1:1234 -> 10.0.0.2:9 UDP len=5",
                FrameTemplate.ICMP_ECHO_REQUEST, "10.0.0.1 -> 10.0.0.2 ICMP Echo (ping) request id=0x0001, seq=1");
        for (FrameTemplate t : FrameTemplate.values()) {
            Dissection d = FrameDissector.dissect(t.newBuilder().build().toBytes());
            assertEquals(expected.get(t), d.summary(), t.name() + "\n" + d.toTree());
            assertFalse(d.hasProblem(), t + " has no problems when dissected without FCS");
            assertFalse(t.displayName().isBlank());
        }
    }

    @Test
    void seedFrameWithItsFcsAssumedShowsTheWrongChecksum() {
        EthernetFrame seed = FrameTemplate.SEED.newBuilder().build();
        Dissection d = FrameDissector.dissect(seed.toBytes(), true);
        Field fcs = d.layer("FCS").orElseThrow().field("Frame check sequence").orElseThrow();
        assertEquals("0x1a2b3c4d (incorrect, should be " + FrameCheckSequence.format(Integer.reverseBytes(seed.correctFcs())) + ")",
                fcs.value(), "wire order, as Wireshark shows it");
        assertEquals("0x4d3c2b1a (sent least significant byte first)",
                d.layer("FCS").orElseThrow().field("CRC-32 value").orElseThrow().value());
        assertEquals("Frame check sequence", d.fieldAt(84).orElseThrow().name());
        assertTrue(fcs.problem());
        assertEquals(81, fcs.offset());
        assertEquals("EtherType 0x0801 (unknown) 85 bytes [bad FCS]", d.summary());
        assertEquals(67, d.layer("Data").orElseThrow().length());
    }

    @Test
    void templatesAreEditableAndIndependent() {
        EthernetFrame.Builder first = FrameTemplate.UDP_TO_PORT.newBuilder();
        EthernetFrame.Builder second = FrameTemplate.UDP_TO_PORT.newBuilder();
        assertNotSame(first, second);
        ((UdpDatagram.Builder) ((Ipv4Packet.Builder) first.payloadBuilder()).payloadBuilder()).destinationPort(6667);
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:6667 UDP len=5", FrameDissector.dissect(first.build().toBytes()).summary());
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:9 UDP len=5", FrameDissector.dissect(second.build().toBytes()).summary());
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:5000 UDP len=5",
                FrameDissector.dissect(FrameTemplate.udpToPort(5000).build().toBytes()).summary());
    }

    @Test
    void arpTemplateIsABroadcastPaddedToSixty() {
        EthernetFrame arp = FrameTemplate.ARP_WHO_HAS.newBuilder().build();
        assertTrue(arp.destination().isBroadcast());
        assertEquals(60, arp.length());
        assertTrue(FrameTemplate.LOCAL_MAC.isLocallyAdministered());
    }
}
