package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapWriterTest {

    /** One record as a small independent reader sees it. */
    record PcapRecord(long seconds, long micros, int savedLength, int wireLength, byte[] data) { }

    /** Reads a classic little-endian pcap file, checking its header; enough to test the writer. */
    static List<PcapRecord> read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xa1b2c3d4, in.getInt(), "magic");
        assertEquals(2, in.getShort());
        assertEquals(4, in.getShort());
        assertEquals(0, in.getInt(), "thiszone");
        assertEquals(0, in.getInt(), "sigfigs");
        assertEquals(65535, in.getInt(), "snaplen");
        assertEquals(1, in.getInt(), "LINKTYPE_ETHERNET");
        List<PcapRecord> records = new ArrayList<>();
        while (in.hasRemaining()) {
            long sec = Integer.toUnsignedLong(in.getInt());
            long usec = Integer.toUnsignedLong(in.getInt());
            int saved = in.getInt();
            int wire = in.getInt();
            byte[] data = new byte[saved];
            in.get(data);
            records.add(new PcapRecord(sec, usec, saved, wire, data));
        }
        return records;
    }

    @Test
    void fileHeaderBytesAreExact() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter ignored = new PcapWriter(out)) {
            assertEquals(24, out.size(), "the header is written at once");
        }
        assertEquals("d4c3b2a1" + "0200" + "0400" + "00000000" + "00000000" + "ffff0000" + "01000000",
                HexFormat.of().formatHex(out.toByteArray()));
    }

    @Test
    void recordsCarryTimestampsAndBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] arp = FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes();
        byte[] udp = FrameTemplate.UDP_TO_PORT.newBuilder().build().toBytes();
        try (PcapWriter pcap = new PcapWriter(out)) {
            pcap.write(arp, Instant.parse("2024-06-01T12:00:00.123456789Z"));
            pcap.write(udp, 1_700_000_000_000_001L);
        }
        byte[] file = out.toByteArray();
        assertEquals(24 + 16 + 60 + 16 + 60, file.length);
        // 1717243200 s, 123456 us, 60 saved, 60 on the wire; little-endian like the file header.
        assertEquals("400d5b66" + "40e20100" + "3c000000" + "3c000000", HexFormat.of().formatHex(file, 24, 40));
        List<PcapRecord> records = read(file);
        assertEquals(2, records.size());
        assertEquals(Instant.parse("2024-06-01T12:00:00Z").getEpochSecond(), records.get(0).seconds());
        assertEquals(123456, records.get(0).micros(), "nanoseconds are cut to microseconds");
        assertArrayEquals(arp, records.get(0).data());
        assertEquals(60, records.get(0).wireLength());
        assertEquals(1_700_000_000L, records.get(1).seconds());
        assertEquals(1, records.get(1).micros());
        assertArrayEquals(udp, records.get(1).data());
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:9 UDP len=5", FrameDissector.dissect(records.get(1).data()).summary());
    }

    @Test
    void framesLongerThanTheSnapLengthAreCut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] jumbo = new byte[70_000];
        Arrays.fill(jumbo, (byte) 7);
        try (PcapWriter pcap = new PcapWriter(out)) {
            pcap.write(jumbo, 0L);
        }
        PcapRecord r = read(out.toByteArray()).get(0);
        assertEquals(65535, r.savedLength());
        assertEquals(70_000, r.wireLength());
    }

    @Test
    void writesToAPathAndRefusesWritesAfterClose(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("frames.pcap");
        PcapWriter pcap = PcapWriter.open(file);
        pcap.write(FrameTemplate.SEED.newBuilder().build(), Instant.ofEpochSecond(1));
        pcap.close();
        pcap.close();
        assertThrows(IOException.class, () -> pcap.write(new byte[60], 0L));
        List<PcapRecord> records = read(Files.readAllBytes(file));
        assertEquals(1, records.size());
        assertEquals(85, records.get(0).savedLength());
        assertThrows(IllegalArgumentException.class, () -> new PcapWriter(new ByteArrayOutputStream()).write(new byte[1], -1L));
    }
}
