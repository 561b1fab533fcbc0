package dev.socketworkbench.net.tcp;

/** What a stream socket runs over: TCP to a host and port, or a Unix-domain socket file on this machine. */
public enum Transport {
    /** TCP over IPv4 or IPv6: a host (name or address) and a port. */
    TCP,
    /** A Unix-domain stream socket: a path on this machine, no network at all. */
    UNIX
}
