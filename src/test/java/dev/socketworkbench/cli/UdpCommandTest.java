package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code socket-workbench udp send} and {@code udp listen}, run in this JVM exactly as {@code Main} runs them,
 * against each other on real loopback sockets. Listeners run on a background thread; each test syncs on
 * their "Listening on" line, never on a sleep.
 */
class UdpCommandTest {
    private static final Pattern SUMMARY = Pattern.compile("  INFO  Sent ([\\d,]+) datagrams? in (\\d+\\.\\d{3}) s \\(([\\d,]+)/s\\)");

    private List<String> threadsBefore;

    /** Threads an engine, the printer or a test command could leave behind. */
    private static List<String> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("udp-") || n.startsWith("cli-")).sorted().toList();
    }

    @BeforeEach
    void rememberThreads() {
        threadsBefore = ourThreads();
    }

    @AfterEach
    void noThreadLeftBehind() throws InterruptedException {
        long deadline = System.nanoTime() + WatchedOutput.PATIENCE.toNanos();
        while (!ourThreads().equals(threadsBefore) && System.nanoTime() < deadline) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("udp-") || t.getName().startsWith("cli-")) {
                    t.join(Duration.ofMillis(100));   // awaits a thread that is ending, never as a delay on its own
                }
            }
        }
        assertEquals(threadsBefore, ourThreads(), "threads left behind");
    }

    private static Cli.Background listen(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "udp";
        args[1] = "listen";
        System.arraycopy(options, 0, args, 2, options.length);
        return Cli.start("cli-test-listen", args);
    }

    private static Cli.Result send(String... argsAfterSend) {
        String[] args = new String[argsAfterSend.length + 2];
        args[0] = "udp";
        args[1] = "send";
        System.arraycopy(argsAfterSend, 0, args, 2, argsAfterSend.length);
        return Cli.run(args);
    }

    private static Matcher traffic(String line) {
        Matcher m = Cli.TRAFFIC.matcher(line);
        assertTrue(m.matches(), "not a traffic line: " + line);
        return m;
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("at dev."), text);
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
    void listenerPrintsOneLinePerDatagramWithTheSendersAddressAndExitsAfterCount() throws Exception {
        Cli.Background listener = listen("--port", "0", "--count", "2");
        int port = listener.awaitListeningPort();

        Cli.Result first = send("127.0.0.1", "" + port, "hello");
        Cli.Result second = send("localhost", "" + port, "second datagram");
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        String firstSender = traffic(first.traffic("SENT").get(0)).group(2);
        String secondSender = traffic(second.traffic("SENT").get(0)).group(2);

        Cli.Result heard = listener.awaitEnd();
        assertEquals(ExitCodes.OK, heard.exitCode(), heard.err());
        assertEquals("", heard.err());
        List<String> received = heard.traffic("RECV");
        assertEquals(2, received.size(), heard.out());
        Matcher a = traffic(received.get(0));
        Matcher b = traffic(received.get(1));
        assertEquals(List.of(firstSender, "127.0.0.1:" + port, "5", "hello"), List.of(a.group(2), a.group(3), a.group(4), a.group(5)));
        assertEquals(List.of(secondSender, "127.0.0.1:" + port, "15", "second datagram"), List.of(b.group(2), b.group(3), b.group(4), b.group(5)));
        assertTrue(firstSender.startsWith("127.0.0.1:") && !firstSender.equals(secondSender), firstSender + " / " + secondSender);
        assertTrue(heard.outLines().get(0).endsWith("INFO  Listening on 127.0.0.1:" + port + " (UDP)."), heard.out());
        assertTrue(heard.outLines().get(heard.outLines().size() - 1)
                .endsWith("INFO  Stopped listening on 127.0.0.1:" + port + " (UDP) after 2 datagrams."), heard.out());
    }

    @Test
    void sendWithCountPrintsEveryDatagramAndASummaryWithCountSecondsAndRate() throws Exception {
        Cli.Background listener = listen("--port", "0", "--count", "5");
        int port = listener.awaitListeningPort();

        Cli.Result sent = send("127.0.0.1", "" + port, "tick", "--count", "5", "--interval-ms", "10");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        assertEquals("", sent.err());
        List<String> lines = sent.traffic("SENT");
        assertEquals(5, lines.size(), sent.out());
        for (String line : lines) {
            Matcher m = traffic(line);
            assertEquals(List.of("127.0.0.1:" + port, "4", "tick"), List.of(m.group(3), m.group(4), m.group(5)));
        }
        String last = sent.outLines().get(sent.outLines().size() - 1);
        Matcher summary = SUMMARY.matcher(last);
        assertTrue(summary.find(), last);
        assertEquals("5", summary.group(1));
        double seconds = Double.parseDouble(summary.group(2));
        assertTrue(seconds >= 0.040, "five datagrams 10 ms apart take at least 40 ms, not " + seconds + " s");
        long rate = Long.parseLong(summary.group(3).replace(",", ""));
        assertTrue(rate > 0 && rate <= 5 / 0.040 + 1, "rate " + rate + "/s for 5 datagrams in " + seconds + " s");

        Cli.Result heard = listener.awaitEnd();
        assertEquals(ExitCodes.OK, heard.exitCode(), heard.err());
        assertEquals(5, heard.traffic("RECV").size(), heard.out());
    }

    @Test
    void waitForReplyPrintsTheReplyOfOurOwnEchoListener() throws Exception {
        Cli.Background listener = listen("--port", "0", "--reply", "echo", "--count", "1");
        int port = listener.awaitListeningPort();

        Cli.Result sent = send("127.0.0.1", "" + port, "ping\\n", "--escapes", "--wait-ms", "10000");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        assertEquals("", sent.err());
        String local = traffic(sent.traffic("SENT").get(0)).group(2);
        List<String> replies = sent.traffic("RECV");
        assertEquals(1, replies.size(), sent.out());
        Matcher reply = traffic(replies.get(0));
        assertEquals(List.of("127.0.0.1:" + port, local, "5", "ping\\n"), List.of(reply.group(2), reply.group(3), reply.group(4), reply.group(5)));
        assertTrue(sent.out().contains("1 reply, 0 without reply, 0 refused."), sent.out());

        Cli.Result heard = listener.awaitEnd();
        assertEquals(ExitCodes.OK, heard.exitCode());
        Matcher echoed = traffic(heard.traffic("SENT").get(0));
        assertEquals(List.of("127.0.0.1:" + port, local, "ping\\n"), List.of(echoed.group(2), echoed.group(3), echoed.group(5)));
    }

    @Test
    void fixedReplyTextIsSentBackAndShownAsText() throws Exception {
        Cli.Background listener = listen("--port", "0", "--reply", "Got it\\x21", "--count", "1");
        int port = listener.awaitListeningPort();
        Cli.Result sent = send("127.0.0.1", "" + port, "hi", "--wait-ms", "10000");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        assertEquals("Got it!", traffic(sent.traffic("RECV").get(0)).group(5));
        assertEquals("reply", traffic(sent.traffic("RECV").get(0)).group(6));
        assertEquals(ExitCodes.OK, listener.awaitEnd().exitCode());
    }

    @Test
    void waitingOnAClosedPortExitsOneWithTheIcmpSentenceOnce() throws Exception {
        int closed;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closed = s.getLocalPort();
        }
        Cli.Result sent = send("127.0.0.1", "" + closed, "anyone?", "--wait-ms", "10000");
        String sentence = "Nothing is listening on 127.0.0.1:" + closed + " (ICMP port unreachable).";
        assertEquals(ExitCodes.NETWORK_FAILURE, sent.exitCode());
        assertEquals(List.of(sentence), sent.errLines());
        assertEquals(1, occurrences(sent.out() + sent.err(), sentence));
        assertTrue(sent.out().contains("1 refused."), sent.out());
        assertNoStackTrace(sent.err());
    }

    @Test
    void noReplyInTimeExitsOneAndSaysSo() throws Exception {
        Cli.Background listener = listen("--port", "0", "--count", "1");
        int port = listener.awaitListeningPort();
        Cli.Result sent = send("127.0.0.1", "" + port, "hello?", "--wait-ms", "300");
        assertEquals(ExitCodes.NETWORK_FAILURE, sent.exitCode());
        assertTrue(sent.out().contains("INFO  No reply from 127.0.0.1:" + port + " within 300 ms;"), sent.out());
        assertEquals(List.of("1 of 1 datagram got no reply from 127.0.0.1:" + port
                + " within 300 ms; check that a server there answers, or wait longer with --wait-ms."), sent.errLines());
        assertEquals(ExitCodes.OK, listener.awaitEnd().exitCode());
    }

    @Test
    void binaryPayloadsPrintAsHexAndTextWithALineBreakStaysOnOneLine() throws Exception {
        Cli.Background listener = listen("--port", "0", "--count", "3");
        int port = listener.awaitListeningPort();
        assertEquals(ExitCodes.OK, send("127.0.0.1", "" + port, "00 ff 41", "--hex").exitCode());
        assertEquals(ExitCodes.OK, send("127.0.0.1", "" + port, "line\\r\\n", "--escapes").exitCode());
        assertEquals(ExitCodes.OK, send("127.0.0.1", "" + port, "caf\\xe9", "--escapes").exitCode());   // not UTF-8
        List<String> received = listener.awaitEnd().traffic("RECV");
        assertEquals("hex: 00 ff 41", traffic(received.get(0)).group(5));
        assertEquals("line\\r\\n", traffic(received.get(1)).group(5));
        assertEquals("hex: 63 61 66 e9", traffic(received.get(2)).group(5));
    }

    @Test
    void hexCanBeForcedAndTheEncodingChangesHowTextIsRead() throws Exception {
        Cli.Background hex = listen("--port", "0", "--count", "1", "--hex");
        int port = hex.awaitListeningPort();
        assertEquals(ExitCodes.OK, send("127.0.0.1", "" + port, "hi").exitCode());
        assertEquals("hex: 68 69", traffic(hex.awaitEnd().traffic("RECV").get(0)).group(5));

        Cli.Background latin1 = listen("--port", "0", "--count", "1", "--encoding", "latin1");
        port = latin1.awaitListeningPort();
        Cli.Result sent = send("127.0.0.1", "" + port, "café", "--encoding", "iso-8859-1");
        assertEquals("4", traffic(sent.traffic("SENT").get(0)).group(4));
        assertEquals("café", traffic(latin1.awaitEnd().traffic("RECV").get(0)).group(5));
    }

    @Test
    void aDatagramLongerThanTheBufferIsShownCutWithTheEnginesNote() throws Exception {
        Cli.Background listener = listen("--port", "0", "--count", "1", "--buffer", "4");
        int port = listener.awaitListeningPort();
        assertEquals(ExitCodes.OK, send("127.0.0.1", "" + port, "hello world").exitCode());
        Matcher m = traffic(listener.awaitEnd().traffic("RECV").get(0));
        assertEquals("4", m.group(4));
        assertEquals("hell", m.group(5));
        assertEquals("Datagram of 11 bytes truncated to the 4-byte receive buffer; raise the buffer size to keep all of it.", m.group(6));
    }

    @Test
    void ipv6LoopbackSendAndListen() throws Exception {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            assumeTrue(probe.isBound(), "no IPv6 loopback");
        } catch (SocketException e) {
            assumeTrue(false, "no IPv6 loopback on this machine: " + e.getMessage());
        }
        Cli.Background listener = listen("--bind", "::1", "--port", "0", "--count", "1", "--reply", "echo");
        Matcher listening = listener.out.awaitLine(Cli.LISTENING);
        int port = Integer.parseInt(listening.group(2));
        assertEquals("[::1]:" + port, listening.group(1));

        Cli.Result sent = send("::1", "" + port, "over six", "--wait-ms", "10000");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        Matcher out = traffic(sent.traffic("SENT").get(0));
        assertTrue(out.group(2).startsWith("[::1]:"), out.group(2));
        assertEquals("[::1]:" + port, out.group(3));
        assertEquals("over six", traffic(sent.traffic("RECV").get(0)).group(5));

        Matcher in = traffic(listener.awaitEnd().traffic("RECV").get(0));
        assertEquals(List.of(out.group(2), "[::1]:" + port, "over six"), List.of(in.group(2), in.group(3), in.group(5)));
    }

    @Test
    void joinsAMulticastGroupOnLoopback() throws Exception {
        NetworkInterface lo = NetworkInterface.networkInterfaces().filter(UdpCommandTest::isLoopback).findFirst().orElse(null);
        assumeTrue(lo != null, "no loopback interface");
        String group = "239.255.78." + (1 + new Random().nextInt(250));
        Cli.Background listener = listen("--port", "0", "--count", "1", "--group", group, "--interface", lo.getName());
        int port = listener.awaitListeningPort();
        listener.out.awaitLine(Pattern.compile(Pattern.quote("INFO  Joined the multicast group " + group + " on interface " + lo.getName() + ".")));
        try (DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            // Pinned to loopback with TTL 0, so the datagram never leaves this machine.
            sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            sender.send(ByteBuffer.wrap("to the group".getBytes(StandardCharsets.US_ASCII)), new InetSocketAddress(InetAddress.getByName(group), port));
        }
        Cli.Result heard = listener.awaitEnd();
        assertEquals(ExitCodes.OK, heard.exitCode(), heard.err());
        Matcher m = traffic(heard.traffic("RECV").get(0));
        assertEquals(List.of(group + ":" + port, "to the group"), List.of(m.group(3), m.group(5)));
    }

    private static boolean isLoopback(NetworkInterface nif) {
        try {
            return nif.isLoopback() && nif.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    @Test
    void aPortInUseIsBadInputWithOneSentence() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            int port = taken.getLocalPort();
            Cli.Result listening = Cli.run("udp", "listen", "--port", "" + port, "--count", "1");
            String sentence = "Port " + port + " is already in use on 127.0.0.1:" + port
                    + ": another program (or another tab) is bound to it; stop it or pick another port.";
            assertEquals(ExitCodes.BAD_ARGUMENTS, listening.exitCode());
            assertEquals(List.of(sentence), listening.errLines());
            assertEquals("", listening.out());

            Cli.Result sending = send("127.0.0.1", "9", "x", "--source-port", "" + port);
            assertEquals(ExitCodes.BAD_ARGUMENTS, sending.exitCode());
            assertEquals(List.of("Port " + port + " is already in use on 0.0.0.0:" + port
                    + ": another program (or another tab) is bound to it; stop it or pick another port."), sending.errLines());
            assertNoStackTrace(listening.err() + sending.err());
        }
    }

    @Test
    void anUnknownHostIsBadInputAndNeverAsksDns() {
        // RFC 6761: names under .invalid never resolve, so this lookup stays on the machine.
        Cli.Result sent = send("no-such-host.invalid", "6667", "x");
        assertEquals(ExitCodes.BAD_ARGUMENTS, sent.exitCode());
        assertEquals(List.of("The host \"no-such-host.invalid\" is unknown: no address was found for it; "
                + "check the spelling or use an IP address."), sent.errLines());
        assertEquals("", sent.out());
    }

    @Test
    void aPayloadOverOneDatagramIsBadInput() {
        Cli.Result sent = send("127.0.0.1", "6667", "x".repeat(65_508));
        assertEquals(ExitCodes.BAD_ARGUMENTS, sent.exitCode());
        assertEquals("The payload is 65,508 bytes, but one UDP datagram carries at most 65,507 bytes; shorten it or send it in parts.",
                sent.errLines().get(0));
        assertEquals(2, sent.errLines().size(), sent.err());
    }

    @Test
    void theLargestDatagramIsSentAndReceivedWhole() throws Exception {
        Cli.Background listener = listen("--port", "0", "--count", "1", "--buffer", "65535");
        int port = listener.awaitListeningPort();
        Cli.Result sent = send("127.0.0.1", "" + port, "y".repeat(65_507));
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        Matcher m = traffic(listener.awaitEnd().traffic("RECV").get(0));
        assertEquals("65507", m.group(4));
        assertEquals("y".repeat(65_507), m.group(5));
    }

    @Test
    void withoutASubcommandUdpNamesItsCommands() {
        Cli.Result r = Cli.run("udp");
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals(List.of("Name a UDP command after socket-workbench udp: send (to send datagrams) or listen (to receive them).",
                "Run 'socket-workbench udp --help' to see what it accepts."), r.errLines());
    }

    @Test
    void helpDescribesTheOptionsAndExitCodes() {
        Cli.Result send = Cli.run("udp", "send", "--help");
        assertEquals(ExitCodes.OK, send.exitCode());
        for (String option : List.of("HOST", "PORT", "MESSAGE", "--hex", "--escapes", "--encoding", "--count", "--interval-ms",
                "--wait-ms", "--broadcast", "--source-port", "Exit codes:")) {
            assertTrue(send.out().contains(option), option + " missing from:\n" + send.out());
        }
        Cli.Result listen = Cli.run("udp", "listen", "--help");
        for (String option : List.of("--port", "--bind", "--reply", "--buffer", "--count", "--group", "--interface", "--hex", "Exit codes:")) {
            assertTrue(listen.out().contains(option), option + " missing from:\n" + listen.out());
        }
    }
}
