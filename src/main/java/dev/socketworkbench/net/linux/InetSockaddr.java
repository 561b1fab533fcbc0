package dev.socketworkbench.net.linux;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.socketworkbench.net.linux.KernelStructs.SockaddrIn;
import dev.socketworkbench.net.linux.KernelStructs.SockaddrIn6;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** An {@link InetSocketAddress} as the kernel's {@code sockaddr_in} or {@code sockaddr_in6} in native memory, and back. */
public final class InetSockaddr {
    /** Room for either kind, e.g. for {@link Libc#getsockname}. */
    public static final int MAX_SIZE = SockaddrIn6.SIZE;

    private InetSockaddr() { }

    /** The address as a new {@code sockaddr_in} (IPv4) or {@code sockaddr_in6}; its size is the length to pass. The caller closes it. */
    public static Memory of(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        if (ip == null) {
            throw new IllegalArgumentException("unresolved address " + address);
        }
        boolean v4 = ip instanceof Inet4Address;
        Memory m = new Memory(v4 ? SockaddrIn.SIZE : SockaddrIn6.SIZE);
        m.clear();
        m.setShort(SockaddrIn.FAMILY, (short) (v4 ? Libc.AF_INET : Libc.AF_INET6));
        int port = address.getPort();
        m.setByte(SockaddrIn.PORT, (byte) (port >>> 8));   // network order, whatever the CPU's
        m.setByte(SockaddrIn.PORT + 1, (byte) port);
        byte[] bytes = ip.getAddress();
        m.write(v4 ? SockaddrIn.ADDRESS : SockaddrIn6.ADDRESS, bytes, 0, bytes.length);
        if (ip instanceof Inet6Address v6) {
            m.setInt(SockaddrIn6.SCOPE_ID, v6.getScopeId());
        }
        return m;
    }

    /**
     * Reads a {@code sockaddr_in} or {@code sockaddr_in6}. An IPv4-mapped IPv6 address comes back as IPv4, as the
     * JDK's sockets report it.
     */
    public static InetSocketAddress read(Pointer p) {
        int family = p.getShort(SockaddrIn.FAMILY) & 0xFFFF;
        int port = (p.getByte(SockaddrIn.PORT) & 0xFF) << 8 | p.getByte(SockaddrIn.PORT + 1) & 0xFF;
        try {
            if (family == Libc.AF_INET) {
                return new InetSocketAddress(InetAddress.getByAddress(p.getByteArray(SockaddrIn.ADDRESS, SockaddrIn.ADDRESS_SIZE)), port);
            }
            if (family == Libc.AF_INET6) {
                byte[] bytes = p.getByteArray(SockaddrIn6.ADDRESS, SockaddrIn6.ADDRESS_SIZE);
                int scope = p.getInt(SockaddrIn6.SCOPE_ID);
                InetAddress ip = scope == 0 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, scope);
                return new InetSocketAddress(ip, port);
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("the kernel returned an address of the wrong length", e);   // cannot happen: fixed sizes
        }
        throw new IllegalArgumentException("not an IPv4 or IPv6 socket address (family " + family + ")");
    }
}
