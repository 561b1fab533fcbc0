package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.udp.EventRecorder;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace a test creates with {@code ip netns add} and deletes on close, with its own
 * interfaces: frames sent there never reach a real network. Code runs inside it on a fresh thread that
 * calls setns(2), which moves only that thread; sockets it opens stay in the namespace, and the thread ends
 * afterwards, so no other thread of the JVM ever changes namespace.
 */
final class NetworkNamespace implements AutoCloseable {
    private static final int CLONE_NEWNET = 0x40000000;
    private static final int O_RDONLY_CLOEXEC = 0x80000;

    /** setns(2) and friends, for tests only. */
    static final class Calls {
        static {
            Native.register(Calls.class, Platform.C_LIBRARY_NAME);
        }

        private Calls() { }

        static native int open(String path, int flags) throws LastErrorException;

        static native int setns(int fd, int type) throws LastErrorException;

        static native int close(int fd) throws LastErrorException;
    }

    private final String name;
    private boolean deleted;

    private NetworkNamespace(String name) {
        this.name = name;
    }

    /** Creates {@code prefix} plus eight random hex digits, e.g. {@code swb-a-1f2e3d4c}. */
    static NetworkNamespace create(String prefix) throws IOException, InterruptedException {
        String name = prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        run(List.of(ip(), "netns", "add", name));
        return new NetworkNamespace(name);
    }

    String name() {
        return name;
    }

    /** Runs {@code ip -n NAME args...} and fails with its output unless it succeeds. */
    void ip(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ip(), "-n", name));
        command.addAll(List.of(args));
        run(command);
    }

    /** Runs a program inside the namespace with {@code ip netns exec} and returns its output. */
    String exec(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(ip(), "netns", "exec", name));
        full.addAll(List.of(command));
        return run(full);
    }

    /** Moves the calling thread into the namespace; call it only on a thread made for that. */
    void enter() {
        Path file = Files.exists(Path.of("/run/netns", name)) ? Path.of("/run/netns", name) : Path.of("/var/run/netns", name);
        int fd = Calls.open(file.toString(), O_RDONLY_CLOEXEC);
        try {
            Calls.setns(fd, CLONE_NEWNET);
        } finally {
            Calls.close(fd);
        }
    }

    /** Runs {@code task} on a new thread inside the namespace and returns its result. */
    <T> T call(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = Thread.ofPlatform().name("netns-" + name).start(() -> {
            try {
                enter();
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } finally {
            t.join(EventRecorder.PATIENCE);
        }
    }

    /** Deletes the namespace and with it every interface inside. Idempotent. */
    @Override
    public void close() throws IOException {
        if (!deleted) {
            deleted = true;
            try {
                run(List.of(ip(), "netns", "del", name));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while deleting the network namespace " + name, e);
            }
        }
    }

    private static String ip() {
        return Privileges.ipCommand().orElseThrow().toString();
    }

    /** Runs a command to the end (at most 60 s) and returns its output; throws with the output if it fails. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("swb-command-", ".log");   // a file, so a chatty command cannot block on a full pipe
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ": " + out.strip());
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
