package dev.socketworkbench.net.server;

/** Which kind of thread serves each connection of a {@link ThreadedServer}. */
public enum ThreadKind {
    /** An operating-system thread per connection, as MThreadserver.py's threading.Thread. */
    PLATFORM,
    /** A virtual thread per connection: cheap to block, so thousands of idle clients cost little. */
    VIRTUAL
}
