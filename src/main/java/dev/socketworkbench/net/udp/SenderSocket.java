package dev.socketworkbench.net.udp;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The socket a {@link UdpSender} sends through, seen through the steps it takes before the first datagram:
 * a {@link ChannelSocket} (every OS, every kind of send) or a {@link SendmmsgSocket} (floods on Linux).
 * Both fail with the same java.net exceptions, so the user reads the same sentences whichever is used.
 */
sealed interface SenderSocket extends Closeable permits ChannelSocket, SendmmsgSocket {
    /** Turns on SO_BROADCAST, needed to send to a broadcast address. */
    void enableBroadcast() throws IOException;

    /** Binds the local end, e.g. to choose the source port. */
    void bind(InetSocketAddress local) throws IOException;

    /** Connects to the destination, so the kernel reports ICMP port unreachable back to this socket. */
    void connect(InetSocketAddress remote) throws IOException;

    InetSocketAddress localAddress() throws IOException;

    /** Called from another thread on Stop: ends a blocked call soon. Only the sending thread closes the socket. */
    void wake();
}
