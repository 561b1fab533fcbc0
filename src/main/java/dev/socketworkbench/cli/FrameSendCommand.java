package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.IcmpPacket;
import dev.socketworkbench.net.frame.Ipv4Packet;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.frame.UdpDatagram;
import dev.socketworkbench.net.frame.VlanTag;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.raw.FrameSender;
import dev.socketworkbench.net.raw.FrameSenderSettings;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench frame send}: the seed "Raw Sockets on Linux" {@code s.send(dst + src + type + payload
 * + checksum)} through {@link FrameSender}. The frame is built once from a template and the options, then sent
 * once or {@code --count} times, as fast as possible or at {@code --rate}; one line per frame and a summary.
 *
 * <p>The interface defaults to {@code lo}, where frames never leave the machine: sending on a real interface
 * must be asked for by name.
 *
 * <p>Exit codes: 0 sent; 2 for bad input, including an interface that does not exist and a frame larger than
 * the interface's MTU; 1 when the system refused, including a missing CAP_NET_RAW (that is the environment the
 * command runs in, not what was typed) and an interface that is down.
 */
@Command(name = "send",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Builds one Ethernet frame and sends it on an interface through a raw (AF_PACKET) socket, "
                + "one line per frame; it ends with a summary: how many, how long, how many per second.",
                "Without options it sends the seed's frame: from 01:02:03:04:05:06 to itself,",
                "EtherType 0x0801, payload [x30 PAYLOAD ]x30, and the seed's checksum",
                "bytes 1a 2b 3c 4d at the end."},
        footer = {"", "Exit codes: 0 sent; 1 the system refused (no CAP_NET_RAW: run with sudo or give java the "
                + "capability with setcap; interface down); 2 bad input (a MAC address, EtherType or VLAN ID, "
                + "no such interface, a frame larger than the interface's MTU).",
                "Example: sudo socket-workbench frame send --ethertype 0x88b5 --payload hi --count 1000 --rate 100"})
