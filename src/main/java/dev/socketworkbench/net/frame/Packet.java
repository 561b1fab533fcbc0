package dev.socketworkbench.net.frame;

import java.util.Optional;

/**
 * One protocol layer of a frame and everything it carries, immutable. A packet is either built
 * by its {@link Builder} (lengths and checksums fixed at build unless overridden) or read from
 * received bytes with its {@code parse} method; either way it keeps exactly the bytes it stands for.
 */
public sealed interface Packet permits WirePacket {

    /** The bytes on the wire, header and payload, as a fresh copy. */
    byte[] toBytes();

    /** How many bytes {@link #toBytes()} returns. */
    int length();

    /** The packet this one carries, if any. */
    Optional<Packet> payload();

    /** A builder holding this packet's values, with lengths and checksums kept as they are. */
    Builder toBuilder();

    /** Collects the values of a packet; {@link #build()} computes what the user left out. */
    interface Builder {
        Packet build();
    }
}
