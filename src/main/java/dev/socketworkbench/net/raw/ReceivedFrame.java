package dev.socketworkbench.net.raw;

import java.time.Instant;

/**
 * One frame a {@link RawSocket} received, as the interface carried it (an 802.1Q tag the kernel took out
 * on the way in is put back, as tcpdump does).
 *
 * @param bytes      the frame without FCS; owned by the receiver, never changed by the socket
 * @param wireLength how long the frame really was; longer than {@code bytes} when the buffer cut it
 * @param outgoing   a copy of a frame this machine sent, not one that arrived
 * @param time       when the kernel received it
 */
public record ReceivedFrame(byte[] bytes, int wireLength, boolean outgoing, Instant time) {

    /** True if the frame was longer than what was kept. */
    public boolean isTruncated() {
        return wireLength > bytes.length;
    }
}
