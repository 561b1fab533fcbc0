package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.EtherType;

import java.util.stream.Collectors;

/**
 * A tiny program the permission tests start in a child JVM with fewer privileges: it lists the interfaces
 * (which needs no privilege), then tries to open a raw socket on the interface named in {@code args[0]},
 * (for receiving, if {@code args[1]} is {@code receive}), and prints what happened as {@code key=value} lines.
 */
public final class RawSocketProbe {
    private RawSocketProbe() { }

    public static void main(String[] args) {
        try {
            System.out.println("interfaces=" + NetworkInterfaces.list().stream().map(InterfaceInfo::name).collect(Collectors.joining(",")));
        } catch (RawSocketException e) {
            System.out.println("interfaces-errno=" + e.errno());
        }
        boolean receiving = args.length > 1 && args[1].equals("receive");
        try (RawSocket s = receiving ? RawSocket.forReceiving(args[0], ReceiveFilter.only(EtherType.of(0x88b7))) : RawSocket.forSending(args[0])) {
            System.out.println("opened=" + s.link().name());
            System.out.println("receive-buffer=" + s.receiveBufferBytes());
        } catch (RawSocketException e) {
            System.out.println("errno=" + e.errno());
            System.out.println("message=" + e.getMessage());
        }
    }
}
