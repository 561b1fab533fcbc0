package dev.socketworkbench.net.server;

/** What a {@link ThreadedServer} says to each client; each value has a {@link Protocol} class. */
public enum ServerProtocol {
    /** Send back every read until the client sends "bye" (MThreadserver.py): {@link EchoProtocol}. */
    ECHO,
    /** Read a name, reply with the JSON list of every client so far (client_list.py): {@link ClientListProtocol}. */
    CLIENT_LIST,
    /** Send a greeting and close (server.py): {@link GreetingProtocol}. */
    GREETING
}
