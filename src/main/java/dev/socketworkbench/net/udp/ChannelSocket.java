package dev.socketworkbench.net.udp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/** A {@link SenderSocket} on the JDK's DatagramChannel: what {@link UdpSender} uses except for a flood on Linux. */
record ChannelSocket(DatagramChannel channel) implements SenderSocket {

    static ChannelSocket open(boolean ipv6) throws IOException {
        return new ChannelSocket(DatagramChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET));
    }

    @Override
    public void enableBroadcast() throws IOException {
        channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
    }

    @Override
    public void bind(InetSocketAddress local) throws IOException {
        channel.bind(local);
    }

    @Override
    public void connect(InetSocketAddress remote) throws IOException {
        channel.connect(remote);
    }

    @Override
    public InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /** Closing the channel makes a blocked write or receive on the sending thread throw at once. */
    @Override
    public void wake() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing only wakes the sender; there is nothing left to report.
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
