package dev.socketworkbench.cli;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code socket-workbench frame decode HEX}: explains bytes as the {@link FrameDissector} sees them, layer by
 * layer with every field, as Wireshark's packet tree does. Bytes it cannot read are shown as "Data",
 * "Truncated" or "Malformed", never dropped; that is a successful decode. No socket, no privilege.
 *
 * <p>Exit codes: 0 decoded; 2 the hex cannot be read.
 */
@Command(name = "decode",
        mixinStandardHelpOptions = true,
        description = {"Prints the layers and fields of an Ethernet frame given as hex: Ethernet II, 802.1Q, ARP, IPv4, "
                + "UDP and ICMP, with checksums checked; the first line is a one-line summary.",
                "Needs no network and no privilege."},
        footer = {"", "Exit codes: 0 decoded (also bytes that are truncated or not a known protocol); 2 the hex cannot be read.",
                "Example: socket-workbench frame decode 'ff ff ff ff ff ff 02 00 00 00 00 01 08 06 ...'"})
public final class FrameDecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "HEX",
            description = "The frame from the destination MAC address on, as hex bytes: '01 02 03', 010203 or 0x010203; "
                    + "several arguments are read as one.")
    List<String> hex;

    @Option(names = "--fcs", description = "The last 4 bytes are the frame check sequence (CRC-32), which is then checked.")
    boolean fcs;

    @Override
    public Integer call() throws InvalidInputException {
        byte[] bytes = PayloadCodec.encode(String.join(" ", hex), PayloadFormat.HEX, StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new InvalidInputException("hex", "There are no bytes to decode; give the frame as hex bytes, such as ff ff ff ff ff ff 02 00 00 00 00 01 88 b5.");
        }
        Dissection dissection = FrameDissector.dissect(bytes, fcs);
        PrintWriter out = spec.commandLine().getOut();
        out.println(dissection.length() + " bytes: " + dissection.summary());
        out.print(dissection.toTree());
        out.flush();
        return ExitCodes.OK;
    }
}
