package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wrong command line exits 2 with its one sentence (and the hint to use --help), before any socket
 * is opened: nothing on stdout, no stack trace, the sentence printed once.
 */
class UdpBadInputTest {
    private static final String PORT_RANGE_1 = " is outside 1-65535; ports are 16-bit numbers and 0 is reserved.";
    private static final String PORT_RANGE_0 = " is outside 0-65535; ports are 16-bit numbers and 0 is reserved.";

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                arguments("send 127.0.0.1 0 x", "The port 0" + PORT_RANGE_1),
                arguments("send 127.0.0.1 70000 x", "The port 70000" + PORT_RANGE_1),
                arguments("send 127.0.0.1 abc x", "The port \"abc\" is not a number; type a number from 1-65535."),
                arguments("send 127.0.0.1 -5 x", "The port -5" + PORT_RANGE_1),
                arguments("send 127.0.0.1 6667 4g --hex",
                        "Malformed hex at position 2: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes."),
                arguments("send 127.0.0.1 6667 abc --hex",
                        "Malformed hex at position 1: an odd number of hex digits (3) runs together there; "
                                + "write two digits per byte, such as 0a bc, or put spaces between the bytes."),
                arguments("send 127.0.0.1 6667 a\\q --escapes", "Unknown escape \\q at position 2; use \\n \\r \\t \\0 \\\\ or \\xHH."),
                arguments("send 127.0.0.1 6667 a\\x4 --escapes", "Malformed escape at position 2: \\x needs two hex digits, such as \\x0a or \\xFF."),
                arguments("send 127.0.0.1 6667 x --hex --escapes", "Use either --hex or --escapes, not both: MESSAGE is read one way or the other."),
                arguments("send 127.0.0.1 6667 x --encoding klingon",
                        "The encoding \"klingon\" is not supported; use one of utf-8, iso-8859-1 (latin1), us-ascii (ascii) or utf-16."),
                arguments("send 127.0.0.1 6667 café --encoding ascii",
                        "The character 'é' at position 4 cannot be written in US-ASCII; choose UTF-8 or remove the character."),
                arguments("send 127.0.0.1 6667 x --count abc", "The --count value \"abc\" is not a whole number; type digits only, such as 10."),
                arguments("send 127.0.0.1 6667 x --count 0", "The count 0 is less than 1; send at least one datagram."),
                arguments("send 127.0.0.1 6667 x --count 99999999999999999999",
                        "The --count value 99999999999999999999 is out of range; use a number such as 10."),
                arguments("send 127.0.0.1 6667 x --interval-ms -1",
                        "The interval -1 ms is negative; use 0 to send as fast as possible or a pause in milliseconds."),
                arguments("send 127.0.0.1 6667 x --wait-ms 3000000000", "The --wait-ms value 3000000000 is out of range; use a number such as 1000."),
                arguments("send 127.0.0.1 6667 x --wait-ms -5",
                        "The reply timeout -5 ms is negative; use 0 to not wait for replies or a time in milliseconds."),
                arguments("send 127.0.0.1 6667 x --source-port 70000", "The source port 70000" + PORT_RANGE_0),
                arguments("send 127.0.0.1 6667 x --source-port p", "The source port \"p\" is not a number; type a number from 0-65535."),
                arguments("listen --port 70000", "The port 70000" + PORT_RANGE_0),
                arguments("listen --port six", "The port \"six\" is not a number; type a number from 0-65535."),
                arguments("listen --port 0 --group 10.1.2.3",
                        "The group 10.1.2.3 is not a multicast address; use one from 224.0.0.0/4 or ff00::/8, such as 239.1.2.3."),
                arguments("listen --port 0 --group nonsense",
                        "The group \"nonsense\" is not an IP address; type a multicast address such as 239.1.2.3 or ff05::1:3."),
                arguments("listen --port 0 --interface lo",
                        "The option --interface only applies to a multicast group; add --group, such as --group 239.1.2.3."),
                arguments("listen --port 0 --buffer 0",
                        "The receive buffer of 0 bytes is outside 1-65535; 8192 is a good size (the seed programs use 1024 to 8192)."),
                arguments("listen --port 0 --count -1",
                        "The datagram limit -1 is negative; use 0 to listen until stopped or a number of datagrams."),
                arguments("listen --port 0 --encoding ebcdic",
                        "The encoding \"ebcdic\" is not supported; use one of utf-8, iso-8859-1 (latin1), us-ascii (ascii) or utf-16."),
                arguments("listen --port 0 --reply ok\\q",
                        "Unknown escape \\q at position 3 of --reply; use \\n \\r \\t \\0 \\\\ or \\xHH."),
                arguments("listen --port 0 --bind", "Missing required parameter for option '--bind' (ADDR)."),
                arguments("listen", "Missing required option: '--port=P'."),
                arguments("send 127.0.0.1 6667", "Missing required parameter: 'MESSAGE'."));
    }

    @ParameterizedTest(name = "udp {0}")
    @MethodSource("badCommandLines")
    void exitsTwoWithOneSentence(String commandLine, String sentence) {
        String[] words = ("udp " + commandLine).split(" ");
        Cli.Result r = Cli.run(words);
        String command = "socket-workbench udp " + words[1];
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode(), r.err());
        assertEquals(java.util.List.of(sentence, "Run '" + command + " --help' to see what it accepts."), r.errLines());
        assertEquals("", r.out());
        assertFalse(r.err().contains("at dev."), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().indexOf(sentence) == r.err().lastIndexOf(sentence), "printed twice: " + r.err());
    }
}
