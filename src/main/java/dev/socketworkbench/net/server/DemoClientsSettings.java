package dev.socketworkbench.net.server;

import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import java.util.Objects;

/**
 * How many demo clients {@link DemoClients} starts and what they say.
 *
 * @param host          the server's host
 * @param port          the server's port
 * @param protocol      which conversation each client has (echo, client list, greeting)
 * @param clients       how many clients, 1-1000; client-list clients are named client-1..N
 * @param concurrency   how many run at the same time, 1 (one after another) up to {@code clients}
 * @param message       what an echo client sends before "bye"
 * @param timeoutMillis how long one client waits to connect, and for each answer
 * @param holdMillis    how long each client stays connected before it talks (0 = at once), so a class can
 *                      watch the connections table fill and the thread count rise before they fall
 */
public record DemoClientsSettings(String host, int port, ServerProtocol protocol, int clients, int concurrency,
                                  String message, int timeoutMillis, int holdMillis) {

    public static final int MAX_CLIENTS = 1000;
    public static final int DEFAULT_CONCURRENCY = 50;
    public static final int DEFAULT_TIMEOUT_MILLIS = 10_000;
    public static final String DEFAULT_MESSAGE = "This is from Client";
    public static final int MAX_HOLD_MILLIS = 60_000;

    public DemoClientsSettings {
        Objects.requireNonNull(protocol, "protocol");
        host = host == null ? "" : host;
        message = message == null ? "" : message;
    }

    /** {@code clients} clients, up to 50 at a time, with the seed's message and a 10 s timeout. */
    public static DemoClientsSettings of(String host, int port, ServerProtocol protocol, int clients) {
        return new DemoClientsSettings(host, port, protocol, clients, Math.max(1, Math.min(clients, DEFAULT_CONCURRENCY)),
                DEFAULT_MESSAGE, DEFAULT_TIMEOUT_MILLIS, 0);
    }

    public DemoClientsSettings withConcurrency(int n) {
        return new DemoClientsSettings(host, port, protocol, clients, n, message, timeoutMillis, holdMillis);
    }

    public DemoClientsSettings withMessage(String text) {
        return new DemoClientsSettings(host, port, protocol, clients, concurrency, text, timeoutMillis, holdMillis);
    }

    public DemoClientsSettings withTimeoutMillis(int millis) {
        return new DemoClientsSettings(host, port, protocol, clients, concurrency, message, millis, holdMillis);
    }

    public DemoClientsSettings withHoldMillis(int millis) {
        return new DemoClientsSettings(host, port, protocol, clients, concurrency, message, timeoutMillis, millis);
    }

    /** Checks what the user typed without any DNS lookup. */
    public void validate() throws InvalidInputException {
        Hosts.checkSyntax("host", host);
        Ports.check("port", port, 1);
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new InvalidInputException("clients", "The number of clients must be 1 to " + MAX_CLIENTS + ", not " + clients + ".");
        }
        if (concurrency < 1 || concurrency > clients) {
            throw new InvalidInputException("concurrency", "The clients running at once must be 1 to " + clients + " (the number of clients), not " + concurrency + ".");
        }
        if (timeoutMillis < 1) {
            throw new InvalidInputException("timeout", "The timeout must be at least 1 ms, not " + timeoutMillis + ".");
        }
        if (holdMillis < 0 || holdMillis > MAX_HOLD_MILLIS) {
            throw new InvalidInputException("hold", "The time each client stays connected must be 0 to " + MAX_HOLD_MILLIS + " ms, not " + holdMillis + ".");
        }
        if (protocol == ServerProtocol.ECHO && (message.isEmpty() || message.strip().equals("bye"))) {
            throw new InvalidInputException("message", "An echo client needs a message other than \"bye\", which ends the conversation.");
        }
    }
}
