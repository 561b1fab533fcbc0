package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.event.Endpoints;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;

/** Loopback sockets for tests: nothing here ever leaves 127.0.0.1 or ::1. */
final class Loopback {
    private Loopback() { }

    /** A plain DatagramSocket bound to host:any, like the seeds' sockets. */
    static DatagramSocket socket(String host) throws SocketException, UnknownHostException {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), 0));
        s.setSoTimeout((int) EventRecorder.PATIENCE.toMillis());
        return s;
    }

    /** A port that was free a moment ago and has nothing bound now: datagrams to it bounce with ICMP. */
    static int closedPort(String host) throws SocketException, UnknownHostException {
        try (DatagramSocket s = socket(host)) {
            return s.getLocalPort();
        }
    }

    /** How the engines print host:port (through the shared Endpoints formatter). */
    static String endpoint(String host, int port) throws UnknownHostException {
        return Endpoints.format(new InetSocketAddress(InetAddress.getByName(host), port));
    }
}
