package dev.socketworkbench.net.linux;

/**
 * Offsets and sizes of the C structures {@link Libc} passes, for 64-bit Linux (checked against the
 * system headers with {@code offsetof}). The structures live in JNA {@code Memory} and are read and
 * written by offset: no reflection per call, and arrays of them (one {@code mmsghdr} per batched frame)
 * are plain memory. Multi-byte fields are in the CPU's order except where a comment says network order.
 */
public final class KernelStructs {
    private KernelStructs() { }

    /**
     * {@code struct sockaddr_ll}, a link-layer address: which interface and protocol a packet socket
     * is bound to, and where a received frame came from.
     * <pre>
     *  0  u16 sll_family   AF_PACKET       8  u16 sll_hatype   ARPHRD_*
     *  2  u16 sll_protocol network order  10  u8  sll_pkttype  PACKET_HOST, ..., PACKET_OUTGOING
     *  4  int sll_ifindex                 11  u8  sll_halen    12  u8[8] sll_addr
     * </pre>
     */
    public static final class SockaddrLl {
        public static final int FAMILY = 0;
        public static final int PROTOCOL = 2;
        public static final int IFINDEX = 4;
        public static final int PKTTYPE = 10;
        public static final int SIZE = 20;
        /** The frame left this machine (a copy of what it sent). */
        public static final int PACKET_OUTGOING = 4;

        private SockaddrLl() { }
    }

    /**
     * {@code struct sockaddr_in}, an IPv4 address and port.
     * <pre>
     *  0  u16 sin_family AF_INET     2  u16 sin_port network order
     *  4  u8[4] sin_addr             8  u8[8] zero
     * </pre>
     */
    public static final class SockaddrIn {
        public static final int FAMILY = 0;
        public static final int PORT = 2;
        public static final int ADDRESS = 4;
        public static final int ADDRESS_SIZE = 4;
        public static final int SIZE = 16;

        private SockaddrIn() { }
    }

    /**
     * {@code struct sockaddr_in6}, an IPv6 address and port.
     * <pre>
     *  0  u16 sin6_family AF_INET6   2  u16 sin6_port network order   4  u32 sin6_flowinfo
     *  8  u8[16] sin6_addr          24  u32 sin6_scope_id
     * </pre>
     */
    public static final class SockaddrIn6 {
        public static final int FAMILY = 0;
        public static final int PORT = 2;
        public static final int ADDRESS = 8;
        public static final int ADDRESS_SIZE = 16;
        public static final int SCOPE_ID = 24;
        public static final int SIZE = 28;

        private SockaddrIn6() { }
    }

    /** {@code struct iovec}: one buffer, pointer and length. */
    public static final class IoVec {
        public static final int BASE = 0;
        public static final int LENGTH = 8;
        public static final int SIZE = 16;

        private IoVec() { }
    }

    /** {@code struct msghdr}, for sendmmsg and recvmmsg: address, buffers, control (ancillary) data. */
    public static final class MsgHdr {
        public static final int NAME = 0;
        public static final int NAME_LENGTH = 8;
        public static final int IOV = 16;
        public static final int IOV_LENGTH = 24;
        public static final int CONTROL = 32;
        public static final int CONTROL_LENGTH = 40;
        public static final int FLAGS = 48;
        public static final int SIZE = 56;

        private MsgHdr() { }
    }

    /**
     * {@code struct mmsghdr}: a msghdr plus {@code unsigned int msg_len}, how many bytes sendmmsg sent of it or
     * recvmmsg received into it (with MSG_TRUNC: the whole frame's length), padded to 64 bytes.
     */
    public static final class MmsgHdr {
        public static final int LENGTH = 56;
        public static final int SIZE = 64;

        private MmsgHdr() { }
    }

    /** {@code struct pollfd}: {@code int fd; short events; short revents}. */
    public static final class PollFd {
        public static final int FD = 0;
        public static final int EVENTS = 4;
        public static final int REVENTS = 6;
        public static final int SIZE = 8;

        private PollFd() { }
    }

    /** {@code struct cmsghdr}: one piece of ancillary data; the next starts at the length rounded up to 8. */
    public static final class CmsgHdr {
        public static final int LENGTH = 0;
        public static final int LEVEL = 8;
        public static final int TYPE = 12;
        public static final int DATA = 16;

        private CmsgHdr() { }

        public static long align(long length) {
            return (length + 7) & ~7L;
        }
    }

    /**
     * {@code struct tpacket_auxdata} (PACKET_AUXDATA): what the kernel knows about a frame beyond its
     * bytes, above all the 802.1Q tag it took out of the frame on the way in.
     */
    public static final class TpacketAuxdata {
        public static final int STATUS = 0;
        public static final int LENGTH = 4;
        public static final int VLAN_TCI = 16;
        public static final int VLAN_TPID = 18;
        public static final int SIZE = 20;
        public static final int TP_STATUS_VLAN_VALID = 1 << 4;
        public static final int TP_STATUS_VLAN_TPID_VALID = 1 << 6;

        private TpacketAuxdata() { }
    }

    /** {@code struct timespec}: seconds and nanoseconds, as SO_TIMESTAMPNS delivers a receive time. */
    public static final class Timespec {
        public static final int SECONDS = 0;
        public static final int NANOS = 8;
        public static final int SIZE = 16;

        private Timespec() { }
    }

    /**
     * {@code struct ifreq} for the SIOCGIF* requests: a 16-byte name, then a 24-byte union holding the
     * answer (flags as a short, the MTU as an int, the hardware address as a {@code struct sockaddr}).
     */
    public static final class IfReq {
        public static final int NAME = 0;
        public static final int NAME_SIZE = 16;
        public static final int FLAGS = 16;
        public static final int MTU = 16;
        public static final int HWADDR_FAMILY = 16;
        public static final int HWADDR_DATA = 18;
        public static final int SIZE = 40;

        private IfReq() { }
    }

    /** {@code struct if_nameindex}: {@code unsigned int if_index; char *if_name}. */
    public static final class IfNameIndex {
        public static final int INDEX = 0;
        public static final int NAME = 8;
        public static final int SIZE = 16;

        private IfNameIndex() { }
    }

    /** {@code struct sock_fprog} (a classic BPF program) and its {@code struct sock_filter} instructions. */
    public static final class SockFprog {
        public static final int LENGTH = 0;
        public static final int FILTER = 8;
        public static final int SIZE = 16;
        public static final int INSTRUCTION_SIZE = 8;

        private SockFprog() { }
    }

    /** {@code struct tpacket_stats} (PACKET_STATISTICS): frames seen and dropped since the last read. */
    public static final class TpacketStats {
        public static final int PACKETS = 0;
        public static final int DROPS = 4;
        public static final int SIZE = 8;

        private TpacketStats() { }
    }

    /** {@code struct timeval} for SO_SNDTIMEO. */
    public static final class Timeval {
        public static final int SECONDS = 0;
        public static final int MICROS = 8;
        public static final int SIZE = 16;

        private Timeval() { }
    }
}
