package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.MacAddress;

import java.util.Objects;

/**
 * One network interface as a raw socket sees it: what {@code ip link} prints for it.
 *
 * @param name     the interface name, e.g. {@code lo} or {@code eth0}
 * @param index    the kernel's interface index, which a packet socket binds to
 * @param mac      its hardware address; 00:00:00:00:00:00 for loopback and for links without one
 * @param mtu      the largest payload a frame may carry (the frame may be 14 bytes longer)
 * @param up       administratively up ({@code ip link set NAME up})
 * @param running  up and with a working link (cable in, peer present): frames can actually flow
 * @param loopback the loopback interface, where frames never leave the machine
 * @param ethernet frames on it start with a 14-byte Ethernet header (Ethernet and loopback links);
 *                 false for links such as tun or WireGuard that carry bare IP packets
 */
public record InterfaceInfo(String name, int index, MacAddress mac, int mtu, boolean up, boolean running,
                            boolean loopback, boolean ethernet) {

    public InterfaceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mac, "mac");
    }

    /** The longest frame the interface takes without an 802.1Q tag: the MTU plus the 14-byte header. */
    public int maxFrameBytes() {
        return mtu + EthernetFrame.HEADER_SIZE;
    }

    /** "lo (index 1, loopback, MTU 65536, up)", "veth0 (index 7, MAC 02:00:00:00:00:01, MTU 1500, down)". */
    public String describe() {
        String state = running ? "up" : up ? "up, no link" : "down";
        return name + " (index " + index + ", " + (loopback ? "loopback" : "MAC " + mac) + ", MTU " + mtu + ", " + state + ")";
    }
}
