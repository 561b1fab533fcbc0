package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code socket-workbench tcp connect} and {@code tcp serve}, run in this JVM as {@code Main} runs them, against
 * each other and against our own {@code server} on real loopback sockets (and a Unix-domain socket in a temp
 * directory). Servers run on background threads; each test syncs on their "Listening on" line and on the
 * lines it expects, never on a sleep. A client that might wait forever gets a bounded --wait-ms.
 */
// A broken wait timer would leave a synchronous client reading forever: fail instead of hanging the build.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TcpCommandTest {
    /** Bounds a synchronous client that should end as soon as the peer closes, so a bug fails instead of hanging. */
    private static final String GENEROUS_WAIT = "" + WatchedOutput.PATIENCE.toMillis();

    @TempDir
    Path temp;

    private List<String> threadsBefore;

    @BeforeEach
    void rememberThreads() {
        threadsBefore = RunningCommand.ourThreads();
    }

    @AfterEach
    void noThreadLeftBehind() throws InterruptedException {
        RunningCommand.assertThreadsBackTo(threadsBefore);
    }

    private static String[] words(String first, String second, String... rest) {
        return Stream.concat(Stream.of(first, second), Stream.of(rest)).toArray(String[]::new);
    }

    private static Cli.Result connect(String... args) {
        return Cli.run(words("tcp", "connect", args));
    }

    private static RunningCommand connectInBackground(String... args) {
        return RunningCommand.start("cli-test-connect", words("tcp", "connect", args));
    }

    private static RunningCommand serve(String... args) {
        return RunningCommand.start("cli-test-serve", words("tcp", "serve", args));
    }

    private static Matcher traffic(String line) {
        Matcher m = Cli.TRAFFIC.matcher(line);
        assertTrue(m.matches(), "not a traffic line: " + line);
        return m;
    }

    private static String last(Cli.Result r) {
        List<String> lines = r.outLines();
        return lines.get(lines.size() - 1);
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat "), text);
        assertFalse(text.contains("Exception"), text);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void connectToOurEchoServerSeesTheEchoAndACloseWhenTheServerStops() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo");
        int port = server.awaitListeningPort();
        RunningCommand client = connectInBackground("127.0.0.1", "" + port, "hello", "--wait-ms", "0");
        Matcher echo = client.out.awaitLine(Pattern.compile("  RECV  127\\.0\\.0\\.1:" + port + " -> (127\\.0\\.0\\.1:\\d+)  5 B  hello$"));
        String local = echo.group(1);

        Cli.Result served = server.stopAndAwaitEnd();
        Cli.Result heard = client.awaitEnd();
        assertEquals(ExitCodes.OK, heard.exitCode(), heard.err());
        assertEquals("", heard.err());
        assertEquals(List.of(local, "127.0.0.1:" + port, "5", "hello"), groups(heard.traffic("SENT").get(0)));
        assertTrue(heard.outLines().get(0).endsWith("INFO  Connecting to 127.0.0.1:" + port), heard.out());
        assertTrue(heard.outLines().get(1).endsWith("INFO  Connected to 127.0.0.1:" + port + " from " + local), heard.out());
        assertTrue(last(heard).endsWith("INFO  Peer closed the connection"), heard.out());

        assertEquals(ExitCodes.OK, served.exitCode(), served.err());
        assertEquals("", served.err());
        assertEquals(List.of(local, "127.0.0.1:" + port, "5", "hello"), groups(served.traffic("RECV").get(0)));
        assertEquals(List.of("127.0.0.1:" + port, local, "5", "hello"), groups(served.traffic("SENT").get(0)));
        assertTrue(served.out().contains("INFO  Accepted connection #1 from " + local), served.out());
        assertTrue(served.out().contains("INFO  Connection #1 from " + local + " closed: the server is stopping"), served.out());
        assertTrue(last(served).endsWith("INFO  Stopped; closed 1 open connection"), served.out());
    }

    /** From, to, byte count and payload of a traffic line. */
    private static List<String> groups(String line) {
        Matcher m = traffic(line);
        return List.of(m.group(2), m.group(3), m.group(4), m.group(5) == null ? "" : m.group(5));
    }

    @Test
    void byeMakesTheEchoServerCloseAndTheClientEndsAtOnce() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo");
        int port = server.awaitListeningPort();
        Cli.Result r = connect("127.0.0.1", "" + port, "bye", "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(List.of(), r.traffic("RECV"));
        assertTrue(last(r).endsWith("INFO  Peer closed the connection"), r.out());
        server.out.awaitLine(Pattern.compile("INFO  Connection #1 from \\S+ closed: the server said its last word"));
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void whenTheWaitRunsOutTheClientSaysSoClosesAndExitsZero() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo");
        int port = server.awaitListeningPort();
        Cli.Result r = connect("127.0.0.1", "" + port, "ping\\n", "--escapes", "--wait-ms", "300");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of("5", "ping\\n"), groups(r.traffic("SENT").get(0)).subList(2, 4));
        assertTrue(last(r).endsWith("INFO  Waited 300 ms after sending and 127.0.0.1:" + port
                + " did not close the connection, so this side closes it; wait longer with --wait-ms, or 0 to wait until the peer closes"), r.out());
        server.out.awaitLine(Pattern.compile("INFO  Connection #1 from \\S+ closed: the client closed it"));
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void hexAndTheLineEndingMakeTheBytesThatAreSent() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo");
        int port = server.awaitListeningPort();
        Cli.Result r = connect("127.0.0.1", "" + port, "68 69", "--hex", "--line-ending", "crlf", "--wait-ms", "300");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(List.of("4", "hi\\r\\n"), groups(r.traffic("SENT").get(0)).subList(2, 4));
        server.out.awaitLines(1, l -> l.contains("  RECV  ") && l.endsWith("  4 B  hi\\r\\n"), "the four bytes arriving");

        Cli.Result lf = connect("127.0.0.1", "" + port, "caf\u00e9", "--encoding", "latin1", "--line-ending", "LF", "--wait-ms", "300");
        assertEquals(ExitCodes.OK, lf.exitCode(), lf.err());
        assertEquals(List.of("5", "caf\u00e9\\n"), groups(lf.traffic("SENT").get(0)).subList(2, 4));
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void connectToTcpServeGetsTheGreetingAndTheServerStopsAfterCount() throws Exception {
        RunningCommand serve = serve("--port", "0", "--greeting", "Hello, student\\r\\n", "--count", "1");
        int port = serve.awaitListeningPort();
        Cli.Result r = connect("127.0.0.1", "" + port, "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(), r.traffic("SENT"));
        List<String> greeting = groups(r.traffic("RECV").get(0));
        assertEquals(List.of("127.0.0.1:" + port, "16", "Hello, student\\r\\n"), List.of(greeting.get(0), greeting.get(2), greeting.get(3)));
        assertTrue(last(r).endsWith("INFO  Peer closed the connection"), r.out());

        Cli.Result served = serve.awaitEnd();
        assertEquals(ExitCodes.OK, served.exitCode(), served.err());
        List<String> lines = served.outLines();
        assertEquals(5, lines.size(), served.out());
        assertTrue(lines.get(0).endsWith("INFO  Listening on 127.0.0.1:" + port + ", one connection at a time (backlog 5)"), served.out());
        assertTrue(lines.get(1).endsWith("INFO  Got a connection from " + greeting.get(1)), served.out());
        assertEquals(List.of("127.0.0.1:" + port, greeting.get(1), "16", "Hello, student\\r\\n"), groups(lines.get(2)));
        assertTrue(lines.get(4).endsWith("INFO  Served 1 connection, as many as asked for; stopping"), served.out());
    }

    @Test
    void withReadFirstTheServerShowsTheClientsMessageAndSendsTheSeedsGreeting() throws Exception {
        RunningCommand serve = serve("--port", "0", "--count", "1", "--read-first", "--backlog", "1");
        int port = serve.awaitListeningPort();
        Cli.Result r = connect("localhost", "" + port, "my name", "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("Thank you for connecting\\r\\n", groups(r.traffic("RECV").get(0)).get(3));
        Cli.Result served = serve.awaitEnd();
        assertEquals("my name", groups(served.traffic("RECV").get(0)).get(3));
        assertTrue(served.outLines().get(0).endsWith("(backlog 1)"), served.out());
    }

    @Test
    void ipv6LoopbackServerAndClient() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            assumeTrue(probe.isBound(), "no IPv6 loopback");
        } catch (IOException e) {
            assumeTrue(false, "no IPv6 loopback on this machine: " + e.getMessage());
        }
        RunningCommand server = RunningCommand.server("--bind", "::1", "--port", "0", "--mode", "echo");
        Matcher listening = server.awaitListening();
        int port = Integer.parseInt(listening.group(2));
        assertEquals("[::1]:" + port, listening.group(1));

        RunningCommand client = connectInBackground("::1", "" + port, "over six", "--wait-ms", "0");
        Matcher echo = client.out.awaitLine(Pattern.compile("  RECV  \\[::1\\]:" + port + " -> (\\[::1\\]:\\d+)  8 B  over six$"));
        Cli.Result served = server.stopAndAwaitEnd();
        Cli.Result heard = client.awaitEnd();
        assertEquals(ExitCodes.OK, heard.exitCode(), heard.err());
        assertEquals(List.of(echo.group(1), "[::1]:" + port, "8", "over six"), groups(heard.traffic("SENT").get(0)));
        assertEquals(List.of(echo.group(1), "[::1]:" + port, "8", "over six"), groups(served.traffic("RECV").get(0)));
    }

    @Test
    void unixDomainRoundTripAndTheSocketFileIsRemovedAfterwards() throws Exception {
        Path socket = temp.resolve("workbench.sock");
        RunningCommand serve = serve("--unix", socket.toString(), "--count", "1", "--read-first", "--greeting", "over unix\\n");
        assertEquals(socket.toString(), serve.out.awaitLine(RunningCommand.LISTENING_UNIX).group(1));
        assertTrue(Files.exists(socket));

        Cli.Result r = connect("--unix", socket.toString(), "hello over unix", "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of("?", "unix:" + socket, "15", "hello over unix"), groups(r.traffic("SENT").get(0)));
        assertEquals(List.of("unix:" + socket, "?", "10", "over unix\\n"), groups(r.traffic("RECV").get(0)));
        assertTrue(last(r).endsWith("INFO  Peer closed the connection"), r.out());

        Cli.Result served = serve.awaitEnd();
        assertEquals(ExitCodes.OK, served.exitCode(), served.err());
        assertEquals("hello over unix", groups(served.traffic("RECV").get(0)).get(3));
        assertFalse(Files.exists(socket), "the server leaves no socket file behind");
    }

    @Test
    void connectionRefusedExitsOneWithTheSentenceOnce() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closed = s.getLocalPort();
        }
        Cli.Result r = connect("127.0.0.1", "" + closed, "anyone?");
        String sentence = "Nothing is listening on 127.0.0.1:" + closed + " (connection refused); start a server there first.";
        assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
        assertEquals(List.of(sentence), r.errLines());
        assertEquals(1, occurrences(r.out() + r.err(), sentence));
        assertEquals(List.of(), r.traffic("SENT"));
        assertNoStackTrace(r.out() + r.err());
    }

    @Test
    void aMissingUnixSocketFileExitsOne() {
        Path none = temp.resolve("nobody-here.sock");
        Cli.Result r = connect("--unix", none.toString());
        assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
        assertEquals(List.of("There is no socket file at unix:" + none + "; start the server first or check the path."), r.errLines());
    }

    @Test
    void anUnknownHostIsBadInputAndNeverAsksDns() {
        // RFC 6761: names under .invalid never resolve; Hosts refuses them without a lookup.
        Cli.Result r = connect("no-such-host.invalid", "5000", "x");
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals(List.of("The host \"no-such-host.invalid\" is unknown: no address was found for it; "
                + "check the spelling or use an IP address."), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aUnixPathThatExistsIsBadInputAndIsLeftAlone() throws Exception {
        Path existing = Files.writeString(temp.resolve("taken.sock"), "not a socket");
        Cli.Result r = Cli.run("tcp", "serve", "--unix", existing.toString());
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals(List.of("The socket path " + existing + " already exists; delete it or choose another path.",
                "Run 'socket-workbench tcp serve --help' to see what it accepts."), r.errLines());
        assertEquals("", r.out());
        assertEquals("not a socket", Files.readString(existing));

        Cli.Result nowhere = Cli.run("tcp", "serve", "--unix", temp.resolve("no-dir").resolve("x.sock").toString());
        assertEquals(ExitCodes.BAD_ARGUMENTS, nowhere.exitCode());
        assertEquals("The directory " + temp.resolve("no-dir") + " does not exist; create it or choose a path in an existing directory.",
                nowhere.errLines().get(0));
    }

    @Test
    void aPortInUseExitsTwoWithTheEnginesSentence() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();
            String sentence = "Port " + port + " is already in use on 127.0.0.1:" + port
                    + ": another program (or another tab) is bound to it; stop it or pick another port.";
            Cli.Result serve = Cli.run("tcp", "serve", "--port", "" + port);
            assertEquals(ExitCodes.BAD_ARGUMENTS, serve.exitCode());
            assertEquals(List.of(sentence), serve.errLines());
            Cli.Result server = Cli.run("server", "--port", "" + port, "--mode", "echo");
            assertEquals(ExitCodes.BAD_ARGUMENTS, server.exitCode());
            assertEquals(List.of(sentence), server.errLines());
            assertEquals("", serve.out() + server.out());
        }
    }

    @Test
    void withoutASubcommandTcpNamesItsCommands() {
        Cli.Result r = Cli.run("tcp");
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals(List.of("Name a TCP command after socket-workbench tcp: connect (to be a client) or serve (to be a one-at-a-time server).",
                "Run 'socket-workbench tcp --help' to see what it accepts."), r.errLines());
    }

    @Test
    void helpShowsBothSynopsesTheOptionsAndExitCodes() {
        Cli.Result connect = Cli.run("tcp", "connect", "--help");
        assertEquals(ExitCodes.OK, connect.exitCode());
        assertTrue(connect.out().startsWith("Usage: socket-workbench tcp connect [OPTIONS] HOST PORT [MESSAGE]\n"
                + "   or: socket-workbench tcp connect [OPTIONS] --unix PATH [MESSAGE]\n"), connect.out());
        for (String option : List.of("--hex", "--escapes", "--encoding", "--line-ending", "--wait-ms", "--unix", "default 2000", "Exit codes:")) {
            assertTrue(connect.out().contains(option), option + " missing from:\n" + connect.out());
        }
        Cli.Result serve = Cli.run("tcp", "serve", "--help");
        for (String option : List.of("--port", "--bind", "--greeting", "--unix", "--count", "--backlog", "--read-first", "Exit codes:")) {
            assertTrue(serve.out().contains(option), option + " missing from:\n" + serve.out());
        }
        for (Cli.Result help : List.of(connect, serve)) {
            assertTrue(help.outLines().stream().allMatch(l -> l.length() <= 80), "a help line is wider than 80 columns:\n" + help.out());
        }
    }
}
