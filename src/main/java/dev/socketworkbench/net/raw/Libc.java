package dev.socketworkbench.net.raw;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The few C library calls a raw Ethernet socket needs, bound with JNA's direct mapping (each call
 * costs about as much as a hand-written JNI stub, which matters at hundreds of thousands of frames
 * a second). Calls declared {@code throws LastErrorException} clear errno before the call and throw
 * with it when the call set it; they are the system-call wrappers that set errno only on failure.
 *
 * <p>Linux on a 64-bit CPU only: {@code size_t} is mapped to {@code long}, and the constants and
 * structure layouts ({@link KernelStructs}) are the ones x86-64, AArch64 and RISC-V share. Loading this
 * class on another system fails, so callers go through {@link RawFailures#requireLinux()} first.
 */
final class Libc {
    static {
        Native.register(Libc.class, Platform.C_LIBRARY_NAME);
    }

    private Libc() { }

    // socket(2), bind(2), setsockopt(2), getsockopt(2)
    static final int AF_INET = 2;
    static final int AF_PACKET = 17;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_RAW = 3;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int SOL_SOCKET = 1;
    static final int SO_RCVBUF = 8;
    /** Like SO_RCVBUF, but may exceed rmem_max; needs CAP_NET_ADMIN. */
    static final int SO_RCVBUFFORCE = 33;
    static final int SO_SNDTIMEO = 21;
    static final int SO_ATTACH_FILTER = 26;
    static final int SO_TIMESTAMPNS = 35;
    static final int SOL_PACKET = 263;
    static final int PACKET_STATISTICS = 6;
    static final int PACKET_AUXDATA = 8;
    static final int PACKET_IGNORE_OUTGOING = 23;
    /** Every protocol: the socket sees every frame on its interface. */
    static final int ETH_P_ALL = 0x0003;

    // send(2), recvmmsg(2) flags
    static final int MSG_TRUNC = 0x20;
    static final int MSG_DONTWAIT = 0x40;

    // poll(2)
    static final short POLLIN = 0x1;
    static final short POLLERR = 0x8;

    // eventfd(2)
    static final int EFD_NONBLOCK = 0x800;
    static final int EFD_CLOEXEC = 0x80000;

    // netdevice(7) requests and flags
    static final long SIOCGIFFLAGS = 0x8913;
    static final long SIOCGIFMTU = 0x8921;
    static final long SIOCGIFHWADDR = 0x8927;
    static final int IFF_UP = 0x1;
    static final int IFF_LOOPBACK = 0x8;
    static final int IFF_RUNNING = 0x40;
    static final int ARPHRD_ETHER = 1;
    static final int ARPHRD_LOOPBACK = 772;

    static native int socket(int domain, int type, int protocol) throws LastErrorException;

    static native int bind(int fd, Pointer address, int addressLength) throws LastErrorException;

    static native int setsockopt(int fd, int level, int name, Pointer value, int valueLength) throws LastErrorException;

    static native int getsockopt(int fd, int level, int name, Pointer value, Pointer valueLength) throws LastErrorException;

    static native long send(int fd, Pointer buffer, long length, int flags) throws LastErrorException;

    /** Sends up to {@code count} messages in one system call; returns how many went. */
    static native int sendmmsg(int fd, Pointer messages, int count, int flags) throws LastErrorException;

    /**
     * Receives up to {@code count} messages in one system call; returns how many came, or -1 with the
     * reason in {@code Native.getLastError()}. Not declared to throw: "nothing queued" (EAGAIN) is the
     * normal answer of a non-blocking call, and building an exception for it would cost more than the call.
     */
    static native int recvmmsg(int fd, Pointer messages, int count, int flags, Pointer timeout);

    static native int poll(Pointer fds, long count, int timeoutMillis) throws LastErrorException;

    static native int eventfd(int initialValue, int flags) throws LastErrorException;

    static native long write(int fd, Pointer buffer, long length) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    /** Declared with three fixed arguments: on these 64-bit ABIs that is how a variadic pointer argument is passed. */
    static native int ioctl(int fd, long request, Pointer argument) throws LastErrorException;

    /**
     * Not declared to throw: glibc may set errno on the way to a successful answer. Returns 0 when
     * there is no such interface.
     */
    static native int if_nametoindex(String name);

    /** The interfaces as {index, name pointer} pairs ending in {0, NULL}; free with {@link #if_freenameindex}. */
    static native Pointer if_nameindex() throws LastErrorException;

    static native void if_freenameindex(Pointer list);

    static native String strerror(int errno);
}
