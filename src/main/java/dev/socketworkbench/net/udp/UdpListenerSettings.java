package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link UdpListener} listens on and how it answers: the seed's {@code sock.bind(('localhost', 6667))}
 * and {@code recvfrom(8192)}, with the socketserver seed's "Got your message!" reply as the fixed reply.
 *
 * <p>With a multicast group the socket is bound to the group address itself (not to {@code bindAddress}),
 * so it receives that group's datagrams and nothing else; the group is joined on {@code multicastInterface},
 * or on the loopback interface when none is named.
 *
 * @param bindAddress        local address to bind: 127.0.0.1 (default), ::1, or 0.0.0.0 / :: for every interface
 * @param port               local port, 0-65535; 0 lets the system pick a free one (see {@link UdpListener#bound()})
 * @param bufferBytes        bytes kept of each datagram, 1-65535 (the seed's recvfrom size); longer ones are reported as truncated
 * @param replyMode          what to send back to each datagram
 * @param fixedReply         the reply for {@link ReplyMode#FIXED} (copied in and out)
 * @param multicastGroup     a multicast address to join, or "" for none
 * @param multicastInterface the interface to join it on (e.g. {@code lo}), or "" for the loopback interface
 * @param maxDatagrams       stop after this many datagrams; 0 listens until closed
 */
public record UdpListenerSettings(String bindAddress, int port, int bufferBytes, ReplyMode replyMode, byte[] fixedReply,
                                  String multicastGroup, String multicastInterface, long maxDatagrams) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_BUFFER_BYTES = 8192;
    /** The socketserver seed's reply. */
    public static final String SEED_REPLY = "Got your message!";

    public UdpListenerSettings {
        bindAddress = bindAddress == null || bindAddress.isBlank() ? DEFAULT_BIND_ADDRESS : bindAddress.strip();
        replyMode = replyMode == null ? ReplyMode.NONE : replyMode;
        fixedReply = fixedReply == null ? SEED_REPLY.getBytes(StandardCharsets.US_ASCII) : fixedReply.clone();
        multicastGroup = multicastGroup == null ? "" : multicastGroup.strip();
        multicastInterface = multicastInterface == null ? "" : multicastInterface.strip();
    }

    /** Listens on 127.0.0.1:{@code port} with an 8192-byte buffer and no reply. */
    public static UdpListenerSettings on(int port) {
        return on(DEFAULT_BIND_ADDRESS, port);
    }

    /** Listens on {@code bindAddress:port} with an 8192-byte buffer and no reply. */
    public static UdpListenerSettings on(String bindAddress, int port) {
        return new UdpListenerSettings(bindAddress, port, DEFAULT_BUFFER_BYTES, ReplyMode.NONE, null, "", "", 0);
    }

    @Override
    public byte[] fixedReply() {
        return fixedReply.clone();
    }

    public UdpListenerSettings withBufferBytes(int bytes) {
        return new UdpListenerSettings(bindAddress, port, bytes, replyMode, fixedReply, multicastGroup, multicastInterface, maxDatagrams);
    }

    public UdpListenerSettings withReplyMode(ReplyMode mode) {
        return new UdpListenerSettings(bindAddress, port, bufferBytes, mode, fixedReply, multicastGroup, multicastInterface, maxDatagrams);
    }

    /** Replies with {@code reply} to every datagram ({@link ReplyMode#FIXED}). */
    public UdpListenerSettings withFixedReply(byte[] reply) {
        return new UdpListenerSettings(bindAddress, port, bufferBytes, ReplyMode.FIXED, reply, multicastGroup, multicastInterface, maxDatagrams);
    }

    /** Joins {@code group} on the interface named {@code interfaceName} ("" for loopback). */
    public UdpListenerSettings withMulticast(String group, String interfaceName) {
        return new UdpListenerSettings(bindAddress, port, bufferBytes, replyMode, fixedReply, group, interfaceName, maxDatagrams);
    }

    public UdpListenerSettings withMaxDatagrams(long max) {
        return new UdpListenerSettings(bindAddress, port, bufferBytes, replyMode, fixedReply, multicastGroup, multicastInterface, max);
    }

    public boolean joinsMulticastGroup() {
        return !multicastGroup.isEmpty();
    }

    /** Every problem with these settings, one sentence each, in field order; empty if they can be used. No DNS. */
    public List<InvalidInputException> problems() {
        Problems problems = new Problems()
                .check(() -> Hosts.checkSyntax("bindAddress", bindAddress))
                .check(() -> Ports.check("port", port, 0))
                .check(() -> Datagrams.checkBuffer("buffer", bufferBytes));
        if (replyMode == ReplyMode.FIXED) {
            problems.check(() -> Datagrams.checkPayload("fixedReply", fixedReply));
        }
        problems.require(maxDatagrams >= 0, "maxDatagrams", "The datagram limit " + maxDatagrams
                + " is negative; use 0 to listen until stopped or a number of datagrams.");
        if (joinsMulticastGroup()) {
            problems.check(this::checkGroup);
            problems.require(multicastInterface.chars().noneMatch(Character::isWhitespace), "interface",
                    "The interface name \"" + multicastInterface + "\" contains spaces; type one name such as lo or eth0.");
        }
        return problems.list();
    }

    /** Throws the first of {@link #problems()}, if any. */
    public UdpListenerSettings validate() throws InvalidInputException {
        List<InvalidInputException> all = problems();
        if (!all.isEmpty()) {
            throw all.get(0);
        }
        return this;
    }

    /** The group as an address; call after {@link #validate()}. */
    InetAddress groupAddress() throws InvalidInputException {
        checkGroup();
        return AddressLiterals.parse(multicastGroup).orElseThrow();
    }

    private void checkGroup() throws InvalidInputException {
        Optional<InetAddress> group = AddressLiterals.parse(multicastGroup);
        if (group.isEmpty()) {
            throw new InvalidInputException("group", "The group \"" + multicastGroup
                    + "\" is not an IP address; type a multicast address such as 239.1.2.3 or ff05::1:3.");
        }
        if (!group.get().isMulticastAddress()) {
            throw new InvalidInputException("group", "The group " + multicastGroup
                    + " is not a multicast address; use one from 224.0.0.0/4 or ff00::/8, such as 239.1.2.3.");
        }
    }

    /**
     * True if other machines can reach the listener: bound to a wildcard (0.0.0.0, ::) or another non-loopback
     * address, or joined to a group on a non-loopback interface. The UI shows a note. Does no DNS.
     */
    public boolean exposesToNetwork() {
        if (joinsMulticastGroup()) {
            return !multicastInterface.isEmpty() && !isLoopbackInterface(multicastInterface);
        }
        Optional<InetAddress> literal = AddressLiterals.parse(bindAddress);
        if (literal.isPresent()) {
            return !literal.get().isLoopbackAddress();
        }
        // A name other than localhost may resolve to anything, so warn rather than guess.
        return !bindAddress.toLowerCase(Locale.ROOT).equals("localhost");
    }

    private static boolean isLoopbackInterface(String name) {
        try {
            NetworkInterface nif = NetworkInterface.getByName(name);
            return nif != null && nif.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UdpListenerSettings s && bindAddress.equals(s.bindAddress) && port == s.port
                && bufferBytes == s.bufferBytes && replyMode == s.replyMode && Arrays.equals(fixedReply, s.fixedReply)
                && multicastGroup.equals(s.multicastGroup) && multicastInterface.equals(s.multicastInterface)
                && maxDatagrams == s.maxDatagrams;
    }

    @Override
    public int hashCode() {
        return Objects.hash(bindAddress, port, bufferBytes, replyMode, Arrays.hashCode(fixedReply), multicastGroup,
                multicastInterface, maxDatagrams);
    }

    @Override
    public String toString() {
        return "UdpListenerSettings[" + bindAddress + ":" + port + ", buffer=" + bufferBytes + ", reply=" + replyMode
                + (replyMode == ReplyMode.FIXED ? " (" + fixedReply.length + " bytes)" : "")
                + (joinsMulticastGroup() ? ", group=" + multicastGroup + " on " + (multicastInterface.isEmpty() ? "loopback" : multicastInterface) : "")
                + ", max=" + maxDatagrams + "]";
    }
}
