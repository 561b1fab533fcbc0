package dev.socketworkbench.net.raw;

import com.sun.jna.Native;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The EPERM sentence from a real refusal: {@link RawSocketProbe} runs in a child JVM started through
 * setpriv(1) once without CAP_NET_RAW (still root) and once as the unprivileged user nobody (uid 65534).
 * The child uses the same java executable as this JVM, so it must print exactly this JVM's sentence.
 */
class PermissionTest {

    @BeforeAll
    static void needRootAndSetpriv() {
        Privileges.assumeRawSockets();
        assumeTrue(Privileges.setpriv().isPresent(), "needs setpriv (util-linux) to start a child without CAP_NET_RAW");
    }

    @Test
    void withoutCapNetRawTheChildGetsEpermAndTheCapabilitySentence() throws Exception {
        String classPath = Stream.of(location(RawSocket.class), location(RawSocketProbe.class), location(Native.class))
                .map(Path::toString).collect(Collectors.joining(":"));
        Map<String, String> out = probe(List.of(setpriv(), "--bounding-set=-net_raw", "--inh-caps=-all", "--"), classPath, List.of(), "send");
        assertEquals("1", out.get("errno"), out.toString());
        assertEquals(RawFailures.needCapability(), out.get("message"));
        assertTrue(out.get("interfaces").contains("lo"), "listing needs no privilege: " + out);
    }

    /** Without CAP_NET_ADMIN, SO_RCVBUFFORCE is refused; the socket still opens, with what SO_RCVBUF allows. */
    @Test
    void withoutCapNetAdminTheReceiveBufferFallsBackToTheLimitForEveryone() throws Exception {
        String classPath = Stream.of(location(RawSocket.class), location(RawSocketProbe.class), location(Native.class))
                .map(Path::toString).collect(Collectors.joining(":"));
        Map<String, String> out = probe(List.of(setpriv(), "--bounding-set=-net_admin", "--inh-caps=-all", "--"), classPath,
                List.of(), "receive");
        assertEquals("lo", out.get("opened"), out.toString());
        long rmemMax = Long.parseLong(Files.readAllLines(Path.of("/proc/sys/net/core/rmem_max")).get(0).strip());   // readString stops early on /proc
        assertEquals(2 * Math.min(RawSocket.RECEIVE_BUFFER_BYTES, rmemMax), Long.parseLong(out.get("receive-buffer")),
                "SO_RCVBUF capped at rmem_max " + rmemMax + ", reported doubled");
    }

    @Test
    void asUserNobodyTheChildGetsEpermToo(@TempDir Path dir) throws Exception {
        // nobody cannot read /root/.m2 or maybe the build folder, so the child gets copies in a readable folder.
        Path classes = copyTree(location(RawSocket.class), dir.resolve("classes"));
        Path probe = dir.resolve("test-classes/dev/socketworkbench/net/raw/RawSocketProbe.class");
        Files.createDirectories(probe.getParent());
        Files.copy(location(RawSocketProbe.class).resolve("dev/socketworkbench/net/raw/RawSocketProbe.class"), probe);
        Path jna = Files.copy(location(Native.class), dir.resolve("jna.jar"));
        Path scratch = Files.createDirectory(dir.resolve("scratch"));
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) || p.equals(scratch) ? "rwxrwxrwx" : "rw-r--r--"));
            }
        }
        String classPath = classes + ":" + dir.resolve("test-classes") + ":" + jna;
        Map<String, String> out = probe(List.of(setpriv(), "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", "--"),
                classPath, List.of("-Djna.tmpdir=" + scratch, "-Djava.io.tmpdir=" + scratch, "-XX:-UsePerfData"), "send");
        assertEquals("1", out.get("errno"), out.toString());
        assertEquals(RawFailures.needCapability(), out.get("message"));
    }

    /** Runs the probe on lo under {@code prefix} ({@code mode}: send or receive) and returns its key=value lines. */
    private static Map<String, String> probe(List<String> prefix, String classPath, List<String> jvmOptions, String mode) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(RawFailures.javaExecutable().toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, RawSocketProbe.class.getName(), "lo", mode));
        String out = NetworkNamespace.run(command);
        return Arrays.stream(out.split("\n")).filter(l -> l.matches("[a-z-]+=.*"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    private static String setpriv() {
        return Privileges.setpriv().orElseThrow().toString();
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
