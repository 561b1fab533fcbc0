package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wrong {@code tcp} or {@code server} command line exits 2 with its one sentence and the hint to use
 * --help, before any socket is opened: nothing on stdout, no stack trace, the sentence printed once.
 */
class TcpBadInputTest {
    private static final String PORT_RANGE_1 = " is outside 1-65535; ports are 16-bit numbers and 0 is reserved.";
    private static final String PORT_RANGE_0 = " is outside 0-65535; ports are 16-bit numbers and 0 is reserved.";

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                arguments("tcp connect", "tcp connect 127.0.0.1 0 x", "The port 0" + PORT_RANGE_1),
                arguments("tcp connect", "tcp connect 127.0.0.1 65536 x", "The port 65536" + PORT_RANGE_1),
                arguments("tcp connect", "tcp connect 127.0.0.1 http x", "The port \"http\" is not a number; type a number from 1-65535."),
                arguments("tcp connect", "tcp connect 127.0.0.1",
                        "Missing PORT: give the server, such as tcp connect 127.0.0.1 5000 hello, or --unix PATH for a Unix-domain socket."),
                arguments("tcp connect", "tcp connect",
                        "Missing HOST and PORT: give the server, such as tcp connect 127.0.0.1 5000 hello, or --unix PATH for a Unix-domain socket."),
                arguments("tcp connect", "tcp connect --unix /tmp/x.sock 127.0.0.1 5000",
                        "With --unix PATH there is no HOST or PORT, only an optional MESSAGE, but '127.0.0.1', '5000' were given; quote a MESSAGE that has spaces."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 4g --hex",
                        "Malformed hex at position 2: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 x --hex --escapes",
                        "Use either --hex or --escapes, not both: MESSAGE is read one way or the other."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 a\\q --escapes", "Unknown escape \\q at position 2; use \\n \\r \\t \\0 \\\\ or \\xHH."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 x --encoding klingon",
                        "The encoding \"klingon\" is not supported; use one of utf-8, iso-8859-1 (latin1), us-ascii (ascii) or utf-16."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 x --line-ending cr",
                        "The --line-ending value \"cr\" is not one of the choices; use none, lf or crlf."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 x --wait-ms -1",
                        "The wait of -1 ms is negative; use 0 to wait until the peer closes or a time in milliseconds, such as 2000."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 x --wait-ms soon",
                        "The --wait-ms value \"soon\" is not a whole number; type digits only, such as 2000."),
                arguments("tcp connect", "tcp connect 127.0.0.1 5000 x y", "Unexpected argument 'y' for socket-workbench tcp connect."),
                arguments("tcp serve", "tcp serve", "Missing --port P: give the port to listen on (0 picks a free one), or --unix PATH for a socket file."),
                arguments("tcp serve", "tcp serve --port 70000", "The port 70000" + PORT_RANGE_0),
                arguments("tcp serve", "tcp serve --port five", "The port \"five\" is not a number; type a number from 0-65535."),
                arguments("tcp serve", "tcp serve --port 0 --unix /tmp/x.sock",
                        "Use either --unix PATH or --port (with --bind), not both: a server listens on a socket file or on a TCP port."),
                arguments("tcp serve", "tcp serve --port 0 --count -1",
                        "The number of connections to serve must be 0 (no limit) or more, not -1."),
                arguments("tcp serve", "tcp serve --port 0 --backlog 0", "The backlog must be at least 1 (the seed uses 5), not 0."),
                arguments("tcp serve", "tcp serve --port 0 --greeting hi\\x",
                        "Malformed escape at position 3 of --greeting: \\x needs two hex digits, such as \\x0a or \\xFF."),
                arguments("tcp serve", "tcp serve --port 0 --greeting \\xff",
                        "The --greeting bytes are not UTF-8 text, which the server sends; use \\xHH only for ASCII bytes (00-7f) and type other characters as themselves."),
                arguments("server", "server --mode echo", "Missing required option: '--port=P'."),
                arguments("server", "server --port 0", "Missing required option: '--mode=MODE'; use echo, client-list or greeting."),
                arguments("server", "server --port 99999 --mode echo", "The port 99999" + PORT_RANGE_0),
                arguments("server", "server --port x --mode echo", "The port \"x\" is not a number; type a number from 0-65535."),
                arguments("server", "server --port 0 --mode chat",
                        "The --mode value \"chat\" is not one of the choices; use echo, client-list or greeting."),
                arguments("server", "server --port 0 --mode echo --threads green",
                        "The --threads value \"green\" is not one of the choices; use platform or virtual."),
                arguments("server", "server --port 0 --mode echo --max-connections 0", "The connection limit must be at least 1, not 0."),
                arguments("server", "server --port 0 --mode echo --idle-timeout-ms -5",
                        "The idle timeout must be 0 (off) or a number of milliseconds, not -5."),
                arguments("server", "server --port 0 --mode echo --greeting hi",
                        "The option --greeting only applies to --mode greeting, not to --mode echo; drop it or change the mode."),
                arguments("server", "server --port 0 --mode greeting --max-name-bytes 8",
                        "The option --max-name-bytes only applies to --mode client-list, not to --mode greeting; drop it or change the mode."),
                arguments("server", "server --port 0 --mode client-list --max-name-bytes 0", "The longest name must be 1 to 1048576 bytes, not 0."),
                arguments("server", "server --port 0 --mode echo --bogus", "Unknown option '--bogus' for socket-workbench server."),
                arguments("server client-list", "server client-list 127.0.0.1 abc alice",
                        "The port \"abc\" is not a number; type a number from 1-65535."),
                arguments("server client-list", "server client-list 127.0.0.1 0 alice", "The port 0" + PORT_RANGE_1),
                arguments("server client-list", "server client-list 127.0.0.1 5000", "Missing required parameter: 'NAME'."),
                arguments("server client-list", "server client-list 127.0.0.1 5000 alice --wait-ms -1",
                        "The wait of -1 ms is negative; use 0 to wait as long as it takes or a time in milliseconds, such as 10000."),
                arguments("server client-list", "server --port 5000 --mode client-list client-list 127.0.0.1 5000 alice",
                        "The options of 'server' (such as --port and --mode) start a server, so they cannot go before client-list; "
                                + "run the client as: server client-list HOST PORT NAME."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badCommandLines")
    void exitsTwoWithOneSentence(String command, String commandLine, String sentence) {
        assertExitsTwo(command, Cli.run(commandLine.split(" ")), sentence);
    }

    @Test
    void anEmptyNameIsBadInput() {
        assertExitsTwo("server client-list", Cli.run("server", "client-list", "127.0.0.1", "5000", ""),
                "The NAME is empty; give a name to join the list as, such as name1.");
    }

    @Test
    void anEmptyUnixPathIsBadInput() {
        assertExitsTwo("tcp connect", Cli.run("tcp", "connect", "--unix", " "),
                "The --unix path is empty; give the socket file's path, such as /tmp/workbench.sock.");
    }

    /** Found by the engine as it resolves the host, so it is its one line, without the --help hint (as for udp send). */
    @Test
    void anUnknownHostForTheClientListIsBadInput() {
        Cli.Result r = Cli.run("server", "client-list", "nowhere.invalid", "5000", "alice");
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode(), r.err());
        assertEquals(List.of("The host \"nowhere.invalid\" is unknown: no address was found for it; check the spelling or use an IP address."),
                r.errLines());
        assertEquals("", r.out());
    }

    private static void assertExitsTwo(String command, Cli.Result r, String sentence) {
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode(), r.err());
        assertEquals(List.of(sentence, "Run 'socket-workbench " + command + " --help' to see what it accepts."), r.errLines());
        assertEquals("", r.out());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().indexOf(sentence) == r.err().lastIndexOf(sentence), "printed twice: " + r.err());
    }
}
