package dev.socketworkbench.net.server;

import java.io.IOException;
import java.net.InetSocketAddress;

/** What a {@link Protocol} may do on its connection: see who the client is, answer it, name it. */
public interface Conversation {
    /** The client's address and port. */
    InetSocketAddress remote();

    /** Writes {@code bytes} to the client (reported as a SENT event). */
    void reply(byte[] bytes) throws IOException;

    /** Shows {@code name} in the connection's row of the connections table. */
    void nameClient(String name);
}
