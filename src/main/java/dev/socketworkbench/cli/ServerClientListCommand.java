package dev.socketworkbench.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.tcp.TcpClient;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench server client-list HOST PORT NAME}: the client of client_list.py ({@code -c -n NAME})
 * through {@link TcpClient}: connect, send NAME, read the reply until the server closes, and print the JSON
 * list of clients pretty-printed as the seed's {@code json.dumps(result, indent=4)} does. Only the JSON goes
 * to standard output, so it can be piped on; failures are one sentence on standard error.
 *
 * <p>Exit codes: 0 with the list printed; 2 for bad input, including an unknown host; 1 when the network
 * failed, or the reply was not a client list: not JSON, an error reply, or no close within {@code --wait-ms}.
 */
@Command(name = "client-list",
        mixinStandardHelpOptions = true,
        description = {"Joins a client-list server ('server --mode client-list', or the seed's client_list.py) as NAME "
                + "and prints its JSON list of every client so far, pretty-printed."},
        footer = {"", "Exit codes: 0 the list was printed; 1 nothing listening, no complete reply, or a reply that is not a client list; 2 bad input.",
                "Example: socket-workbench server client-list 127.0.0.1 5000 name1"})
public final class ServerClientListCommand implements Callable<Integer> {
    static final int DEFAULT_WAIT_MILLIS = 10_000;
    /** The most of a reply that is kept: a list of 1,000 clients is about 70 KB, so this is only a guard. */
    static final int MAX_REPLY_BYTES = 64 << 20;
    /** How much of a reply that is not JSON the error sentence shows. */
    private static final int PREVIEW_CHARS = 40;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST", description = "The server: ::1, 127.0.0.1 or a name such as localhost.")
    String host;

    @Parameters(index = "1", paramLabel = "PORT", description = "The server's port, 1-65535.")
    String port;

    @Parameters(index = "2", paramLabel = "NAME", description = "The name to join the list as, such as name1.")
    String name;

    @Option(names = "--wait-ms", paramLabel = "N", defaultValue = "" + DEFAULT_WAIT_MILLIS,
            description = "How long to wait after sending NAME for the whole reply (the server closes when it is done); default "
                    + DEFAULT_WAIT_MILLIS + ", 0 waits as long as it takes.")
    String waitMillis;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        refuseServerOptions();
        TcpClientSettings settings = settings();
        byte[] payload = name.getBytes(StandardCharsets.UTF_8);
        int wait = waitMillis();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventPrinter printer = new EventPrinter(out, err, StandardCharsets.UTF_8, false);
        Reply reply = new Reply(printer);
        TcpClient client = new TcpClient(settings, reply);
        TcpSendThenWait exchange = TcpSendThenWait.start(client, payload, wait, () -> { });
        int code;
        try {
            code = ForegroundEngine.run(client, "tcp-client-" + settings.port(), printer);
        } finally {
            exchange.finish();
        }
        if (code != ExitCodes.OK || exchange.sendFailed()) {
            return code != ExitCodes.OK ? code : ExitCodes.NETWORK_FAILURE;   // the client printed why
        }
        String target = settings.target();
        String problem = exchange.timedOut()
                ? String.format(Locale.ROOT, "No complete reply from %s within %d ms: a client-list server closes the connection after "
                        + "its reply, this one did not; check that it runs with --mode client-list, or wait longer with --wait-ms.", target, wait)
                : reply.overflowed()
                ? String.format(Locale.ROOT, "The reply from %s passed %d MiB without ending, which no client list does; "
                        + "check that the server there is a client-list server (--mode client-list).", target, MAX_REPLY_BYTES >> 20)
                : null;
        if (problem == null) {
            return print(reply.bytes(), target, out, err);
        }
        err.println(problem);
        err.flush();
        return ExitCodes.NETWORK_FAILURE;
    }

    /** Pretty-prints the client list; an error reply, or a reply that is not JSON, is one sentence instead. */
    private static int print(byte[] reply, String target, PrintWriter out, PrintWriter err) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        String problem;
        if (reply.length == 0) {
            problem = "The server at " + target + " closed the connection without a reply; check that it is a client-list server (--mode client-list).";
        } else {
            try {
                JsonNode list = json.readTree(reply);
                if (list.isObject() && list.path("error").isTextual()) {
                    problem = "The server at " + target + " turned the name away: " + lowerFirst(list.get("error").asText());
                } else {
                    out.println(json.writer(pythonStyle()).writeValueAsString(list));
                    out.flush();
                    return ExitCodes.OK;
                }
            } catch (IOException e) {   // JsonProcessingException: reading a byte array has no other I/O to fail
                problem = "The reply from " + target + " (" + reply.length + " bytes: " + preview(reply)
                        + ") is not valid JSON, so the server there is probably not a client-list server; start one with --mode client-list.";
            }
        }
        err.println(WorkbenchCommand.asSentence(problem));
        err.flush();
        return ExitCodes.NETWORK_FAILURE;
    }

    /** Python's json.dumps(indent=4): four spaces, "key": value, and [] and {} for empty ones. */
    private static DefaultPrettyPrinter pythonStyle() {
        DefaultIndenter fourSpaces = new DefaultIndenter("    ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(fourSpaces)
                .withArrayIndenter(fourSpaces);
    }

    private static String preview(byte[] reply) {
        String shown = new PayloadPreview(StandardCharsets.UTF_8, false).of(reply);
        return shown.length() <= PREVIEW_CHARS ? shown : shown.substring(0, PREVIEW_CHARS) + "...";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** 'server --port 5000 client-list ...' would silently ignore --port: say so instead. */
    private void refuseServerOptions() throws InvalidInputException {
        CommandSpec server = spec.parent();
        if (server != null && server.commandLine().getParseResult() != null
                && !server.commandLine().getParseResult().matchedOptions().isEmpty()) {
            throw new InvalidInputException("server", "The options of 'server' (such as --port and --mode) start a server, "
                    + "so they cannot go before client-list; run the client as: server client-list HOST PORT NAME.");
        }
    }

    private TcpClientSettings settings() throws InvalidInputException {
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "The NAME is empty; give a name to join the list as, such as name1.");
        }
        TcpClientSettings settings = TcpClientSettings.tcp(host, Ports.parse("port", port));
        settings.validate();
        return settings;
    }

    private int waitMillis() throws InvalidInputException {
        int wait = WholeNumbers.parseInt("--wait-ms", waitMillis, "" + DEFAULT_WAIT_MILLIS);
        if (wait < 0) {
            throw new InvalidInputException("wait-ms", String.format(Locale.ROOT, "The wait of %d ms is negative; "
                    + "use 0 to wait as long as it takes or a time in milliseconds, such as %d.", wait, DEFAULT_WAIT_MILLIS));
        }
        return wait;
    }

    /**
     * The client's sink: keeps the bytes it receives (up to {@link #MAX_REPLY_BYTES}) and passes only errors on
     * to the printer, since the JSON, not a line per read, is what this command prints.
     */
    private static final class Reply implements EventSink {
        private final EventSink errors;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean overflowed;

        Reply(EventSink errors) {
            this.errors = errors;
        }

        @Override
        public void publish(NetEvent event) {
            switch (event.direction()) {
                case ERROR -> errors.publish(event);
                case RECEIVED -> keep(event.payload());
                case SENT, INFO -> { }
            }
        }

        private synchronized void keep(byte[] payload) {
            if (bytes.size() + (long) payload.length > MAX_REPLY_BYTES) {
                overflowed = true;
            } else {
                bytes.writeBytes(payload);
            }
        }

        synchronized boolean overflowed() {
            return overflowed;
        }

        synchronized byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
