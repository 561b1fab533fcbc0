package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.linux.Errno;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The interface list needs no privilege; it is checked against the JDK's view and /sys/class/net. */
class NetworkInterfacesTest {

    @BeforeAll
    static void linuxOnly() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "raw sockets are Linux-only");
    }

    @Test
    void loopbackIsListedAsTheDefault() throws Exception {
        List<InterfaceInfo> all = NetworkInterfaces.list();
        InterfaceInfo lo = all.stream().filter(i -> i.name().equals(NetworkInterfaces.DEFAULT)).findFirst().orElseThrow();
        assertTrue(lo.loopback());
        assertTrue(lo.up());
        assertTrue(lo.ethernet(), "loopback frames carry an Ethernet header");
        assertEquals(MacAddress.ZERO, lo.mac());
        assertEquals(lo, NetworkInterfaces.find("lo"));
        assertEquals(lo.mtu() + 14, lo.maxFrameBytes());
        assertEquals("lo (index " + lo.index() + ", loopback, MTU " + lo.mtu() + ", up)", lo.describe());
        List<Integer> indexes = all.stream().map(InterfaceInfo::index).toList();
        assertEquals(indexes.stream().sorted().toList(), indexes, "in index order");
    }

    /** Every interface in /sys/class/net is listed with the same index, MTU and MAC as sysfs gives. */
    @Test
    void agreesWithSysfs() throws Exception {
        List<InterfaceInfo> all = NetworkInterfaces.list();
        List<String> sysfs;
        try (var names = Files.list(Path.of("/sys/class/net"))) {
            sysfs = names.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(sysfs, all.stream().map(InterfaceInfo::name).sorted().toList());
        for (InterfaceInfo i : all) {
            Path dir = Path.of("/sys/class/net", i.name());
            assertEquals(Integer.parseInt(read(dir.resolve("ifindex"))), i.index(), i.name());
            assertEquals(Integer.parseInt(read(dir.resolve("mtu"))), i.mtu(), i.name());
            if (i.ethernet()) {
                assertEquals(read(dir.resolve("address")), i.mac().toString(), i.name());
            }
            int flags = Integer.decode(read(dir.resolve("flags")));
            assertEquals((flags & 1) != 0, i.up(), i.name());
        }
    }

    @Test
    void agreesWithTheJdkOnLoopback() throws Exception {
        NetworkInterface jdk = NetworkInterface.getByName("lo");
        InterfaceInfo lo = NetworkInterfaces.find("lo");
        assertEquals(jdk.getIndex(), lo.index());
        assertEquals(jdk.getMTU(), lo.mtu());
        assertEquals(jdk.isUp(), lo.up());
    }

    @Test
    void aMissingInterfaceIsENODEVWithOneSentence() {
        RawSocketException e = assertThrows(RawSocketException.class, () -> NetworkInterfaces.find("swb-nosuch0"));
        assertEquals(Errno.ENODEV, e.errno());
        assertEquals("There is no network interface named swb-nosuch0; `ip link` lists the ones this machine has, such as lo.",
                e.getMessage());
        assertTrue(e.isBadInput());
        assertEquals(Errno.ENODEV, assertThrows(RawSocketException.class, () -> NetworkInterfaces.find("")).errno());
        assertEquals(Errno.ENODEV, assertThrows(RawSocketException.class, () -> NetworkInterfaces.find(null)).errno());
    }

    @Test
    void namesAreCheckedWithoutAskingTheKernel() {
        assertDoesNotThrow(() -> NetworkInterfaces.checkName("interface", "lo"));
        assertDoesNotThrow(() -> NetworkInterfaces.checkName("interface", "x".repeat(15)));
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> NetworkInterfaces.checkName("interface", " "));
        assertEquals("interface", empty.field());
        assertEquals("The interface is empty; type a name that `ip link` lists, such as lo.", empty.getMessage());
        for (String bad : List.of("x".repeat(16), "a/b", "a b", "eth0:1")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> NetworkInterfaces.checkName("interface", bad));
            assertTrue(e.getMessage().startsWith("\"" + bad + "\" is not an interface name"), e.getMessage());
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }
}
