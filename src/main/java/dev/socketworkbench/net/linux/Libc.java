package dev.socketworkbench.net.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The few C library calls the raw Ethernet socket and the batched UDP sender need, bound with JNA's direct
 * mapping (each call costs about as much as a hand-written JNI stub, which matters at hundreds of thousands
 * of frames a second). Calls declared {@code throws LastErrorException} clear errno before the call and throw
 * with it when the call set it; they are the system-call wrappers that set errno only on failure.
 *
 * <p>Linux on a 64-bit CPU only: {@code size_t} is mapped to {@code long}, and the constants and
 * structure layouts ({@link KernelStructs}) are the ones x86-64, AArch64 and RISC-V share. Loading this
 * class on another system fails, so callers check first ({@link LinuxSupport#hasLibc()}).
 */
public final class Libc {
    static {
        Native.register(Libc.class, Platform.C_LIBRARY_NAME);
    }

    private Libc() { }

    // socket(2), bind(2), connect(2), setsockopt(2), getsockopt(2)
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int AF_PACKET = 17;
    public static final int SOCK_DGRAM = 2;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_BROADCAST = 6;
    public static final int SO_RCVBUF = 8;
    /** Like SO_RCVBUF, but may exceed rmem_max; needs CAP_NET_ADMIN. */
    public static final int SO_RCVBUFFORCE = 33;
    public static final int SO_SNDTIMEO = 21;
    public static final int SO_ATTACH_FILTER = 26;
    public static final int SO_TIMESTAMPNS = 35;
    public static final int SOL_PACKET = 263;
    public static final int PACKET_STATISTICS = 6;
    public static final int PACKET_AUXDATA = 8;
    public static final int PACKET_IGNORE_OUTGOING = 23;
    /** Every protocol: the socket sees every frame on its interface. */
    public static final int ETH_P_ALL = 0x0003;

    // send(2), recvmmsg(2) flags
    public static final int MSG_TRUNC = 0x20;
    public static final int MSG_DONTWAIT = 0x40;

    // poll(2)
    public static final short POLLIN = 0x1;
    public static final short POLLERR = 0x8;

    // eventfd(2)
    public static final int EFD_NONBLOCK = 0x800;
    public static final int EFD_CLOEXEC = 0x80000;

    // netdevice(7) requests and flags
    public static final long SIOCGIFFLAGS = 0x8913;
    public static final long SIOCGIFMTU = 0x8921;
    public static final long SIOCGIFHWADDR = 0x8927;
    public static final int IFF_UP = 0x1;
    public static final int IFF_LOOPBACK = 0x8;
    public static final int IFF_RUNNING = 0x40;
    public static final int ARPHRD_ETHER = 1;
    public static final int ARPHRD_LOOPBACK = 772;

    public static native int socket(int domain, int type, int protocol) throws LastErrorException;

    public static native int bind(int fd, Pointer address, int addressLength) throws LastErrorException;

    public static native int connect(int fd, Pointer address, int addressLength) throws LastErrorException;

    /** Writes the socket's own address into {@code address}; {@code addressLength} holds its size in and the used size out. */
    public static native int getsockname(int fd, Pointer address, Pointer addressLength) throws LastErrorException;

    public static native int setsockopt(int fd, int level, int name, Pointer value, int valueLength) throws LastErrorException;

    public static native int getsockopt(int fd, int level, int name, Pointer value, Pointer valueLength) throws LastErrorException;

    public static native long send(int fd, Pointer buffer, long length, int flags) throws LastErrorException;

    /** Sends up to {@code count} messages in one system call; returns how many went. */
    public static native int sendmmsg(int fd, Pointer messages, int count, int flags) throws LastErrorException;

    /**
     * Receives up to {@code count} messages in one system call; returns how many came, or -1 with the
     * reason in {@code Native.getLastError()}. Not declared to throw: "nothing queued" (EAGAIN) is the
     * normal answer of a non-blocking call, and building an exception for it would cost more than the call.
     */
    public static native int recvmmsg(int fd, Pointer messages, int count, int flags, Pointer timeout);

    public static native int poll(Pointer fds, long count, int timeoutMillis) throws LastErrorException;

    public static native int eventfd(int initialValue, int flags) throws LastErrorException;

    public static native long write(int fd, Pointer buffer, long length) throws LastErrorException;

    public static native int close(int fd) throws LastErrorException;

    /** Declared with three fixed arguments: on these 64-bit ABIs that is how a variadic pointer argument is passed. */
    public static native int ioctl(int fd, long request, Pointer argument) throws LastErrorException;

    /**
     * Not declared to throw: glibc may set errno on the way to a successful answer. Returns 0 when
     * there is no such interface.
     */
    public static native int if_nametoindex(String name);

    /** The interfaces as {index, name pointer} pairs ending in {0, NULL}; free with {@link #if_freenameindex}. */
    public static native Pointer if_nameindex() throws LastErrorException;

    public static native void if_freenameindex(Pointer list);

    public static native String strerror(int errno);

    // setpriority(2): on Linux the nice value belongs to each thread, and PRIO_PROCESS with who = 0 means
    // the calling thread. Raising one's own nice value needs no privilege; lowering it again does.
    public static final int PRIO_PROCESS = 0;

    public static native int setpriority(int which, int who, int nice) throws LastErrorException;
}
