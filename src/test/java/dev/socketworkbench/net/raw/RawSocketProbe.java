package dev.socketworkbench.net.raw;

import java.util.stream.Collectors;

/**
 * A tiny program the permission tests start in a child JVM with fewer privileges: it lists the interfaces
 * (which needs no privilege), then tries to open a raw socket on the interface named in {@code args[0]},
 * and prints what happened as {@code key=value} lines.
 */
public final class RawSocketProbe {
    private RawSocketProbe() { }

    public static void main(String[] args) {
        try {
            System.out.println("interfaces=" + NetworkInterfaces.list().stream().map(InterfaceInfo::name).collect(Collectors.joining(",")));
        } catch (RawSocketException e) {
            System.out.println("interfaces-errno=" + e.errno());
        }
        try (RawSocket s = RawSocket.forSending(args[0])) {
            System.out.println("opened=" + s.link().name());
        } catch (RawSocketException e) {
            System.out.println("errno=" + e.errno());
            System.out.println("message=" + e.getMessage());
        }
    }
}
