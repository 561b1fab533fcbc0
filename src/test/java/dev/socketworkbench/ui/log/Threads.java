package dev.socketworkbench.ui.log;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** "No thread left" checks: waits (by joining, not sleeping) for threads with a name prefix to end. */
final class Threads {
    private Threads() { }

    static List<Thread> named(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    static void awaitNoneNamed(String prefix) throws InterruptedException {
        for (Thread t : named(prefix)) {
            assertTrue(t.join(Duration.ofSeconds(30)), t.getName() + " is still running");
        }
        assertTrue(named(prefix).isEmpty(), "threads named " + prefix + " are left");
    }
}
