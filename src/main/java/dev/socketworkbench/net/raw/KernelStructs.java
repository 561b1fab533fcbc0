package dev.socketworkbench.net.raw;

/**
 * Offsets and sizes of the C structures {@link Libc} passes, for 64-bit Linux (checked against the
 * system headers with {@code offsetof}). The structures live in JNA {@code Memory} and are read and
 * written by offset: no reflection per call, and arrays of them (one {@code mmsghdr} per batched frame)
 * are plain memory. Multi-byte fields are in the CPU's order except where a comment says network order.
 */
final class KernelStructs {
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
    static final class SockaddrLl {
        static final int FAMILY = 0;
        static final int PROTOCOL = 2;
        static final int IFINDEX = 4;
        static final int PKTTYPE = 10;
        static final int SIZE = 20;
        /** The frame left this machine (a copy of what it sent). */
        static final int PACKET_OUTGOING = 4;

        private SockaddrLl() { }
    }

    /** {@code struct iovec}: one buffer, pointer and length. */
    static final class IoVec {
        static final int BASE = 0;
        static final int LENGTH = 8;
        static final int SIZE = 16;

        private IoVec() { }
    }

    /** {@code struct msghdr}, for sendmmsg and recvmmsg: address, buffers, control (ancillary) data. */
    static final class MsgHdr {
        static final int NAME = 0;
        static final int NAME_LENGTH = 8;
        static final int IOV = 16;
        static final int IOV_LENGTH = 24;
        static final int CONTROL = 32;
        static final int CONTROL_LENGTH = 40;
        static final int FLAGS = 48;
        static final int SIZE = 56;

        private MsgHdr() { }
    }

    /**
     * {@code struct mmsghdr}: a msghdr plus {@code unsigned int msg_len}, how many bytes sendmmsg sent of it or
     * recvmmsg received into it (with MSG_TRUNC: the whole frame's length), padded to 64 bytes.
     */
    static final class MmsgHdr {
        static final int LENGTH = 56;
        static final int SIZE = 64;

        private MmsgHdr() { }
    }

    /** {@code struct pollfd}: {@code int fd; short events; short revents}. */
    static final class PollFd {
        static final int FD = 0;
        static final int EVENTS = 4;
        static final int REVENTS = 6;
        static final int SIZE = 8;

        private PollFd() { }
    }

    /** {@code struct cmsghdr}: one piece of ancillary data; the next starts at the length rounded up to 8. */
    static final class CmsgHdr {
        static final int LENGTH = 0;
        static final int LEVEL = 8;
        static final int TYPE = 12;
        static final int DATA = 16;

        private CmsgHdr() { }

        static long align(long length) {
            return (length + 7) & ~7L;
        }
    }

    /**
     * {@code struct tpacket_auxdata} (PACKET_AUXDATA): what the kernel knows about a frame beyond its
     * bytes, above all the 802.1Q tag it took out of the frame on the way in.
     */
    static final class TpacketAuxdata {
        static final int STATUS = 0;
        static final int LENGTH = 4;
        static final int VLAN_TCI = 16;
        static final int VLAN_TPID = 18;
        static final int SIZE = 20;
        static final int TP_STATUS_VLAN_VALID = 1 << 4;
        static final int TP_STATUS_VLAN_TPID_VALID = 1 << 6;

        private TpacketAuxdata() { }
    }

    /** {@code struct timespec}: seconds and nanoseconds, as SO_TIMESTAMPNS delivers a receive time. */
    static final class Timespec {
        static final int SECONDS = 0;
        static final int NANOS = 8;
        static final int SIZE = 16;

        private Timespec() { }
    }

    /**
     * {@code struct ifreq} for the SIOCGIF* requests: a 16-byte name, then a 24-byte union holding the
     * answer (flags as a short, the MTU as an int, the hardware address as a {@code struct sockaddr}).
     */
    static final class IfReq {
        static final int NAME = 0;
        static final int NAME_SIZE = 16;
        static final int FLAGS = 16;
        static final int MTU = 16;
        static final int HWADDR_FAMILY = 16;
        static final int HWADDR_DATA = 18;
        static final int SIZE = 40;

        private IfReq() { }
    }

    /** {@code struct if_nameindex}: {@code unsigned int if_index; char *if_name}. */
    static final class IfNameIndex {
        static final int INDEX = 0;
        static final int NAME = 8;
        static final int SIZE = 16;

        private IfNameIndex() { }
    }

    /** {@code struct sock_fprog} (a classic BPF program) and its {@code struct sock_filter} instructions. */
    static final class SockFprog {
        static final int LENGTH = 0;
        static final int FILTER = 8;
        static final int SIZE = 16;
        static final int INSTRUCTION_SIZE = 8;

        private SockFprog() { }
    }

    /** {@code struct tpacket_stats} (PACKET_STATISTICS): frames seen and dropped since the last read. */
    static final class TpacketStats {
        static final int PACKETS = 0;
        static final int DROPS = 4;
        static final int SIZE = 8;

        private TpacketStats() { }
    }

    /** {@code struct timeval} for SO_SNDTIMEO. */
    static final class Timeval {
        static final int SECONDS = 0;
        static final int MICROS = 8;
        static final int SIZE = 16;

        private Timeval() { }
    }
}
