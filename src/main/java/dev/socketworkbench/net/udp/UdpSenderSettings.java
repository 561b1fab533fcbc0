package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link UdpSender} sends: the seed's {@code s.sendto(msg, ('localhost', 6667))}, repeated
 * {@code count} times, optionally waiting for a reply after each datagram like the seed's Client1.py.
 * The host is not resolved here (that may block on DNS); {@link UdpSender#run()} resolves it.
 *
 * @param host               a name, an IPv4 literal or an IPv6 literal (brackets allowed)
 * @param port               destination port, 1-65535
 * @param payload            the datagram's bytes, 1 to 65,507 of them (copied in and out)
 * @param count              how many datagrams to send, at least 1
 * @param intervalMillis     pause between datagrams; 0 sends as fast as possible
 * @param broadcast          turn on SO_BROADCAST, needed to send to a broadcast address
 * @param sourcePort         local port to send from; 0 lets the system choose
 * @param replyTimeoutMillis how long to wait for a reply after each datagram; 0 does not wait
 * @param replyBufferBytes   how many bytes of a reply to keep, 1-65535
 */
public record UdpSenderSettings(String host, int port, byte[] payload, long count, long intervalMillis,
                                boolean broadcast, int sourcePort, int replyTimeoutMillis, int replyBufferBytes) {

    public static final int DEFAULT_REPLY_BUFFER_BYTES = 8192;

    public UdpSenderSettings {
        host = host == null ? "" : host.strip();
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** One datagram to {@code host:port}, no reply wait, any source port. */
    public static UdpSenderSettings to(String host, int port, byte[] payload) {
        return new UdpSenderSettings(host, port, payload, 1, 0, false, 0, 0, DEFAULT_REPLY_BUFFER_BYTES);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public UdpSenderSettings withCount(long newCount) {
        return new UdpSenderSettings(host, port, payload, newCount, intervalMillis, broadcast, sourcePort, replyTimeoutMillis, replyBufferBytes);
    }

    public UdpSenderSettings withIntervalMillis(long millis) {
        return new UdpSenderSettings(host, port, payload, count, millis, broadcast, sourcePort, replyTimeoutMillis, replyBufferBytes);
    }

    public UdpSenderSettings withBroadcast(boolean on) {
        return new UdpSenderSettings(host, port, payload, count, intervalMillis, on, sourcePort, replyTimeoutMillis, replyBufferBytes);
    }

    public UdpSenderSettings withSourcePort(int localPort) {
        return new UdpSenderSettings(host, port, payload, count, intervalMillis, broadcast, localPort, replyTimeoutMillis, replyBufferBytes);
    }

    public UdpSenderSettings withReplyTimeoutMillis(int millis) {
        return new UdpSenderSettings(host, port, payload, count, intervalMillis, broadcast, sourcePort, millis, replyBufferBytes);
    }

    public UdpSenderSettings withReplyBufferBytes(int bytes) {
        return new UdpSenderSettings(host, port, payload, count, intervalMillis, broadcast, sourcePort, replyTimeoutMillis, bytes);
    }

    /** True if the sender waits for a reply after each datagram. */
    public boolean waitsForReply() {
        return replyTimeoutMillis > 0;
    }

    /** Every problem with these settings, one sentence each, in field order; empty if they can be used. No DNS. */
    public List<InvalidInputException> problems() {
        return new Problems()
                .check(() -> Hosts.checkSyntax("host", host))
                .check(() -> Ports.check("port", port, 1))
                .check(() -> Datagrams.checkPayload("payload", payload))
                .require(count >= 1, "count", "The count " + count + " is less than 1; send at least one datagram.")
                .require(intervalMillis >= 0, "interval", "The interval " + intervalMillis
                        + " ms is negative; use 0 to send as fast as possible or a pause in milliseconds.")
                .check(() -> Ports.check("sourcePort", sourcePort, 0))
                .require(replyTimeoutMillis >= 0, "replyTimeout", "The reply timeout " + replyTimeoutMillis
                        + " ms is negative; use 0 to not wait for replies or a time in milliseconds.")
                .check(() -> Datagrams.checkBuffer("replyBuffer", replyBufferBytes))
                .list();
    }

    /** Throws the first of {@link #problems()}, if any. */
    public UdpSenderSettings validate() throws InvalidInputException {
        List<InvalidInputException> all = problems();
        if (!all.isEmpty()) {
            throw all.get(0);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UdpSenderSettings s && host.equals(s.host) && port == s.port && Arrays.equals(payload, s.payload)
                && count == s.count && intervalMillis == s.intervalMillis && broadcast == s.broadcast
                && sourcePort == s.sourcePort && replyTimeoutMillis == s.replyTimeoutMillis
                && replyBufferBytes == s.replyBufferBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, Arrays.hashCode(payload), count, intervalMillis, broadcast, sourcePort,
                replyTimeoutMillis, replyBufferBytes);
    }

    @Override
    public String toString() {
        return "UdpSenderSettings[" + host + ":" + port + ", " + payload.length + " bytes x " + count
                + ", every " + intervalMillis + " ms, broadcast=" + broadcast + ", sourcePort=" + sourcePort
                + ", replyTimeout=" + replyTimeoutMillis + " ms, replyBuffer=" + replyBufferBytes + "]";
    }
}
