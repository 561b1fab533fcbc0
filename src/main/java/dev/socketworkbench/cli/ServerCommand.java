package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadKind;
import dev.socketworkbench.net.server.ThreadedServer;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench server --port P --mode echo|client-list|greeting}: the seeds' multi-threaded server
 * (MThreadserver.py, client_list.py) through {@link ThreadedServer}, one thread per connection. It prints a
 * line once it listens and one per connection event, and runs until Ctrl-C, which closes every connection.
 * Its subcommand {@code server client-list HOST PORT NAME} is the matching client
 * ({@link ServerClientListCommand}); picocli runs that instead when it is named.
 *
 * <p>Exit codes: 0 after Ctrl-C; 2 for bad input, including a port that is in use or privileged (as for
 * UDP); 1 when the network fails.
 */
@Command(name = "server",
        mixinStandardHelpOptions = true,
        customSynopsis = {"socket-workbench server --port P --mode MODE [OPTIONS]",
                "   or: socket-workbench server client-list HOST PORT NAME"},
        description = {"Serves many TCP clients at once, one thread per connection, until Ctrl-C; one line per connection event.",
                "Modes: echo (MThreadserver.py) echoes every read until the client sends \"bye\";",
                "client-list (client_list.py) replies with the JSON list of all clients so far;",
                "greeting (server.py) sends the greeting and closes."},
        subcommands = ServerClientListCommand.class,
        footer = {"", "Exit codes: 0 stopped with Ctrl-C; 1 the network failed; 2 bad input (including a port in use or below 1024).",
                "Example: socket-workbench server --port 5000 --mode echo --threads virtual"})
public final class ServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // Not required to picocli: it would then demand them for 'server client-list' too. call() checks them.
    @Option(names = "--port", paramLabel = "P",
            description = "The local port, 0-65535; 0 lets the system pick a free one (the first line shows which). Required.")
    String port;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "What the server says to each client: echo, client-list or greeting (see above). Required.")
    String mode;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ThreadedServerSettings.DEFAULT_BIND_HOST,
            description = "The local address: 127.0.0.1 (default) or ::1; 0.0.0.0 or :: listen on every interface.")
    String bindAddress;

    @Option(names = "--threads", paramLabel = "platform|virtual", defaultValue = "platform",
            description = "One platform thread (default, as the seed's threading.Thread) or one virtual thread per connection.")
    String threads;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ThreadedServerSettings.DEFAULT_MAX_CONNECTIONS,
            description = "More connections than N at once are told why and closed; default " + ThreadedServerSettings.DEFAULT_MAX_CONNECTIONS + ".")
    String maxConnections;

    @Option(names = "--idle-timeout-ms", paramLabel = "N", defaultValue = "0",
            description = "Close a client that sends nothing for N ms; 0 (default) never does.")
    String idleTimeoutMillis;

    @Option(names = "--greeting", paramLabel = "TEXT",
            description = {"What --mode greeting sends; default the seed's 'Thank you for connecting\\r\\n'.",
                    "TEXT may use the escapes \\n \\r \\t \\0 \\\\ \\xHH."})
    String greeting;

    @Option(names = "--max-name-bytes", paramLabel = "N",
            description = "The longest name --mode client-list accepts; a longer one gets an error reply. Default "
                    + ThreadedServerSettings.DEFAULT_MAX_NAME_BYTES + ".")
    String maxNameBytes;

    private volatile ThreadedServer running;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        ThreadedServerSettings settings = settings();
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), StandardCharsets.UTF_8, false);
        ThreadedServer server = new ThreadedServer(settings, printer);
        running = server;
        try {
            return ForegroundEngine.run(server, "threaded-server-" + settings.port(), printer);
        } finally {
            running = null;
        }
    }

    /**
     * Stops the running server as Ctrl-C does: closes it, so {@link #call()} closes every connection, waits
     * for their threads and returns 0. For embedding and tests, which cannot send this JVM a signal.
     */
    void stop() {
        ThreadedServer server = running;
        if (server != null) {
            server.close();
        }
    }

    /** The engine's settings from the command line, checked in full before the socket is opened. */
    ThreadedServerSettings settings() throws InvalidInputException {
        if (port == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--port=P'.");
        }
        if (mode == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--mode=MODE'; use echo, client-list or greeting.");
        }
        ServerProtocol protocol = Choices.parse("--mode", mode, ServerProtocol.class);
        ThreadedServerSettings settings = ThreadedServerSettings.of(Ports.parse("port", port, 0), protocol)
                .withBindHost(bindAddress)
                .withThreadKind(Choices.parse("--threads", threads, ThreadKind.class))
                .withMaxConnections(WholeNumbers.parseInt("--max-connections", maxConnections, "100"))
                .withIdleTimeoutMillis(WholeNumbers.parseInt("--idle-timeout-ms", idleTimeoutMillis, "30000"));
        if (greeting != null) {
            onlyFor(ServerProtocol.GREETING, "--greeting", protocol);
            settings = settings.withGreeting(GreetingText.parse(greeting));
        }
        if (maxNameBytes != null) {
            onlyFor(ServerProtocol.CLIENT_LIST, "--max-name-bytes", protocol);
            settings = settings.withMaxNameBytes(WholeNumbers.parseInt("--max-name-bytes", maxNameBytes, "1024"));
        }
        settings.validate();
        return settings;
    }

    private static void onlyFor(ServerProtocol wanted, String option, ServerProtocol protocol) throws InvalidInputException {
        if (protocol != wanted) {
            throw new InvalidInputException(option.substring(2), "The option " + option + " only applies to --mode " + Choices.name(wanted)
                    + ", not to --mode " + Choices.name(protocol) + "; drop it or change the mode.");
        }
    }
}
