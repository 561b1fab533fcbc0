package dev.socketworkbench.net.server;

import java.io.IOException;
import java.io.InputStream;

/**
 * How a connection's byte stream is cut into the messages a {@link Protocol} sees. TCP keeps no
 * message boundaries, so this is a choice the server makes, kept apart from what it answers.
 */
public interface Framing {
    /** The next message from {@code in}, or null when the client has closed its side. */
    byte[] next(InputStream in) throws IOException;
}
