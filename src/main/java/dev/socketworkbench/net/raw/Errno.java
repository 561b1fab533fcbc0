package dev.socketworkbench.net.raw;

/** The Linux errno values the raw socket code tells apart (the generic ones x86-64 and AArch64 share). */
final class Errno {
    private Errno() { }

    /** Not an errno: the failure did not come from a system call. */
    static final int NONE = 0;
    static final int EPERM = 1;
    static final int EINTR = 4;
    static final int ENXIO = 6;
    static final int EAGAIN = 11;
    static final int ENOMEM = 12;
    static final int EACCES = 13;
    static final int ENODEV = 19;
    static final int EINVAL = 22;
    static final int ENFILE = 23;
    static final int EMFILE = 24;
    static final int EMSGSIZE = 90;
    static final int ENOPROTOOPT = 92;
    static final int EAFNOSUPPORT = 97;
    static final int ENETDOWN = 100;
    static final int ENOBUFS = 105;
}
