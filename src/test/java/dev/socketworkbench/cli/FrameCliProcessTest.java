package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame commands as a user runs them, {@code dev.socketworkbench.Main} in a child JVM, for what cannot be
 * seen in-process: the kernel refusing a packet socket to a process without CAP_NET_RAW (root, with the
 * capability dropped by setpriv), and SIGTERM ending a capture cleanly through the shutdown hook.
 * Everything runs on lo.
 */
class FrameCliProcessTest {
    private static final long PATIENCE_SECONDS = WatchedOutput.PATIENCE.toSeconds();
    private static final String CAPABILITY_SENTENCE_START = "Raw frames need the CAP_NET_RAW capability: start with sudo, "
            + "or run `sudo setcap cap_net_raw+ep ";

    @TempDir
    Path temp;

    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void needRawSockets() {
        FramePrivileges.assumeRawSockets();
    }

    @AfterEach
    void killLeftoverChildren() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    record Finished(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /**
     * This JVM's java and classpath running Main. Native access is enabled as the packaged jar should enable it
     * (an Enable-Native-Access manifest entry): without it, JDK 24 and later print a warning when JNA loads.
     */
    private static List<String> javaMain(String... args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "dev.socketworkbench.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> withoutCapNetRaw(List<String> command) {
        var setpriv = FramePrivileges.onPath("setpriv");
        assumeTrue(setpriv.isPresent(), "setpriv (util-linux) is not installed");
        List<String> all = new ArrayList<>(List.of(setpriv.get().toString(), "--bounding-set=-net_raw", "--inh-caps=-net_raw", "--"));
        all.addAll(command);
        return all;
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

    private static void assertCapabilitySentence(Finished f, String what) {
        assertEquals(ExitCodes.NETWORK_FAILURE, f.exitCode(), what + ": " + f.err());
        assertEquals(1, f.errLines().size(), what + " prints one sentence, once: " + f.err());
        String sentence = f.errLines().get(0);
        assertTrue(sentence.startsWith(CAPABILITY_SENTENCE_START), sentence);
        assertTrue(sentence.endsWith(" | sudo tee /etc/ld.so.conf.d/socket-workbench-java.conf && sudo ldconfig`."), sentence);
        assertEquals("", f.out(), what);
    }

    @Test
    void withoutCapNetRawSendAndCaptureSayWhatIsMissingAndExitOne() throws Exception {
        // The same child with the capability sends fine, so the refusal below is the capability's doing.
        Finished allowed = run(javaMain("frame", "send", "--interface", "lo", "--ethertype", "0x88b5"));
        assertEquals(ExitCodes.OK, allowed.exitCode(), allowed.err());
        assertEquals("", allowed.err());

        assertCapabilitySentence(run(withoutCapNetRaw(javaMain("frame", "send", "--interface", "lo"))), "send");
        assertCapabilitySentence(run(withoutCapNetRaw(javaMain("frame", "capture", "--interface", "lo", "--count", "1"))), "capture");
    }

    @Test
    void decodeNeedsNoCapability() throws Exception {
        Finished decoded = run(withoutCapNetRaw(javaMain("frame", "decode", "ff ff ff ff ff ff 02 00 00 00 00 01 88 b5 00")));
        assertEquals(ExitCodes.OK, decoded.exitCode(), decoded.err());
        assertEquals("15 bytes: EtherType 0x88b5 (unknown) 15 bytes", decoded.out().lines().findFirst().orElse(""));
        assertEquals("", decoded.err());
    }

    /** SIGTERM (what Ctrl-C does, and what a service manager sends) ends a capture through the shutdown hook, file complete. */
    @Test
    void aSignalEndsACaptureCleanlyWithItsSummaryAndAWholePcapFile() throws Exception {
        var kill = FramePrivileges.onPath("kill");
        assumeTrue(kill.isPresent(), "no kill command");
        Path pcap = temp.resolve("until-stopped.pcap");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process child = new ProcessBuilder(javaMain("frame", "capture", "--ethertype", "0x88b5", "--pcap", pcap.toString()))
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        children.add(child);
        WatchedOutput out = new WatchedOutput();
        Thread reader = Thread.ofPlatform().name("cli-test-frame-child-stdout").daemon().start(() -> copy(child, out));
        out.awaitLine(Pattern.compile("  INFO  Capturing EtherType 0x88b5, incoming only on lo "));

        Cli.Result sent = Cli.run("frame", "send", "--ethertype", "0x88b5", "--src", "02:c1:1f:00:00:02", "--payload", "stop me");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        // The child keeps running: only its periodic flush brings this line out.
        out.awaitLines(1, l -> l.contains("  RECV  02:c1:1f:00:00:02 -> lo  64 B  "), "the captured frame");

        Process signaller = new ProcessBuilder(kill.get().toString(), "-TERM", "" + child.pid()).inheritIO().start();
        assertTrue(signaller.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the capture did not stop on SIGTERM");
        reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertFalse(reader.isAlive());

        assertEquals(128 + 15, child.exitValue(), "the exit status of a process ended by SIGTERM");
        List<String> lines = out.lines();
        assertTrue(lines.get(lines.size() - 1).matches(".*  INFO  Captured \\d+ frames? on lo in \\d+\\.\\d{3} s\\."), String.join("\n", lines));
        assertEquals("", Files.readString(err), "a clean stop prints nothing on stderr");
        long records = lines.stream().filter(l -> l.contains("  RECV  ")).count();
        long size = Files.size(pcap);
        assertTrue(size >= 24 + records * 16, "the pcap file holds the header and every record: " + size + " bytes for " + records);
    }

    private static void copy(Process child, WatchedOutput out) {
        try (Reader in = new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The child is gone; what it printed is in out.
        }
    }
}
