package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameDissectorTest {

    @Test
    void fieldAtSelectsTheNarrowestFieldUnderAByte() {
        byte[] bytes = FrameTemplate.UDP_TO_PORT.newBuilder().build().toBytes();
        Dissection d = FrameDissector.dissect(bytes);
        assertEquals("Destination", d.fieldAt(0).orElseThrow().name());
        assertEquals("Source", d.fieldAt(11).orElseThrow().name());
        assertEquals("Type", d.fieldAt(13).orElseThrow().name());
        assertEquals("Header checksum", d.fieldAt(14 + 10).orElseThrow().name());
        assertEquals("Flags", d.fieldAt(14 + 6).orElseThrow().name(), "one byte beats the two-byte fragment offset");
        assertEquals("Fragment offset", d.fieldAt(14 + 7).orElseThrow().name());
        assertEquals("Destination port", d.fieldAt(34 + 3).orElseThrow().name());
        assertEquals("Data", d.fieldAt(42).orElseThrow().name());
        assertEquals("Padding", d.fieldAt(59).orElseThrow().name());
        assertTrue(d.fieldAt(60).isEmpty());
        assertTrue(d.fieldAt(-1).isEmpty());
        Field checksum = d.fieldAt(25).orElseThrow();
        assertEquals(24, checksum.offset());
        assertEquals(2, checksum.length());
        assertEquals("UDP", d.layerAt(36).orElseThrow().name());
    }

    @Test
    void treeListsLayersAndFields() {
        String tree = FrameDissector.dissect(FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes()).toTree();
        assertTrue(tree.startsWith("Ethernet II, Src: 02:00:00:00:00:01, Dst: ff:ff:ff:ff:ff:ff\n"
                + "    Destination: ff:ff:ff:ff:ff:ff (broadcast)\n"), tree);
        assertTrue(tree.contains("Address Resolution Protocol (request)\n"), tree);
        assertTrue(tree.contains("    Target IP address: 10.0.0.2\n"), tree);
    }

    @Test
    void emptyAndShortInput() {
        Dissection empty = FrameDissector.dissect(new byte[0]);
        assertEquals("Empty frame: 0 bytes", empty.summary());
        assertTrue(empty.layers().isEmpty());
        assertEquals("Empty frame: 0 bytes", FrameDissector.dissect(null).summary());

        Dissection shortFrame = FrameDissector.dissect(new byte[10]);
        assertEquals("Truncated frame: 10 bytes, too short for an Ethernet header", shortFrame.summary());
        Layer truncated = shortFrame.layers().get(0);
        assertEquals("Truncated", truncated.name());
        assertEquals(10, truncated.length());
        assertTrue(truncated.hasProblem());
    }

    @Test
    void truncatedLayersAreShownWithTheirBytes() {
        byte[] udp = FrameTemplate.UDP_TO_PORT.newBuilder().padToMinimum(false).build().toBytes();
        // Cut inside the IPv4 header.
        Dissection ip = FrameDissector.dissect(Arrays.copyOf(udp, 14 + 12));
        assertEquals("Truncated", ip.layers().get(1).name());
        assertEquals(12, ip.layers().get(1).length());
        assertTrue(ip.layers().get(1).title().contains("too short for an IPv4 header, which needs 20"), ip.layers().get(1).title());
        assertEquals("Truncated IPv4: 12 bytes", ip.summary());
        // Cut inside the UDP data: the IPv4 total length promises more.
        Dissection data = FrameDissector.dissect(Arrays.copyOf(udp, udp.length - 2));
        assertEquals("33 (only 31 bytes captured)", data.layer("IPv4").orElseThrow().field("Total length").orElseThrow().value());
        assertEquals("0xa324 (unverified, datagram truncated)", data.layer("UDP").orElseThrow().field("Checksum").orElseThrow().value());
        // ARP cut short.
        byte[] arp = FrameTemplate.ARP_WHO_HAS.newBuilder().padToMinimum(false).build().toBytes();
        Dissection a = FrameDissector.dissect(Arrays.copyOf(arp, 30));
        assertEquals("Truncated ARP: 16 bytes", a.summary());
        // VLAN tag cut short.
        byte[] tagged = FrameTemplate.UDP_TO_PORT.newBuilder().vlanTag(new VlanTag(0, false, 7)).build().toBytes();
        Dissection v = FrameDissector.dissect(Arrays.copyOf(tagged, 16));
        assertEquals("Truncated", v.layers().get(1).name());
        assertEquals("Truncated 802.1Q: 2 bytes", v.summary());
    }

    @Test
    void otherVersionsAndLengthFieldsAreNotMisread() {
        byte[] bytes = FrameTemplate.UDP_TO_PORT.newBuilder().build().toBytes();
        bytes[14] = 0x65; // version 6 in an IPv4 frame
        Dissection v6 = FrameDissector.dissect(bytes);
        assertEquals("Malformed", v6.layers().get(1).name());
        assertTrue(v6.summary().equals("Malformed IPv4: 46 bytes"), v6.summary());

        byte[] ieee = FrameTemplate.SEED.newBuilder().etherType(EtherType.of(46)).build().toBytes();
        Dissection d = FrameDissector.dissect(ieee);
        assertEquals("IEEE 802.3", d.layers().get(0).name());
        assertEquals("IEEE 802.3 frame, length field 46, 85 bytes", d.summary());
    }

    @Test
    void fuzzNeverThrowsAndCoversEveryByte() {
        Random random = new Random(20240601);
        int[] types = {-1, 0x0800, 0x0806, 0x8100, 0x0801, 0x0005};
        for (int length = 0; length <= 200; length++) {
            for (int round = 0; round < 8; round++) {
                byte[] data = new byte[length];
                random.nextBytes(data);
                int type = types[round % types.length];
                if (type >= 0 && length >= 14) {
                    data[12] = (byte) (type >>> 8);
                    data[13] = (byte) type;
                }
                if (round >= 4 && length >= 15) {
                    // Make IPv4 headers plausible, so the deeper layers get fuzzed too.
                    data[12] = 0x08;
                    data[13] = 0x00;
                    data[14] = 0x45;
                    if (length >= 24) {
                        data[23] = (byte) (round % 2 == 0 ? 17 : 1);
                    }
                    if (length >= 18 && round == 7) {
                        data[16] = 0;
                        data[17] = (byte) (length - 14);
                    }
                }
                for (boolean withFcs : new boolean[] {false, true}) {
                    check(data, withFcs);
                }
            }
        }
    }

    @Test
    void fuzzMutatedTemplates() {
        Random random = new Random(42);
        for (FrameTemplate t : FrameTemplate.values()) {
            byte[] good = t.newBuilder().vlanTag(random.nextBoolean() ? new VlanTag(1, false, 2) : null).build().toBytes();
            for (int round = 0; round < 300; round++) {
                byte[] data = Arrays.copyOf(good, random.nextInt(good.length + 1));
                for (int flips = random.nextInt(4); flips > 0 && data.length > 0; flips--) {
                    data[random.nextInt(data.length)] = (byte) random.nextInt(256);
                }
                check(data, random.nextBoolean());
            }
        }
    }

    private static void check(byte[] data, boolean withFcs) {
        Dissection d;
        try {
            d = FrameDissector.dissect(data, withFcs);
        } catch (RuntimeException e) {
            throw new AssertionError("dissect threw on " + Arrays.toString(data) + " withFcs=" + withFcs, e);
        }
        String where = "\n" + d.toTree() + " for " + data.length + " bytes, withFcs=" + withFcs;
        assertFalse(d.summary().isBlank(), where);
        assertEquals(data.length, d.length());
        List<Layer> layers = d.layers();
        int next = 0;
        for (Layer layer : layers) {
            if (layer.offset() != next) {
                fail("layer " + layer.name() + " starts at " + layer.offset() + ", expected " + next + where);
            }
            assertTrue(layer.length() > 0, "empty layer " + layer.name() + where);
            for (Field f : layer.fields()) {
                assertTrue(f.offset() >= layer.offset() && f.end() <= layer.end(), "field " + f + " outside " + layer.name() + where);
            }
            next = layer.end();
        }
        assertEquals(data.length, next, "layers must cover every byte" + where);
        for (int i = 0; i < data.length; i++) {
            assertTrue(d.fieldAt(i).isPresent(), "no field at byte " + i + where);
        }
    }
}
