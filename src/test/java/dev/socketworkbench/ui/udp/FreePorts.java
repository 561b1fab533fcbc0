package dev.socketworkbench.ui.udp;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

/** Loopback ports for tests. */
final class FreePorts {
    private FreePorts() { }

    /** A UDP port on 127.0.0.1 that was free a moment ago: the system picks it, then the socket is closed. */
    static int udp() throws SocketException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return probe.getLocalPort();
        }
    }
}
