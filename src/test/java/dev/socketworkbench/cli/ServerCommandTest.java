package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code socket-workbench server} (the threaded server) and {@code server client-list}, in this JVM on real
 * loopback sockets. The server runs on a background thread until the test stops it as Ctrl-C would; every
 * test then checks that no thread of the command, the engine or its connections is left.
 */
// A broken wait timer would leave a synchronous client reading forever: fail instead of hanging the build.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerCommandTest {
    private static final String GENEROUS_WAIT = "" + WatchedOutput.PATIENCE.toMillis();

    private List<String> threadsBefore;

    @BeforeEach
    void rememberThreads() {
        threadsBefore = RunningCommand.ourThreads();
    }

    @AfterEach
    void noThreadLeftBehind() throws InterruptedException {
        RunningCommand.assertThreadsBackTo(threadsBefore);
    }

    private static Cli.Result clientList(String... args) {
        return Cli.run(Stream.concat(Stream.of("server", "client-list"), Stream.of(args)).toArray(String[]::new));
    }

    private static Cli.Result connect(String... args) {
        return Cli.run(Stream.concat(Stream.of("tcp", "connect"), Stream.of(args)).toArray(String[]::new));
    }

    private static RunningCommand connectInBackground(String... args) {
        return RunningCommand.start("cli-test-connect", Stream.concat(Stream.of("tcp", "connect"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void clientListPrintsTheServersJsonPrettyWithEveryNameSoFar() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "client-list");
        int port = server.awaitListeningPort();

        Cli.Result alice = clientList("127.0.0.1", "" + port, "alice");
        assertEquals(ExitCodes.OK, alice.exitCode(), alice.err());
        assertEquals("", alice.err());
        JsonNode first = new ObjectMapper().readTree(alice.out());
        assertEquals(List.of("alice"), List.copyOf(first.propertyStream().map(e -> e.getKey()).toList()));
        assertEquals("alice", first.path("alice").path("name").asText());
        assertEquals("127.0.0.1", first.path("alice").path("address").asText());
        int alicePort = first.path("alice").path("port").asInt();
        assertTrue(alicePort > 0, alice.out());
        assertEquals("{\n    \"alice\": {\n        \"name\": \"alice\",\n        \"address\": \"127.0.0.1\",\n        \"port\": " + alicePort
                + "\n    }\n}\n", alice.out());

        Cli.Result bob = clientList("localhost", "" + port, "bob");
        assertEquals(ExitCodes.OK, bob.exitCode(), bob.err());
        JsonNode both = new ObjectMapper().readTree(bob.out());
        assertEquals(List.of("alice", "bob"), both.propertyStream().map(e -> e.getKey()).toList());
        assertEquals(alicePort, both.path("alice").path("port").asInt());
        assertEquals("bob", both.path("bob").path("name").asText());

        Cli.Result served = server.stopAndAwaitEnd();
        assertEquals(ExitCodes.OK, served.exitCode(), served.err());
        assertEquals(List.of("alice", "bob"), served.traffic("RECV").stream().map(l -> l.substring(l.lastIndexOf("  ") + 2)).toList());
        assertTrue(served.out().contains("INFO  Connection #2 from 127.0.0.1:"), served.out());
    }

    /** The seed prints json.dumps(result, indent=4); ours must read the same, so Python re-formatting it changes nothing. */
    @Test
    void thePrettyJsonIsExactlyWhatPythonsIndentFourPrints() throws Exception {
        Path python = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "python3")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(python != null, "python3 is not installed");
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "client-list");
        int port = server.awaitListeningPort();
        assertEquals(ExitCodes.OK, clientList("127.0.0.1", "" + port, "name1").exitCode());
        Cli.Result ours = clientList("127.0.0.1", "" + port, "name2");
        assertEquals(ExitCodes.OK, ours.exitCode(), ours.err());

        Process p = new ProcessBuilder(python.toString(), "-c",
                "import json, sys; print(json.dumps(json.loads(sys.stdin.read()), indent=4))").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(ours.out().getBytes(StandardCharsets.UTF_8));
        }
        String pythons = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(WatchedOutput.PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertEquals(pythons, ours.out());
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void aReplyThatIsNotJsonExitsOneAndShowsWhatCame() throws Exception {
        RunningCommand serve = RunningCommand.start("cli-test-serve", "tcp", "serve", "--port", "0", "--count", "1",
                "--read-first", "--greeting", "hello, not json");
        int port = serve.awaitListeningPort();
        Cli.Result r = clientList("127.0.0.1", "" + port, "alice", "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
        assertEquals(List.of("The reply from 127.0.0.1:" + port + " (15 bytes: hello, not json) is not valid JSON, so the server there "
                + "is probably not a client-list server; start one with --mode client-list."), r.errLines());
        assertEquals("", r.out());
        assertEquals(ExitCodes.OK, serve.awaitEnd().exitCode());
    }

    @Test
    void anEchoServerNeverClosesSoTheWaitRunsOutAndExitsOne() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo");
        int port = server.awaitListeningPort();
        Cli.Result r = clientList("127.0.0.1", "" + port, "alice", "--wait-ms", "300");
        assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
        assertEquals(List.of("No complete reply from 127.0.0.1:" + port + " within 300 ms: a client-list server closes the connection "
                + "after its reply, this one did not; check that it runs with --mode client-list, or wait longer with --wait-ms."), r.errLines());
        assertEquals("", r.out());
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void aNameOverTheLimitGetsTheServersErrorAsOneSentence() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "client-list", "--max-name-bytes", "4");
        int port = server.awaitListeningPort();
        Cli.Result r = clientList("127.0.0.1", "" + port, "toolong");
        assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
        assertEquals(List.of("The server at 127.0.0.1:" + port + " turned the name away: the name is longer than 4 bytes; send a shorter name."),
                r.errLines());
        assertEquals("", r.out());
        assertEquals(ExitCodes.OK, clientList("127.0.0.1", "" + port, "four").exitCode());
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void clientListWithNothingListeningExitsOneWithTheSentence() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closed = s.getLocalPort();
        }
        Cli.Result r = clientList("127.0.0.1", "" + closed, "alice");
        assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
        assertEquals(List.of("Nothing is listening on 127.0.0.1:" + closed + " (connection refused); start a server there first."), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void greetingModeOnVirtualThreads() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "greeting", "--threads", "VIRTUAL", "--greeting", "hi there\\n");
        int port = server.awaitListeningPort();
        assertTrue(server.out.lines().get(0).endsWith("INFO  Listening on 127.0.0.1:" + port
                + ": one virtual thread per connection, greeting protocol, at most 10000 connections at once"), server.out.text());
        Cli.Result r = connect("127.0.0.1", "" + port, "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.traffic("RECV").get(0).endsWith("  9 B  hi there\\n"), r.out());
        assertTrue(r.outLines().get(r.outLines().size() - 1).endsWith("INFO  Peer closed the connection"), r.out());
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void stoppingTheServerClosesEveryClientAndLeavesNoThread() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo", "--threads", "platform");
        int port = server.awaitListeningPort();
        RunningCommand first = connectInBackground("127.0.0.1", "" + port, "one", "--wait-ms", "0");
        first.out.awaitLine(Pattern.compile("  RECV  .*  one$"));
        RunningCommand second = connectInBackground("127.0.0.1", "" + port, "two", "--wait-ms", "0");
        second.out.awaitLine(Pattern.compile("  RECV  .*  two$"));
        List<String> running = RunningCommand.ourThreads();
        // With --wait-ms 0 the sender thread ends once it has sent; the clients' command threads read on.
        assertTrue(!running.contains(TcpSendThenWait.THREAD), running.toString());
        for (String name : List.of("server-conn-1", "server-conn-2", "threaded-server-0", "tcp-client-" + port)) {
            assertTrue(running.contains(name), name + " is not among " + running);
        }

        Cli.Result served = server.stopAndAwaitEnd();
        assertEquals(ExitCodes.OK, served.exitCode(), served.err());
        assertEquals("", served.err());
        assertTrue(served.outLines().get(served.outLines().size() - 1).endsWith("INFO  Stopped; closed 2 open connections"), served.out());
        for (RunningCommand client : List.of(first, second)) {
            Cli.Result heard = client.awaitEnd();
            assertEquals(ExitCodes.OK, heard.exitCode(), heard.err());
            assertTrue(heard.outLines().get(heard.outLines().size() - 1).endsWith("INFO  Peer closed the connection"), heard.out());
        }
        // noThreadLeftBehind() then checks that server-conn-*, the engines and the command threads are gone.
    }

    @Test
    void aSilentClientIsClosedAfterTheIdleTimeout() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo", "--idle-timeout-ms", "200");
        int port = server.awaitListeningPort();
        Cli.Result r = connect("127.0.0.1", "" + port, "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.outLines().get(r.outLines().size() - 1).endsWith("INFO  Peer closed the connection"), r.out());
        server.out.awaitLine(Pattern.compile("INFO  Connection #1 from \\S+ closed: it sent nothing for 200 ms \\(idle timeout\\)"));
        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
    }

    @Test
    void aClientOverTheConnectionLimitIsToldWhyAndClosed() throws Exception {
        RunningCommand server = RunningCommand.server("--port", "0", "--mode", "echo", "--max-connections", "1");
        int port = server.awaitListeningPort();
        RunningCommand first = connectInBackground("127.0.0.1", "" + port, "--wait-ms", "0");
        server.out.awaitLine(Pattern.compile("INFO  Accepted connection #1 from "));

        Cli.Result refused = connect("127.0.0.1", "" + port, "--wait-ms", GENEROUS_WAIT);
        assertEquals(ExitCodes.OK, refused.exitCode(), refused.err());
        assertTrue(refused.traffic("RECV").get(0).endsWith("  The server is full: it already has 1 connections, its limit; try again later.\\n"),
                refused.out());
        server.out.awaitLine(Pattern.compile("INFO  Refused 127\\.0\\.0\\.1:\\d+: The server is full"));

        assertEquals(ExitCodes.OK, server.stopAndAwaitEnd().exitCode());
        assertEquals(ExitCodes.OK, first.awaitEnd().exitCode());
    }

    @Test
    void helpShowsBothFormsAndEveryOption() {
        Cli.Result server = Cli.run("server", "--help");
        assertEquals(ExitCodes.OK, server.exitCode());
        assertTrue(server.out().startsWith("Usage: socket-workbench server --port P --mode MODE [OPTIONS]\n"
                + "   or: socket-workbench server client-list HOST PORT NAME\n"), server.out());
        for (String option : List.of("--port", "--bind", "--mode", "--threads", "--max-connections", "--idle-timeout-ms", "--greeting",
                "--max-name-bytes", "client-list", "Exit codes:")) {
            assertTrue(server.out().contains(option), option + " missing from:\n" + server.out());
        }
        Cli.Result client = Cli.run("server", "client-list", "--help");
        assertEquals(ExitCodes.OK, client.exitCode());
        for (String part : List.of("HOST", "PORT", "NAME", "--wait-ms", "Exit codes:")) {
            assertTrue(client.out().contains(part), part + " missing from:\n" + client.out());
        }
        for (Cli.Result help : List.of(server, client)) {
            assertTrue(help.outLines().stream().allMatch(l -> l.length() <= 80), "a help line is wider than 80 columns:\n" + help.out());
        }
    }

    /** A server that hangs up at once must not be mistaken for an empty list. */
    @Test
    void aServerThatClosesWithoutReplyingExitsOne() throws IOException {
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread closer = Thread.ofPlatform().name("cli-test-closer").start(() -> {
                try (var s = silent.accept()) {
                    s.getInputStream().read();   // take the name, so closing sends FIN, not a reset
                } catch (IOException ignored) {
                    // the test fails on the client's side if this goes wrong
                }
            });
            Cli.Result r = clientList("127.0.0.1", "" + silent.getLocalPort(), "alice", "--wait-ms", GENEROUS_WAIT);
            assertEquals(ExitCodes.NETWORK_FAILURE, r.exitCode());
            assertEquals(List.of("The server at 127.0.0.1:" + silent.getLocalPort()
                    + " closed the connection without a reply; check that it is a client-list server (--mode client-list)."), r.errLines());
            try {
                closer.join(WatchedOutput.PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
