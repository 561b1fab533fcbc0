package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.udp.SendSummary;
import dev.socketworkbench.net.udp.UdpSender;
import dev.socketworkbench.net.udp.UdpSenderSettings;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench udp send HOST PORT MESSAGE}: the seed's {@code s.sendto(msg, (host, port))} through
 * {@link UdpSender}, once or {@code --count} times, optionally waiting for a reply after each datagram.
 *
 * <p>Exit codes: 0 when every datagram was sent (and, with {@code --wait-ms}, answered); 2 for bad input,
 * including an unknown host or a source port that is in use or privileged; 1 when the network let us down:
 * nothing is listening (ICMP port unreachable), or at least one datagram got no reply within
 * {@code --wait-ms}, because a script that asked for a reply and got none should not carry on as if it had.
 */
@Command(name = "send",
        mixinStandardHelpOptions = true,
        description = {"Sends MESSAGE to HOST:PORT as UDP datagrams and prints one line per datagram.",
                "With --count it ends with a summary: how many, how long, how many per second."},
        footer = {"", "Exit codes: 0 sent (and answered, with --wait-ms); 1 nothing listening or no reply in time; 2 bad input.",
                "Example: socket-workbench udp send ::1 6667 'hi\\n' --escapes --wait-ms 500"})
public final class UdpSendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST", description = "The destination: ::1, 127.0.0.1 or a name such as localhost.")
    String host;

    @Parameters(index = "1", paramLabel = "PORT", description = "The destination port, 1-65535.")
    String port;

    @Parameters(index = "2", paramLabel = "MESSAGE", description = "The payload: text, or hex with --hex, or text with escapes with --escapes.")
    String message;

    @Mixin
    PayloadOptions payloadOptions;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many datagrams to send (default 1).")
    String count;

    @Option(names = "--interval-ms", paramLabel = "N", defaultValue = "0",
            description = "Pause between datagrams in milliseconds; 0 (default) sends as fast as possible.")
    String intervalMillis;

    @Option(names = "--wait-ms", paramLabel = "N", defaultValue = "0",
            description = "After each datagram, wait up to N ms for a reply and print it; 0 (default) does not wait.")
    String waitMillis;

    @Option(names = "--broadcast", description = "Turn on SO_BROADCAST, needed to send to a broadcast address.")
    boolean broadcast;

    @Option(names = "--source-port", paramLabel = "P", defaultValue = "0",
            description = "Send from this local port; 0 (default) lets the system choose.")
    String sourcePort;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        PayloadEncoding charset = payloadOptions.charset();
        UdpSenderSettings settings = settings(charset);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventPrinter printer = new EventPrinter(out, err, charset.charset(), false);
        UdpSender sender = new UdpSender(settings, printer);
        int code = ForegroundEngine.run(sender, sender.threadName(), printer);
        SendSummary summary = sender.summary();
        if (code == ExitCodes.OK && settings.waitsForReply() && summary.timeouts() > 0) {
            err.println(String.format(Locale.ROOT, "%,d of %,d datagram%s got no reply from %s within %,d ms; "
                            + "check that a server there answers, or wait longer with --wait-ms.",
                    summary.timeouts(), summary.sent(), summary.sent() == 1 ? "" : "s",
                    Endpoints.format(settings.host(), settings.port()),
                    settings.replyTimeoutMillis()));
            err.flush();
            return ExitCodes.NETWORK_FAILURE;
        }
        return code;
    }

    /** The engine's settings from the command line, checked in full before anything is sent. */
    UdpSenderSettings settings(PayloadEncoding charset) throws InvalidInputException {
        byte[] payload = payloadOptions.bytes(message, charset);
        return new UdpSenderSettings(host, Ports.parse("port", port), payload,
                WholeNumbers.parseLong("--count", count, "10"),
                WholeNumbers.parseLong("--interval-ms", intervalMillis, "100"),
                broadcast,
                sourcePort(),
                WholeNumbers.parseInt("--wait-ms", waitMillis, "1000"),
                UdpSenderSettings.DEFAULT_REPLY_BUFFER_BYTES)
                .validate();
    }

    private int sourcePort() throws InvalidInputException {
        try {
            return Ports.parse("sourcePort", sourcePort, 0);
        } catch (InvalidInputException e) {
            // Ports speaks of "the port"; here there are two, so say which one is wrong.
            throw new InvalidInputException(e.field(), e.getMessage().replaceFirst("^The port", "The source port"));
        }
    }
}
