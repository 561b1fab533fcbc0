package dev.socketworkbench.net.event;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/** Formats socket addresses the way the log shows them: {@code 127.0.0.1:6667}, {@code [::1]:6667}, a Unix path. */
public final class Endpoints {
    private Endpoints() { }

    public static String format(SocketAddress address) {
        if (address == null) {
            return "";
        }
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            String host = ip == null ? inet.getHostString() : ip.getHostAddress();
            int zone = host.indexOf('%');
            if (ip instanceof Inet6Address && zone > 0 && ip.isLoopbackAddress()) {
                host = host.substring(0, zone);
            }
            return format(host, inet.getPort());
        }
        if (address instanceof UnixDomainSocketAddress unix) {
            return "unix:" + unix.getPath();
        }
        return address.toString();
    }

    public static String format(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
