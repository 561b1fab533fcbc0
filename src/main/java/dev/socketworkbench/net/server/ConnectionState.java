package dev.socketworkbench.net.server;

/** Where one connection of the threaded server is in its life, as the connections table shows it. */
public enum ConnectionState {
    /** Accepted; its thread is starting. */
    ACCEPTED,
    /** Its thread is talking with the client. */
    OPEN,
    /** The server has said its last word (FIN sent) and waits briefly for the client to close. */
    CLOSING
}
