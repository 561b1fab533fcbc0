package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.tcp.SimpleTcpServer;
import dev.socketworkbench.net.tcp.SimpleTcpServerSettings;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench tcp serve --port P}: the seeds' deliberately sequential server (server.py, the
 * STEP 1-6 server) through {@link SimpleTcpServer}: accept one connection, optionally read one message,
 * send the greeting, close, then accept the next. It prints a line once it listens and one per event, and
 * runs until {@code --count} connections were served or Ctrl-C. With {@code --unix PATH} it listens on a
 * Unix-domain socket file instead, which it deletes when it stops.
 *
 * <p>Exit codes: 0 after {@code --count} connections (or Ctrl-C); 2 for bad input, including a socket path
 * that exists or a port that is in use or privileged (as for UDP); 1 when the network fails.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        customSynopsis = {"socket-workbench tcp serve --port P [OPTIONS]",
                "   or: socket-workbench tcp serve --unix PATH [OPTIONS]"},
        description = {"Serves one TCP (or Unix-domain) connection at a time: greets each client and closes, as the seeds' server.py.",
                "A second client waits in the backlog meanwhile; 'socket-workbench server' serves many at once."},
        footer = {"", "Exit codes: 0 after --count connections; 1 the network failed; 2 bad input (including a port in use or below 1024, or a path that exists).",
                "Example: socket-workbench tcp serve --port 5000 --greeting 'Hi\\r\\n' --read-first"})
public final class TcpServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P",
            description = "The local port, 0-65535; 0 lets the system pick a free one (the first line shows which). Not with --unix.")
    String port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "The local address: 127.0.0.1 (default) or ::1; 0.0.0.0 or :: listen on every interface. Not with --unix.")
    String bindAddress;

    @Option(names = "--greeting", paramLabel = "TEXT",
            description = {"What each client receives before the server closes; default the seed's 'Thank you for connecting\\r\\n'.",
                    "TEXT may use the escapes \\n \\r \\t \\0 \\\\ \\xHH."})
    String greeting;

    @Option(names = "--unix", paramLabel = "PATH",
            description = "Listen on a new Unix-domain socket file PATH instead of a port, such as /tmp/workbench.sock; it is deleted on exit.")
    String unixPath;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after serving N connections; 0 (default) serves until Ctrl-C.")
    String count;

    @Option(names = "--backlog", paramLabel = "N", defaultValue = "" + SimpleTcpServerSettings.DEFAULT_BACKLOG,
            description = "How many connections may wait to be accepted, as the seed's listen(5); default 5.")
    String backlog;

    @Option(names = "--read-first",
            description = "Read one message (up to 1 s) from each client before greeting it, as the STEP 1-6 server does.")
    boolean readFirst;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        SimpleTcpServerSettings settings = settings();
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), StandardCharsets.UTF_8, false);
        SimpleTcpServer server = new SimpleTcpServer(settings, printer);
        return ForegroundEngine.run(server, "tcp-server-" + (settings.unixPath() != null ? "unix" : settings.port()), printer);
    }

    /** The engine's settings from the command line, checked in full before the socket is opened. */
    SimpleTcpServerSettings settings() throws InvalidInputException {
        SimpleTcpServerSettings settings;
        if (unixPath != null) {
            if (port != null || bindAddress != null) {
                throw new InvalidInputException("unix", "Use either --unix PATH or --port (with --bind), not both: "
                        + "a server listens on a socket file or on a TCP port.");
            }
            settings = SimpleTcpServerSettings.unix(UnixSocketPaths.parseNew(unixPath));
        } else if (port == null) {
            throw new InvalidInputException("port", "Missing --port P: give the port to listen on (0 picks a free one), or --unix PATH for a socket file.");
        } else {
            settings = SimpleTcpServerSettings.tcp(Ports.parse("port", port, 0))
                    .withBindHost(bindAddress == null ? SimpleTcpServerSettings.DEFAULT_BIND_HOST : bindAddress);
        }
        settings = settings.withBacklog(WholeNumbers.parseInt("--backlog", backlog, "5"))
                .withMaxConnections(WholeNumbers.parseInt("--count", count, "1"))
                .withReadMessageFirst(readFirst, SimpleTcpServerSettings.DEFAULT_READ_TIMEOUT_MILLIS);
        if (greeting != null) {
            settings = settings.withGreeting(GreetingText.parse(greeting));
        }
        settings.validate();
        return settings;
    }
}
