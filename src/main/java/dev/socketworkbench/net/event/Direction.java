package dev.socketworkbench.net.event;

/** Which way an event went, as the log console shows it. */
public enum Direction {
    /** Bytes this program put on the wire. */
    SENT,
    /** Bytes this program read from the wire. */
    RECEIVED,
    /** A state change worth telling the user: listening, connected, closed. */
    INFO,
    /** Something failed; the message says what and what to try. */
    ERROR
}
