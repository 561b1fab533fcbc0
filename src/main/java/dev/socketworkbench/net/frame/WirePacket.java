package dev.socketworkbench.net.frame;

import java.util.Arrays;

/**
 * What every packet shares: it keeps exactly the bytes it stands for, and two packets of one kind are
 * equal when their bytes are. Subclasses read their fields from {@link #raw}, which nobody may change.
 */
abstract sealed class WirePacket implements Packet
        permits EthernetFrame, ArpPacket, Ipv4Packet, UdpDatagram, IcmpPacket, RawPayload, MalformedPayload {
    /** The packet's bytes on the wire; never handed out, only copies of it. */
    final byte[] raw;

    WirePacket(byte[] raw) {
        this.raw = raw;
    }

    @Override
    public final byte[] toBytes() {
        return raw.clone();
    }

    @Override
    public final int length() {
        return raw.length;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(((WirePacket) o).raw, raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }
}
