package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a user runs it: {@code dev.socketworkbench.Main} in a child JVM. Covers what cannot be
 * seen in-process: the kernel refusing a privileged port to an unprivileged user, and Ctrl-C (SIGINT) or
 * SIGTERM closing a listener cleanly through the shutdown hook, with its last lines printed.
 */
class UdpCliProcessTest {
    private static final int PRIVILEGED_PORT = 80;
    private static final long PATIENCE_SECONDS = WatchedOutput.PATIENCE.toSeconds();

    @TempDir
    Path temp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killLeftoverChildren() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /** What a finished child printed and returned. */
    record Finished(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** The java launcher of this very JVM and the test classpath, so the child runs the code under test. */
    private static List<String> javaMain(String... args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:-UsePerfData", "-cp",
                System.getProperty("java.class.path"), "dev.socketworkbench.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private Finished run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        children.add(p);
        assertTrue(p.waitFor(2 * PATIENCE_SECONDS, TimeUnit.SECONDS), "the child did not end: " + command);
        return new Finished(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    /**
     * The first port anyone may bind (the sysctl net.ipv4.ip_unprivileged_port_start); 1024 where it cannot be read.
     * Read through a buffered reader on purpose: Files.readString reads a sysctl file of "size 0" a byte at a
     * time, and the kernel answers a read at offset 1 with end of file, so it returns "1" for 1024.
     */
    private static int unprivilegedPortStart() throws IOException {
        Path knob = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");
        return Files.isReadable(knob) ? Integer.parseInt(Files.readAllLines(knob).get(0).strip()) : 1024;
    }

    private static String privilegedSentence(String endpoint) {
        return "Port 80 is privileged: binding " + endpoint + " needs root or CAP_NET_BIND_SERVICE; use a port from 1024 up.";
    }

    /**
     * Runs {@code --version} under {@code prefix} (a setpriv invocation) and skips the test with the reason when
     * the child cannot even start: setpriv refused, or the user cannot read the JDK or the classpath.
     */
    private void assumeChildRuns(List<String> prefix, String who) throws IOException, InterruptedException {
        List<String> probe = new ArrayList<>(prefix);
        probe.addAll(javaMain("--version"));
        Finished version = run(probe);
        String why = version.err().lines().findFirst().orElse("exit code " + version.exitCode());
        assumeTrue(version.exitCode() == 0 && version.out().startsWith("Socket Workbench"),
                who + " cannot run the command line from this JDK and classpath (" + why
                        + "); the Maven repository or target/ is probably not readable for it, so this case is not checked here");
    }

    @Test
    void anUnprivilegedUserIsToldThePortIsPrivilegedAndExitsTwo() throws Exception {
        Optional<Path> setpriv = onPath("setpriv");
        assumeTrue(setpriv.isPresent(), "setpriv (util-linux) is not installed");
        assumeTrue(unprivilegedPortStart() > PRIVILEGED_PORT, "this kernel lets any user bind port 80 (net.ipv4.ip_unprivileged_port_start is " + unprivilegedPortStart() + ")");
        List<String> asNobody = List.of(setpriv.get().toString(), "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all");
        assumeChildRuns(asNobody, "uid 65534");

        List<String> command = new ArrayList<>(asNobody);
        command.addAll(javaMain("udp", "listen", "--port", "" + PRIVILEGED_PORT, "--count", "1"));
        Finished listen = run(command);
        assertEquals(ExitCodes.BAD_ARGUMENTS, listen.exitCode(), listen.err());
        assertEquals(List.of(privilegedSentence("127.0.0.1:80")), listen.errLines());
        assertEquals("", listen.out());
    }

    /**
     * The same refusal for root without CAP_NET_BIND_SERVICE, the capability that lets a process bind ports
     * below 1024. Unlike uid 65534, root can read the Maven repository, so this runs wherever setpriv may drop
     * a capability from the bounding set.
     */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void withoutCapNetBindServiceThePortIsPrivilegedAndExitsTwo(String bind) throws Exception {
        Optional<Path> setpriv = onPath("setpriv");
        assumeTrue(setpriv.isPresent(), "setpriv (util-linux) is not installed");
        assumeTrue(unprivilegedPortStart() > PRIVILEGED_PORT, "this kernel lets any user bind port 80 (net.ipv4.ip_unprivileged_port_start is " + unprivilegedPortStart() + ")");
        List<String> withoutCapability = List.of(setpriv.get().toString(),
                "--bounding-set=-net_bind_service", "--inh-caps=-net_bind_service");
        assumeChildRuns(withoutCapability, "a process without CAP_NET_BIND_SERVICE");
        if (bind.equals("::1")) {
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
                assumeTrue(probe.isBound());
            } catch (IOException e) {
                assumeTrue(false, "no IPv6 loopback: " + e.getMessage());
            }
        }

        List<String> command = new ArrayList<>(withoutCapability);
        command.addAll(javaMain("udp", "listen", "--bind", bind, "--port", "" + PRIVILEGED_PORT, "--count", "1"));
        Finished listen = run(command);
        assertEquals(ExitCodes.BAD_ARGUMENTS, listen.exitCode(), listen.err());
        assertEquals(List.of(privilegedSentence(bind.equals("::1") ? "[::1]:80" : "127.0.0.1:80")), listen.errLines());
        assertEquals("", listen.out());
    }

    /** A listener in a child JVM, its stdout copied line by line into a {@link WatchedOutput} by a reader thread. */
    private final class ChildListener {
        final Process process;
        final WatchedOutput out = new WatchedOutput();
        final Path err;
        final Thread reader;

        ChildListener() throws IOException {
            err = Files.createTempFile(temp, "err", ".txt");
            process = new ProcessBuilder(javaMain("udp", "listen", "--port", "0")).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            children.add(process);
            reader = Thread.ofPlatform().name("cli-test-child-stdout").daemon().start(this::copy);
        }

        private void copy() {
            try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // The child is gone; what it printed is in out.
            }
        }
    }

    /** SIGINT (Ctrl-C) or SIGTERM to a running listener: the hook closes it and its last line still appears. */
    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalClosesTheListenerCleanlyAfterItsLinesWereFlushed(String signal) throws Exception {
        Optional<Path> kill = onPath("kill");
        assumeTrue(kill.isPresent(), "no kill command");
        ChildListener child = new ChildListener();
        int port = Integer.parseInt(child.out.awaitLine(Cli.LISTENING).group(2));
        if (signal.equals("INT")) {
            assumeTrue(!ignores(child.process.pid(), 2), "SIGINT is ignored by processes started here (a background job), so the JVM never sees it");
        }

        byte[] hello = "hello from the test".getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            s.send(new DatagramPacket(hello, hello.length, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
            // The child keeps running: only its periodic flush can bring this line out of its buffer.
            child.out.awaitLines(1, l -> l.endsWith("  RECV  127.0.0.1:" + s.getLocalPort() + " -> 127.0.0.1:" + port
                    + "  19 B  hello from the test"), "the received datagram");
        }

        Process signaller = new ProcessBuilder(kill.get().toString(), "-" + signal, "" + child.process.pid()).inheritIO().start();
        assertTrue(signaller.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(child.process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the listener did not stop on SIG" + signal);
        child.reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertFalse(child.reader.isAlive());

        assertEquals(128 + (signal.equals("INT") ? 2 : 15), child.process.exitValue(), "the exit status of a process ended by SIG" + signal);
        List<String> lines = child.out.lines();
        assertTrue(lines.get(lines.size() - 1).endsWith("  INFO  Stopped listening on 127.0.0.1:" + port + " (UDP) after 1 datagram."),
                String.join("\n", lines));
        assertEquals("", Files.readString(child.err), "a clean stop prints nothing on stderr");
    }

    /** True if process {@code pid} ignores signal {@code number}, from the SigIgn mask in /proc. */
    private static boolean ignores(long pid, int number) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
                .map(l -> (Long.parseUnsignedLong(l.substring(7).strip(), 16) & (1L << (number - 1))) != 0)
                .orElse(false);
    }
}
