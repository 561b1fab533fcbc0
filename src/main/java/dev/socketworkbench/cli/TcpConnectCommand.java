package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.tcp.LineEnding;
import dev.socketworkbench.net.tcp.TcpClient;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench tcp connect HOST PORT [MESSAGE]}: the seeds' TCP client through {@link TcpClient}.
 * It connects, sends MESSAGE if there is one, and prints one line per read until the peer closes or
 * {@code --wait-ms} (default {@value #DEFAULT_WAIT_MILLIS} ms, counted from the send) runs out; then it
 * closes the connection. With {@code --unix PATH} it connects to a Unix-domain socket instead, and the only
 * word after the options is MESSAGE: {@code tcp connect --unix /tmp/x.sock hello}.
 *
 * <p>Exit codes: 0 when the exchange ended normally, whether the peer closed or the wait ran out; 2 for bad
 * input, including an unknown host; 1 when the network failed: nothing listening, a reset, a failed send.
 */
@Command(name = "connect",
        mixinStandardHelpOptions = true,
        customSynopsis = {"socket-workbench tcp connect [OPTIONS] HOST PORT [MESSAGE]",
                "   or: socket-workbench tcp connect [OPTIONS] --unix PATH [MESSAGE]"},
        description = {"Connects to HOST:PORT (or a Unix-domain socket), sends MESSAGE if given, and prints one line per read "
                + "until the peer closes or the wait runs out.",
                "TCP is a byte stream: one send may arrive as several reads, and several sends as one."},
        footer = {"", "Exit codes: 0 the peer closed or the wait ran out; 1 nothing listening or the connection failed; 2 bad input.",
                "Example: socket-workbench tcp connect 127.0.0.1 5000 hello --line-ending lf"})
public final class TcpConnectCommand implements Callable<Integer> {
    static final int DEFAULT_WAIT_MILLIS = 2_000;
    private static final String SOURCE = "tcp-connect";

    @Spec
    CommandSpec spec;

    // HOST and PORT may be left out for --unix, so all three positions are optional to picocli; call() checks them.
    @Parameters(index = "0", arity = "0..1", paramLabel = "HOST",
            description = "The server: ::1, 127.0.0.1 or a name such as localhost (not with --unix).")
    String host;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PORT", description = "The server's port, 1-65535 (not with --unix).")
    String port;

    @Parameters(index = "2", arity = "0..1", paramLabel = "MESSAGE",
            description = "What to send once connected: text, or hex with --hex, or text with escapes with --escapes. "
                    + "Without it, nothing is sent and the command only listens.")
    String message;

    @Mixin
    PayloadOptions payloadOptions;

    @Option(names = "--line-ending", paramLabel = "none|lf|crlf", defaultValue = "none",
            description = "What to append to MESSAGE: none (default, as the seeds send), lf (\\n, for line-based servers and nc) or crlf (\\r\\n).")
    String lineEnding;

    @Option(names = "--wait-ms", paramLabel = "N", defaultValue = "" + DEFAULT_WAIT_MILLIS,
            description = "After sending (or connecting, without MESSAGE), wait up to N ms for the peer to close, printing what arrives, "
                    + "then close; default " + DEFAULT_WAIT_MILLIS + ". 0 waits until the peer closes or Ctrl-C.")
    String waitMillis;

    @Option(names = "--unix", paramLabel = "PATH",
            description = "Connect to the Unix-domain socket file PATH instead of HOST and PORT, such as /tmp/workbench.sock.")
    String unixPath;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        PayloadEncoding charset = payloadOptions.charset();
        TcpClientSettings settings = settings();
        byte[] payload = payload(charset);
        int wait = waitMillis();
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), charset.charset(), false);
        TcpClient client = new TcpClient(settings, printer);
        String target = settings.target();
        TcpSendThenWait exchange = TcpSendThenWait.start(client, payload, wait, () -> printer.publish(NetEvent.info(SOURCE, "", target,
                "Waited " + wait + " ms after " + (payload == null ? "connecting" : "sending") + " and " + target
                        + " did not close the connection, so this side closes it; wait longer with --wait-ms, or 0 to wait until the peer closes")));
        int code;
        try {
            code = ForegroundEngine.run(client, "tcp-client-" + (settings.unixPath() != null ? "unix" : settings.port()), printer);
        } finally {
            exchange.finish();
        }
        return code == ExitCodes.OK && exchange.sendFailed() ? ExitCodes.NETWORK_FAILURE : code;
    }

    /** HOST PORT, or --unix PATH; then only MESSAGE may remain. */
    private TcpClientSettings settings() throws InvalidInputException {
        TcpClientSettings settings;
        if (unixPath != null) {
            List<String> words = Stream.of(host, port, message).filter(Objects::nonNull).toList();
            if (words.size() > 1) {
                throw new InvalidInputException("unix", "With --unix PATH there is no HOST or PORT, only an optional MESSAGE, but "
                        + words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "))
                        + " were given; quote a MESSAGE that has spaces.");
            }
            settings = TcpClientSettings.unix(UnixSocketPaths.parse(unixPath));
        } else if (host == null || port == null) {
            throw new InvalidInputException(host == null ? "host" : "port", "Missing " + (host == null ? "HOST and PORT" : "PORT")
                    + ": give the server, such as tcp connect 127.0.0.1 5000 hello, or --unix PATH for a Unix-domain socket.");
        } else {
            settings = TcpClientSettings.tcp(host, Ports.parse("port", port));
        }
        settings.validate();
        return settings;
    }

    /** MESSAGE as bytes with the line ending, or null when there is nothing to send. */
    private byte[] payload(PayloadEncoding charset) throws InvalidInputException {
        LineEnding ending = Choices.parse("--line-ending", lineEnding, LineEnding.class);
        String text = messageWord();
        return text == null ? null : ending.apply(payloadOptions.bytes(text, charset));
    }

    /** MESSAGE: the third word, or with --unix the only word, which picocli has put in HOST's place. */
    private String messageWord() {
        return unixPath == null ? message : Stream.of(host, port, message).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private int waitMillis() throws InvalidInputException {
        int wait = WholeNumbers.parseInt("--wait-ms", waitMillis, "" + DEFAULT_WAIT_MILLIS);
        if (wait < 0) {
            throw new InvalidInputException("wait-ms", String.format(Locale.ROOT, "The wait of %d ms is negative; "
                    + "use 0 to wait until the peer closes or a time in milliseconds, such as %d.", wait, DEFAULT_WAIT_MILLIS));
        }
        return wait;
    }
}