public final class FrameSendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--interface", paramLabel = "IF", defaultValue = NetworkInterfaces.DEFAULT,
            description = {"The interface to send on; the default is lo (loopback), so frames stay on this machine.",
                    "Another interface (`ip link` lists them) carries the frames to everything connected to it."})
    String interfaceName;

    @Option(names = "--template", paramLabel = "T", defaultValue = "seed",
            description = "The frame to start from: seed (default), arp (who-has 10.0.0.2), udp (10.0.0.1 -> 10.0.0.2 port 9) "
                    + "or icmp (echo request); lengths and checksums are computed.")
    String template;

    @Option(names = "--dst", paramLabel = "MAC", description = "The destination MAC address, such as 02:00:00:00:00:02 or ff:ff:ff:ff:ff:ff.")
    String destination;

    @Option(names = "--src", paramLabel = "MAC", description = "The source MAC address, such as 02:00:00:00:00:01.")
    String source;

    @Option(names = "--ethertype", paramLabel = "HEX",
            description = "The EtherType, such as 0x88b5 (local experimental), 0x0800 or a name: IPv4, ARP, IPv6.")
    String etherType;

    @Option(names = "--payload", paramLabel = "TEXT",
            description = "The payload as UTF-8 text; with --template udp or icmp it is the UDP or ICMP data.")
    String payloadText;

    @Option(names = "--hex", paramLabel = "HEX", description = "The payload as hex bytes, such as 'de ad be ef' or 0xdeadbeef.")
    String payloadHex;

    @Option(names = "--vlan", paramLabel = "ID", description = "Add an 802.1Q tag with this VLAN ID, 0-4095.")
    String vlanId;

    @Option(names = "--fcs", description = "End the frame with its correct FCS (CRC-32), in place of the seed's 4 bytes; "
            + "the network card normally appends its own.")
    boolean fcs;

    @Option(names = "--no-pad", description = "Do not pad a short frame with zeros to 60 bytes.")
    boolean noPad;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many times to send the frame (default 1).")
    String count;

    @Option(names = "--rate", paramLabel = "PPS", defaultValue = "0",
            description = "Frames per second; 0 (default) sends as fast as the interface takes them.")
    String rate;

    /** The templates by the names the command line accepts. */
    enum TemplateName {
        SEED(FrameTemplate.SEED), ARP(FrameTemplate.ARP_WHO_HAS), UDP(FrameTemplate.UDP_TO_PORT), ICMP(FrameTemplate.ICMP_ECHO_REQUEST);

        final FrameTemplate template;

        TemplateName(FrameTemplate template) {
            this.template = template;
        }

        static TemplateName parse(String text) throws InvalidInputException {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (TemplateName n : values()) {
                if (n.cliName().equals(t)) {
                    return n;
                }
            }
            throw new InvalidInputException("template", "The template \"" + (text == null ? "" : text.strip())
                    + "\" is unknown; use " + names() + ".");
        }

        String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String names() {
            String all = Arrays.stream(values()).map(TemplateName::cliName).collect(Collectors.joining(", "));
            int last = all.lastIndexOf(", ");
            return all.substring(0, last) + " or " + all.substring(last + 2);
        }
    }

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        FrameSenderSettings settings = settings();
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), StandardCharsets.UTF_8, false);
        FrameSender sender = new FrameSender(settings, new FrameSummaryLines(printer, settings.frame()));
        return ForegroundEngine.run(sender, sender.threadName(), printer);
    }

    /** The engine's settings from the command line, checked in full before a socket is opened. */
    FrameSenderSettings settings() throws InvalidInputException {
        EthernetFrame frame = frame();
        return new FrameSenderSettings(interfaceName, frame.toBytes(),
                WholeNumbers.parseLong("--count", count, "10"),
                WholeNumbers.parseLong("--rate", rate, "1000"))
                .validate();
    }

    /** The frame the options describe. */
    EthernetFrame frame() throws InvalidInputException {
        TemplateName name = TemplateName.parse(template);
        EthernetFrame.Builder b = name.template.newBuilder();
        if (destination != null) {
            b.destination(MacAddress.parse("dst", destination));
        }
        if (source != null) {
            b.source(MacAddress.parse("src", source));
        }
        if (etherType != null) {
            b.etherType(EtherType.parse("ethertype", etherType));
        }
        if (vlanId != null) {
            b.vlanTag(VlanTag.of(0, false, WholeNumbers.parseInt("--vlan", vlanId, "100")));
        }
        byte[] payload = payload();
        if (payload != null) {
            setPayload(b, name, payload);
        }
        if (fcs) {
            b.appendFcs(true).fcs(null);
        }
        return b.padToMinimum(!noPad).build();
    }

    private byte[] payload() throws InvalidInputException {
        if (payloadText != null && payloadHex != null) {
            throw new InvalidInputException("payload", "Use either --payload or --hex, not both: the payload is text or hex bytes.");
        }
        if (payloadHex != null) {
            return PayloadCodec.encode(payloadHex, PayloadFormat.HEX, StandardCharsets.UTF_8);
        }
        return payloadText == null ? null : PayloadCodec.encode(payloadText, PayloadFormat.TEXT, StandardCharsets.UTF_8);
    }

    /** The seed's payload is the frame's payload; the udp and icmp templates keep their headers and take it as data. */
    private static void setPayload(EthernetFrame.Builder b, TemplateName name, byte[] payload) throws InvalidInputException {
        switch (name) {
            case SEED -> b.payload(payload);
            case UDP -> {
                PayloadCodec.checkUdpSize(payload);
                ((UdpDatagram.Builder) ((Ipv4Packet.Builder) b.payloadBuilder()).payloadBuilder()).payload(payload);
            }
            case ICMP -> {
                if (payload.length > PayloadCodec.MAX_UDP_PAYLOAD) {   // the same 65,535 - 20 (IPv4) - 8 (header)
                    throw new InvalidInputException("payload", String.format(Locale.ROOT, "The payload is %,d bytes; an ICMP echo "
                            + "request carries at most %,d bytes of data over IPv4, so shorten it.", payload.length, PayloadCodec.MAX_UDP_PAYLOAD));
                }
                ((IcmpPacket.Builder) ((Ipv4Packet.Builder) b.payloadBuilder()).payloadBuilder()).payload(payload);
            }
            case ARP -> throw new InvalidInputException("payload", "The arp template has no data field for --payload or --hex; leave "
                    + "them out, or write the whole ARP message yourself with --ethertype 0x0806 --hex and its 28 bytes.");
        }
    }
}
