package dev.socketworkbench.net.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.socketworkbench.net.linux.Libc;
import dev.socketworkbench.net.linux.LinuxSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nice values read back from /proc: what the kernel really applies, per thread. */
class BackgroundPriorityTest {

    @Test
    void anEngineThreadLowersOnlyItself() throws Exception {
        assumeTrue(LinuxSupport.hasLibc(), "Linux only");
        CompletableFuture<Integer> engine = new CompletableFuture<>();
        CompletableFuture<Boolean> allowed = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            allowed.complete(BackgroundPriority.lowerCurrentThread());
            engine.complete(nice(Path.of("/proc/thread-self")));
        });
        assumeTrue(allowed.get(10, TimeUnit.SECONDS), "this system lets a thread lower its own priority");
        assertEquals(BackgroundPriority.NICE, engine.get(10, TimeUnit.SECONDS));
        assertEquals(0, nice(Path.of("/proc/thread-self")), "the caller's own thread is untouched");
    }

    @Test
    void theJvmsCompilerAndConcurrentGcThreadsAreLoweredAndNothingElse() throws Exception {
        assumeTrue(LinuxSupport.hasLibc(), "Linux only");
        assumeTrue(canLowerPriority(), "this system lets a thread lower its own priority");
        Map<String, Task> before = tasks();
        assumeTrue(before.values().stream().anyMatch(t -> t.name().startsWith("C2 CompilerThre")), "a JVM with a C2 compiler thread");
        try {
            assertTrue(BackgroundPriority.lowerJvmServiceThreads() >= 2, "at least the C1 and C2 compiler threads");
            tasks().forEach((id, task) -> {
                boolean service = BackgroundPriority.JVM_SERVICE_THREADS.stream().anyMatch(task.name()::startsWith);
                if (service) {
                    assertEquals(BackgroundPriority.NICE, task.nice(), task.name());
                } else if (before.containsKey(id)) {
                    assertEquals(before.get(id).nice(), task.nice(), task.name() + " keeps its priority");
                }
            });
        } finally {
            restoreServiceThreads();
        }
    }

    /** Asked in a throwaway thread, whose lowered priority ends with it. */
    private static boolean canLowerPriority() throws Exception {
        CompletableFuture<Boolean> allowed = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> allowed.complete(BackgroundPriority.lowerCurrentThread()));
        return allowed.get(10, TimeUnit.SECONDS);
    }

    /** A thread of this JVM as /proc shows it: its name (15 characters at most) and nice value. */
    private record Task(String name, int nice) { }

    /** Thread id -> name and nice value, for every thread of this JVM that lives while we look. */
    private static Map<String, Task> tasks() throws IOException {
        Map<String, Task> tasks = new HashMap<>();
        try (Stream<Path> listed = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : listed.toList()) {
                try {
                    tasks.put(task.getFileName().toString(), new Task(Files.readString(task.resolve("comm")).strip(), nice(task)));
                } catch (IOException | UncheckedIOException e) {
                    // the thread ended while we looked (its /proc entry went away)
                }
            }
        }
        return tasks;
    }

    /** Field 19 of a task's stat, counted after the command name in parentheses. */
    private static int nice(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19 - 3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As root (CI), gives the test JVM's compiler and GC threads their priority back; others cannot. */
    private static void restoreServiceThreads() throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (BackgroundPriority.JVM_SERVICE_THREADS.stream().anyMatch(name::startsWith)) {
                        Libc.setpriority(Libc.PRIO_PROCESS, Integer.parseInt(task.getFileName().toString()), 0);
                    }
                } catch (IOException | RuntimeException e) {
                    // not root, or the thread ended: it stays as it is
                }
            }
        }
    }
}
