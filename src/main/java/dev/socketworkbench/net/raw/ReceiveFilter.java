package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.EtherType;

/**
 * Which frames a receiving {@link RawSocket} gets. The kernel applies it (a small BPF program for the
 * EtherType, PACKET_IGNORE_OUTGOING for outgoing copies), so unwanted frames are never copied to Java.
 *
 * @param etherType only frames of this EtherType (for an 802.1Q-tagged frame: the type after the tag;
 *                  {@link EtherType#VLAN} selects tagged frames), or null for every frame
 * @param outgoing  also deliver the copies of frames this machine sends on the interface (its own
 *                  programs' traffic, as tcpdump shows it); on loopback every sent frame also comes back in
 *                  as an incoming frame, so there the outgoing copy is a duplicate
 */
public record ReceiveFilter(EtherType etherType, boolean outgoing) {

    /** Every frame in both directions. */
    public static ReceiveFilter everything() {
        return new ReceiveFilter(null, true);
    }

    /** Frames of one EtherType, in both directions. */
    public static ReceiveFilter only(EtherType etherType) {
        return new ReceiveFilter(etherType, true);
    }

    public ReceiveFilter withOutgoing(boolean on) {
        return new ReceiveFilter(etherType, on);
    }

    /** "EtherType 0x88b5, incoming only", "every frame". */
    public String describe() {
        String what = etherType == null ? "every frame" : "EtherType " + etherType.formattedValue();
        return outgoing ? what : what + ", incoming only";
    }
}
