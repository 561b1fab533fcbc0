package dev.socketworkbench.net.engine;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/**
 * Turns the JDK's socket exceptions into one sentence a student can act on: what happened,
 * the likely cause, what to try. The exception itself stays attached to the error event.
 */
public final class NetFailures {
    private NetFailures() { }

    /** Explains a failure to bind a socket to {@code endpoint}. */
    public static String bind(Exception e, String endpoint, int port) {
        String m = lower(e);
        if (m.contains("permission denied") || m.contains("access denied") || e instanceof SecurityException) {
            if (port > 0 && port < 1024) {
                return "Port " + port + " is privileged: binding " + endpoint
                        + " needs root or CAP_NET_BIND_SERVICE; use a port from 1024 up.";
            }
            return "Binding " + endpoint + " was not permitted: " + detail(e) + ".";
        }
        if (e instanceof BindException && (m.contains("in use") || m.contains("address already"))) {
            return "Port " + port + " is already in use on " + endpoint
                    + ": another program (or another tab) is bound to it; stop it or pick another port.";
        }
        if (m.contains("cannot assign requested address") || m.contains("can't assign requested address")) {
            return "The address in " + endpoint + " is not one of this machine's addresses; bind to 127.0.0.1, ::1, 0.0.0.0 or ::.";
        }
        if (e instanceof UnsupportedAddressTypeException || m.contains("protocol family unavailable")
                || m.contains("address family not supported")) {
            return "This machine cannot bind " + endpoint + " because that address family (IPv4 or IPv6) is not available.";
        }
        return "Could not bind " + endpoint + ": " + detail(e) + ".";
    }

    /**
     * Explains a failed connect to {@code endpoint} (a TCP address or a Unix-domain path):
     * a timeout and a missing socket file get their own sentence, the rest reads as for {@link #transfer}.
     */
    public static String connect(Exception e, String endpoint, int timeoutMillis) {
        if (e instanceof SocketTimeoutException) {
            return "Connecting to " + endpoint + " timed out after " + timeoutMillis
                    + " ms: the server may be too busy to accept (its backlog is full) or a firewall drops the packets; check the address or raise the timeout.";
        }
        if (lower(e).contains("no such file")) {
            return "There is no socket file at " + endpoint + "; start the server first or check the path.";
        }
        return transfer(e, endpoint);
    }

    /** The peer ended the connection while bytes were still going out to it. */
    public static String peerClosedWhileSending(String endpoint) {
        return "The peer at " + endpoint + " closed the connection while we were sending; the rest of the data was not delivered.";
    }

    /** Explains a failure to send to or receive from {@code endpoint}. */
    public static String transfer(Exception e, String endpoint) {
        String m = lower(e);
        if (e instanceof PortUnreachableException || m.contains("port unreachable")) {
            return "Nothing is listening on " + endpoint + " (ICMP port unreachable).";
        }
        if (e instanceof ConnectException && m.contains("refused")) {
            return "Nothing is listening on " + endpoint + " (connection refused); start a server there first.";
        }
        if (e instanceof SocketTimeoutException) {
            return "No answer from " + endpoint + " in time.";
        }
        if (e instanceof NoRouteToHostException || m.contains("network is unreachable") || m.contains("no route")) {
            return "There is no route to " + endpoint + "; check the address and the network.";
        }
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return "The host in " + endpoint + " is unknown: no address was found for it.";
        }
        if (m.contains("permission denied") && m.contains("broadcast") || m.contains("permission denied")) {
            return "Sending to " + endpoint + " was refused by the system: for a broadcast address, turn on SO_BROADCAST.";
        }
        if (m.contains("message too long")) {
            return "The datagram to " + endpoint + " is too long for the socket; UDP carries at most 65,507 bytes over IPv4.";
        }
        if (m.contains("connection reset")) {
            return "The peer at " + endpoint + " reset the connection.";
        }
        if (m.contains("broken pipe")) {
            return peerClosedWhileSending(endpoint);
        }
        if (e instanceof SocketException || e instanceof IOException) {
            return "Sending to or receiving from " + endpoint + " failed: " + detail(e) + ".";
        }
        return "Unexpected failure with " + endpoint + ": " + detail(e) + ".";
    }

    private static String lower(Exception e) {
        String m = e.getMessage();
        return m == null ? "" : m.toLowerCase(Locale.ROOT);
    }

    private static String detail(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
