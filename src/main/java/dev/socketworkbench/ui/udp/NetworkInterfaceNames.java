package dev.socketworkbench.ui.udp;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The names of this machine's network interfaces for the multicast interface choice, loopback first. */
final class NetworkInterfaceNames {
    private NetworkInterfaceNames() { }

    /** E.g. {@code [lo, eth0, wlan0]}; empty if the system cannot list them. Fast, no network traffic. */
    static List<String> list() {
        List<NetworkInterface> all = new ArrayList<>();
        try {
            NetworkInterface.networkInterfaces().forEach(all::add);
        } catch (SocketException e) {
            return List.of();   // the choice then offers only the default (loopback), which still works
        }
        return all.stream()
                .sorted(Comparator.comparing((NetworkInterface nif) -> !isLoopback(nif)).thenComparing(NetworkInterface::getName))
                .map(NetworkInterface::getName)
                .toList();
    }

    private static boolean isLoopback(NetworkInterface nif) {
        try {
            return nif.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
