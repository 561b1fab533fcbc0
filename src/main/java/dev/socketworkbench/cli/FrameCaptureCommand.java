package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.raw.FrameCapture;
import dev.socketworkbench.net.raw.FrameCaptureSettings;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench frame capture}: the receiving side the seed "Raw Sockets on Linux" leaves out, through
 * {@link FrameCapture}: a line once it listens, then one line per frame with its dissection summary, optionally
 * saved to a pcap file for Wireshark. It runs until {@code --count} frames came, or until Ctrl-C.
 *
 * <p>Exit codes: 0 after {@code --count} frames or Ctrl-C; 2 for bad input, including an interface that does
 * not exist and a pcap file that cannot be created; 1 when the system refused, including a missing CAP_NET_RAW.
 */
@Command(name = "capture",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Captures Ethernet frames on an interface through a raw (AF_PACKET) socket and prints one line per frame "
                + "with what it carries, as Wireshark's Info column shows it.",
                "Runs until --count frames came, or until Ctrl-C."},
        footer = {"", "Exit codes: 0 after --count frames (or Ctrl-C); 1 the system refused (no CAP_NET_RAW: run with sudo "
                + "or give java the capability with setcap); 2 bad input (an EtherType, no such interface, "
                + "a pcap file that cannot be created).",
                "Example: sudo socket-workbench frame capture --ethertype 0x88b5 --count 3 --pcap lo.pcap"})
public final class FrameCaptureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--interface", paramLabel = "IF", defaultValue = NetworkInterfaces.DEFAULT,
            description = "The interface to listen on; the default is lo (loopback). `ip link` lists the others.")
    String interfaceName;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0", description = "Stop after N frames; 0 (default) captures until Ctrl-C.")
    String count;

    @Option(names = "--ethertype", paramLabel = "HEX",
            description = "Only frames of this EtherType, such as 0x88b5, 0x0806 or a name: IPv4, ARP, VLAN, IPv6.")
    String etherType;

    @Option(names = "--pcap", paramLabel = "FILE", description = "Also save the frames to FILE (created or replaced), which Wireshark and tshark open.")
    String pcapFile;

    @Override
    public Integer call() throws InvalidInputException, EngineException {
        FrameCaptureSettings settings = settings();
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), StandardCharsets.UTF_8, false);
        FrameCapture capture = new FrameCapture(settings, new FrameSummaryLines(printer));
        return ForegroundEngine.run(capture, capture.threadName(), printer);
    }

    /** The engine's settings from the command line, checked in full before a socket is opened. */
    FrameCaptureSettings settings() throws InvalidInputException {
        FrameCaptureSettings settings = FrameCaptureSettings.on(interfaceName)
                .withCount(WholeNumbers.parseLong("--count", count, "10"));
        if (etherType != null) {
            settings = settings.withEtherType(EtherType.parse("ethertype", etherType));
        }
        if (pcapFile != null) {
            settings = settings.withPcapFile(pcapPath());
        }
        return settings.validate();
    }

    private Path pcapPath() throws InvalidInputException {
        try {
            return Path.of(pcapFile);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("pcapFile", "The capture file \"" + pcapFile + "\" is not a valid file name ("
                    + e.getReason() + "); type a name such as capture.pcap.");
        }
    }
}
