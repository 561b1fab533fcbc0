package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wrong {@code frame} command line exits 2 with its one sentence and the hint to use --help, before a
 * socket is opened: so these run anywhere, without CAP_NET_RAW, and send nothing.
 */
class FrameBadInputTest {
    private static final String NOT_A_MAC = " is not a MAC address; type six hex byte pairs such as 01:02:03:04:05:06, "
            + "01-02-03-04-05-06 or 0102.0304.0506.";

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                arguments("send --dst 01:02:03:04:05", "\"01:02:03:04:05\"" + NOT_A_MAC),
                arguments("send --src zz:00:00:00:00:01", "\"zz:00:00:00:00:01\"" + NOT_A_MAC),
                arguments("send --vlan 5000", "The VLAN ID 5000 is outside 0-4095; the tag has twelve bits for it."),
                arguments("send --vlan -1", "The VLAN ID -1 is outside 0-4095; the tag has twelve bits for it."),
                arguments("send --vlan ten", "The --vlan value \"ten\" is not a whole number; type digits only, such as 100."),
                arguments("send --ethertype 0x12", "The EtherType 0x12 is below 0x0600, where receivers read it as an IEEE 802.3 "
                        + "length instead; use 0x0600 to 0xFFFF."),
                arguments("send --ethertype 0x10000", "The EtherType 0x10000 is too large; it is a 16-bit field, so use 0x0600 to 0xFFFF."),
                arguments("send --ethertype ipx", "The EtherType \"ipx\" is not a number; type hex such as 0x0801 or decimal such as 2049."),
                arguments("send --hex 4g", "Malformed hex at position 2: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes."),
                arguments("send --payload hi --hex 6869", "Use either --payload or --hex, not both: the payload is text or hex bytes."),
                arguments("send --template ipx", "The template \"ipx\" is unknown; use seed, arp, udp or icmp."),
                arguments("send --template arp --payload hi", "The arp template has no data field for --payload or --hex; leave them out, "
                        + "or write the whole ARP message yourself with --ethertype 0x0806 --hex and its 28 bytes."),
                arguments("send --count 0", "The count 0 is less than 1; send at least one frame."),
                arguments("send --count many", "The --count value \"many\" is not a whole number; type digits only, such as 10."),
                arguments("send --rate -5", "The rate -5 frames/s is negative; use 0 to send as fast as possible or a number of frames per second."),
                arguments("send --interface a/b", "\"a/b\" is not an interface name: names have 1 to 15 characters and no spaces, "
                        + "slashes or colons; `ip link` lists them."),
                arguments("send --interface abcdefghijklmnop", "\"abcdefghijklmnop\" is not an interface name: names have 1 to 15 "
                        + "characters and no spaces, slashes or colons; `ip link` lists them."),
                arguments("send --bogus", "Unknown option '--bogus' for socket-workbench frame send."),
                arguments("capture --ethertype 0x05dc", "The EtherType 0x05dc is below 0x0600, where receivers read it as an IEEE 802.3 "
                        + "length instead; use 0x0600 to 0xFFFF."),
                arguments("capture --count -1", "The count -1 is negative; use 0 to capture until stopped or a number of frames."),
                arguments("capture --interface eth:0", "\"eth:0\" is not an interface name: names have 1 to 15 characters and no spaces, "
                        + "slashes or colons; `ip link` lists them."),
                arguments("capture --pcap", "Missing required parameter for option '--pcap' (FILE)."));
    }

    @ParameterizedTest(name = "frame {0}")
    @MethodSource("badCommandLines")
    void exitsTwoWithOneSentence(String commandLine, String sentence) {
        String[] words = ("frame " + commandLine).split(" ");
        Cli.Result r = Cli.run(words);
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode(), r.err());
        assertEquals(List.of(sentence, "Run 'socket-workbench frame " + words[1] + " --help' to see what it accepts."), r.errLines());
        assertEquals("", r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aUdpPayloadLargerThanOneDatagramIsRefusedBeforeSending() {
        Cli.Result r = Cli.run("frame", "send", "--template", "udp", "--payload", "u".repeat(65_508));
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals("The payload is 65,508 bytes; a UDP datagram carries at most 65,507 bytes over IPv4, so shorten it or send it over TCP.",
                r.errLines().get(0));
        Cli.Result icmp = Cli.run("frame", "send", "--template", "icmp", "--payload", "i".repeat(65_508));
        assertEquals(ExitCodes.BAD_ARGUMENTS, icmp.exitCode());
        assertEquals("The payload is 65,508 bytes; an ICMP echo request carries at most 65,507 bytes of data over IPv4, so shorten it.",
                icmp.errLines().get(0));
    }

    @Test
    void withoutASubcommandFrameNamesItsCommands() {
        Cli.Result r = Cli.run("frame");
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals(List.of("Name a frame command after socket-workbench frame: send (to send frames), capture (to receive them) "
                + "or decode (to explain bytes).", "Run 'socket-workbench frame --help' to see what it accepts."), r.errLines());
    }

    @Test
    void theRootCommandListsFrame() {
        Cli.Result r = Cli.run("--help");
        assertTrue(r.out().contains("frame"), r.out());
    }

    @Test
    void helpDescribesTheOptionsTheSafeDefaultAndTheExitCodes() {
        Cli.Result send = Cli.run("frame", "send", "--help");
        assertEquals(ExitCodes.OK, send.exitCode());
        List<String> missing = new ArrayList<>();
        for (String word : List.of("--interface", "--dst", "--src", "--ethertype", "--payload", "--hex", "--vlan", "--fcs", "--no-pad",
                "--count", "--rate", "--template", "seed (default), arp", "default is lo", "Exit codes:", "CAP_NET_RAW", "MTU")) {
            if (!send.out().contains(word)) {
                missing.add(word);
            }
        }
        Cli.Result capture = Cli.run("frame", "capture", "--help");
        for (String word : List.of("--interface", "--count", "--ethertype", "--pcap", "default is lo", "Exit codes:", "CAP_NET_RAW")) {
            if (!capture.out().contains(word)) {
                missing.add("capture " + word);
            }
        }
        Cli.Result decode = Cli.run("frame", "decode", "--help");
        for (String word : List.of("HEX", "--fcs", "Exit codes:")) {
            if (!decode.out().contains(word)) {
                missing.add("decode " + word);
            }
        }
        assertEquals(List.of(), missing, send.out() + capture.out() + decode.out());
        // The exit code a missing CAP_NET_RAW gives is stated, since it is neither bad input nor the network.
        assertTrue(send.out().replaceAll("\\s+", " ").contains("1 the system refused (no CAP_NET_RAW"), send.out());
        assertTrue(capture.out().replaceAll("\\s+", " ").contains("1 the system refused (no CAP_NET_RAW"), capture.out());
    }

    @Test
    void helpLinesFitEightyColumns() {
        for (String command : List.of("send", "capture", "decode")) {
            for (String line : Cli.run("frame", command, "--help").outLines()) {
                assertTrue(line.length() <= 80, command + ": " + line);
            }
        }
    }
}
