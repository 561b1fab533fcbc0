package dev.socketworkbench.net.event;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * Formats socket addresses the way the log shows them: {@code 127.0.0.1:6667}, {@code [::1]:6667}, a Unix path.
 * An unnamed Unix-domain socket (every client's own end) formats as "", like a missing address.
 */
public final class Endpoints {
    private Endpoints() { }

    public static String format(SocketAddress address) {
        if (address == null) {
            return "";
        }
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            return format(ip == null ? inet.getHostString() : host(ip), inet.getPort());
        }
        if (address instanceof UnixDomainSocketAddress unix) {
            String path = unix.getPath().toString();
            return path.isEmpty() ? "" : "unix:" + path;
        }
        return address.toString();
    }

    /**
     * An address as text, IPv6 in its short form (RFC 5952) as people type it: {@code ::1}, not the
     * JDK's {@code 0:0:0:0:0:0:0:1}. A zone stays on link-local addresses and is dropped on loopback.
     */
    public static String host(InetAddress ip) {
        String text = ip.getHostAddress();
        if (!(ip instanceof Inet6Address)) {
            return text;
        }
        byte[] b = ip.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xff) << 8 | b[2 * i + 1] & 0xff;
        }
        // The longest run of two or more zero groups (the first on a tie) becomes "::".
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > runLength) {
                runStart = i;
                runLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                out.append("::");
                i += runLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        int zone = text.indexOf('%');
        if (zone > 0 && !ip.isLoopbackAddress()) {
            out.append(text, zone, text.length());
        }
        return out.toString();
    }

    public static String format(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
