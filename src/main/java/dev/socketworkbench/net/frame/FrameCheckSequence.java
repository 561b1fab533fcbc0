package dev.socketworkbench.net.frame;

import java.util.zip.CRC32;

/**
 * The Ethernet frame check sequence: the CRC-32 of IEEE 802.3 over destination address to the
 * end of the padding, sent least significant byte first (Wireshark shows those four bytes in wire
 * order, so the CRC-32 0xcbf43926 appears there as 0x2639f4cb).
 * <p>The network card normally computes and appends the FCS itself, and strips it from received
 * frames, so software rarely sees it. The seed's hint {@code sudo ethtool -K eth1 tx off} turns off
 * transmit checksum offload, so the card no longer fills in IP/TCP/UDP checksums; it does not stop
 * the card from adding its own FCS. Bytes a program appends as an "FCS" (like the seed's
 * {@code 1a 2b 3c 4d}) therefore normally leave as the last bytes of the payload, followed by the
 * card's real FCS. Sending your own FCS needs a driver that honours the {@code SO_NOFCS} socket
 * option; keeping the FCS of received frames needs {@code ethtool -K eth1 rx-fcs on} (and
 * {@code rx-all on} to see frames with a bad one).
 */
public final class FrameCheckSequence {
    /** Bytes of FCS at the end of a frame. */
    public static final int SIZE = 4;

    private FrameCheckSequence() { }

    /** The CRC-32 of {@code length} bytes from {@code offset}. */
    public static int compute(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /** The four bytes as they go on the wire: least significant byte first. */
    public static byte[] toWire(int fcs) {
        return new byte[] {(byte) fcs, (byte) (fcs >>> 8), (byte) (fcs >>> 16), (byte) (fcs >>> 24)};
    }

    /** Reads an FCS from the four wire bytes at {@code offset}. */
    public static int fromWire(byte[] data, int offset) {
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8
                | (data[offset + 2] & 0xFF) << 16 | (data[offset + 3] & 0xFF) << 24;
    }

    /** As Wireshark shows it: {@code 0xcbf43926}. */
    public static String format(int fcs) {
        return String.format("0x%08x", fcs);
    }
}
