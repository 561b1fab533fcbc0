package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.udp.ReplyMode;
import dev.socketworkbench.net.udp.UdpListener;
import dev.socketworkbench.net.udp.UdpListenerSettings;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench udp listen --port P}: the seed's {@code bind} + {@code recvfrom} loop through
 * {@link UdpListener}, printing a line once it listens and one line per datagram with the sender's address
 * and port. It runs until {@code --count} datagrams arrived, or until Ctrl-C, which closes the socket cleanly.
 *
 * <p>Exit codes: 0 after {@code --count} datagrams; 2 for bad input, including a port that is in use or
 * privileged and a group that is not multicast; 1 when the network fails while listening.
 */
@Command(name = "listen",
        mixinStandardHelpOptions = true,
        description = {"Listens for UDP datagrams on a port and prints one line per datagram, with the sender's address and port.",
                "Payloads that are text print as text (a newline as \\n); other bytes print as hex."},
        footer = {"", "Exit codes: 0 after --count datagrams; 1 the network failed; 2 bad input (including a port in use or below 1024).",
                "Example: socket-workbench udp listen --port 6667 --reply echo"})
public final class UdpListenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", required = true,
            description = "The local port, 1-65535; 0 lets the system pick a free one (the first line shows which).")
    String port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = UdpListenerSettings.DEFAULT_BIND_ADDRESS,
            description = "The local address: 127.0.0.1 (default) or ::1; 0.0.0.0 or :: listen on every interface.")
    String bindAddress;

    @Option(names = "--reply", paramLabel = "echo|none|TEXT", defaultValue = "none",
            description = {"What to send back to each datagram: none (default), echo (the datagram itself) or TEXT.",
                    "TEXT may use the escapes \\n \\r \\t \\0 \\\\ \\xHH; to reply with the word echo, write \\x65cho."})
    String reply;

    @Option(names = "--buffer", paramLabel = "N", defaultValue = "" + UdpListenerSettings.DEFAULT_BUFFER_BYTES,
            description = "Bytes kept of each datagram, 1-65535 (default 8192); longer datagrams are reported as truncated.")
    String buffer;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N datagrams; 0 (default) listens until Ctrl-C.")
    String count;

    @Option(names = "--group", paramLabel = "G", description = "Join multicast group G, e.g. 239.1.2.3 or ff05::1:3.")
    String group;

    @Option(names = "--interface", paramLabel = "IF",
            description = "The interface to join the group on, such as lo (the default is the loopback interface).")
    String networkInterface;

    @Option(names = "--hex", description = "Print every payload as hex, even text.")
    boolean hex;

    @Option(names = "--encoding", paramLabel = "E", defaultValue = "utf-8",
            description = "The text encoding of payloads and of the reply TEXT: utf-8 (default), iso-8859-1 (latin1), us-ascii (ascii) or utf-16.")
    String encoding;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        PayloadEncoding charset = PayloadEncoding.parse(encoding);
        UdpListenerSettings settings = settings(charset);
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), charset.charset(), hex);
        UdpListener listener = new UdpListener(settings, printer);
        return ForegroundEngine.run(listener, listener.threadName(), printer);
    }

    /** The engine's settings from the command line, checked in full before the socket is opened. */
    UdpListenerSettings settings(PayloadEncoding charset) throws InvalidInputException {
        if (networkInterface != null && group == null) {
            throw new InvalidInputException("interface", "The option --interface only applies to a multicast group; add --group, such as --group 239.1.2.3.");
        }
        UdpListenerSettings settings = UdpListenerSettings.on(bindAddress, Ports.parse("port", port, 0))
                .withBufferBytes(WholeNumbers.parseInt("--buffer", buffer, "8192"))
                .withMaxDatagrams(WholeNumbers.parseLong("--count", count, "10"));
        String mode = reply.strip().toLowerCase(Locale.ROOT);
        if (mode.equals("echo")) {
            settings = settings.withReplyMode(ReplyMode.ECHO);
        } else if (!mode.equals("none")) {
            try {
                settings = settings.withFixedReply(PayloadCodec.encode(reply, PayloadFormat.ESCAPED, charset.charset()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("reply", e.getMessage().replaceFirst("position (\\d+)", "position $1 of --reply"));
            }
        }
        if (group != null) {
            settings = settings.withMulticast(group, networkInterface);
        }
        return settings.validate();
    }
}
