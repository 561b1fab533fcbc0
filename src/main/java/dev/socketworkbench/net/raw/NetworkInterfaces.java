package dev.socketworkbench.net.raw;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.linux.Errno;
import dev.socketworkbench.net.linux.KernelStructs.IfNameIndex;
import dev.socketworkbench.net.linux.KernelStructs.IfReq;
import dev.socketworkbench.net.linux.Libc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the network interfaces a raw socket can use, with index, MAC address, MTU and state. It asks the
 * kernel directly (if_nameindex and SIOCGIF* requests on an ordinary UDP socket), which needs no privilege,
 * also lists interfaces without an IP address (which {@link java.net.NetworkInterface} skips), and answers
 * for the calling thread's network namespace.
 */
public final class NetworkInterfaces {
    /** The interface the raw frames tab starts on: loopback, where frames never leave the machine. */
    public static final String DEFAULT = "lo";

    private NetworkInterfaces() { }

    /**
     * Checks what a user typed as an interface name against the kernel's rules (1-15 bytes, no slash,
     * colon or white space) without asking whether it exists; fine for as-you-type validation.
     */
    public static void checkName(String field, String name) throws InvalidInputException {
        String n = name == null ? "" : name;
        if (n.isBlank()) {
            throw new InvalidInputException(field, "The interface is empty; type a name that `ip link` lists, such as lo.");
        }
        if (!isValidName(n)) {
            throw new InvalidInputException(field, "\"" + n + "\" is not an interface name: names have 1 to 15 characters"
                    + " and no spaces, slashes or colons; `ip link` lists them.");
        }
    }

    private static boolean isValidName(String n) {
        int bytes = n.getBytes(StandardCharsets.UTF_8).length;
        return bytes > 0 && bytes < IfReq.NAME_SIZE && n.chars().noneMatch(c -> c == '/' || c == ':' || Character.isWhitespace(c));
    }

    /** Every interface, in index order. */
    public static List<InterfaceInfo> list() throws RawSocketException {
        RawFailures.requireLinux();
        Pointer names;
        try {
            names = Libc.if_nameindex();
        } catch (LastErrorException e) {
            throw RawFailures.of(e, "");
        }
        List<InterfaceInfo> found = new ArrayList<>();
        try (QuerySocket socket = new QuerySocket()) {
            for (long at = 0; ; at += IfNameIndex.SIZE) {
                int index = names.getInt(at + IfNameIndex.INDEX);
                Pointer name = names.getPointer(at + IfNameIndex.NAME);
                if (index == 0 && name == null) {
                    break;
                }
                try {
                    found.add(socket.query(name.getString(0, StandardCharsets.UTF_8.name()), index));
                } catch (RawSocketException e) {
                    if (e.errno() != Errno.ENODEV) {   // one that vanished since the list was made is skipped
                        throw e;
                    }
                }
            }
        } finally {
            Libc.if_freenameindex(names);
        }
        found.sort(Comparator.comparingInt(InterfaceInfo::index));
        return List.copyOf(found);
    }

    /** The interface called {@code name}; the ENODEV sentence if there is none. */
    public static InterfaceInfo find(String name) throws RawSocketException {
        RawFailures.requireLinux();
        String n = name == null ? "" : name;
        if (!isValidName(n)) {   // such a name cannot exist; asking the kernel would only say so
            throw RawFailures.of(Errno.ENODEV, n.isEmpty() ? "\"\"" : n, -1, -1, null);
        }
        int index = Libc.if_nametoindex(n);
        if (index == 0) {
            int errno = Native.getLastError();
            boolean system = errno == Errno.EMFILE || errno == Errno.ENFILE || errno == Errno.ENOMEM;
            throw RawFailures.of(system ? errno : Errno.ENODEV, n, -1, -1, null);
        }
        try (QuerySocket socket = new QuerySocket()) {
            return socket.query(n, index);
        }
    }

    /** An ordinary datagram socket that carries SIOCGIF* requests; any socket does, and this one needs no privilege. */
    private static final class QuerySocket implements AutoCloseable {
        private final int fd;
        private final Memory request = new Memory(IfReq.SIZE);

        QuerySocket() throws RawSocketException {
            try {
                fd = Libc.socket(Libc.AF_INET, Libc.SOCK_DGRAM | Libc.SOCK_CLOEXEC, 0);
            } catch (LastErrorException e) {
                request.close();
                throw RawFailures.of(e, "");
            }
        }

        InterfaceInfo query(String name, int index) throws RawSocketException {
            try {
                int flags = ask(name, Libc.SIOCGIFFLAGS).getShort(IfReq.FLAGS) & 0xFFFF;
                int mtu = ask(name, Libc.SIOCGIFMTU).getInt(IfReq.MTU);
                Memory hw = ask(name, Libc.SIOCGIFHWADDR);
                int type = hw.getShort(IfReq.HWADDR_FAMILY) & 0xFFFF;
                boolean ethernet = type == Libc.ARPHRD_ETHER || type == Libc.ARPHRD_LOOPBACK;
                MacAddress mac = ethernet ? MacAddress.of(hw.getByteArray(IfReq.HWADDR_DATA, MacAddress.SIZE)) : MacAddress.ZERO;
                return new InterfaceInfo(name, index, mac, mtu, (flags & Libc.IFF_UP) != 0, (flags & Libc.IFF_RUNNING) != 0,
                        (flags & Libc.IFF_LOOPBACK) != 0, ethernet);
            } catch (LastErrorException e) {
                throw RawFailures.of(e, name);
            }
        }

        private Memory ask(String name, long requestCode) {
            request.clear();
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            request.write(IfReq.NAME, bytes, 0, Math.min(bytes.length, IfReq.NAME_SIZE - 1));
            Libc.ioctl(fd, requestCode, request);
            return request;
        }

        @Override
        public void close() {
            try {
                Libc.close(fd);
            } catch (LastErrorException ignored) {
                // Closing a query socket cannot lose anything.
            }
            request.close();
        }
    }
}
