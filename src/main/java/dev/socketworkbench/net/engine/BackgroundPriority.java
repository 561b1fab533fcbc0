package dev.socketworkbench.net.engine;

import com.sun.jna.LastErrorException;
import dev.socketworkbench.net.linux.Libc;
import dev.socketworkbench.net.linux.LinuxSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Lets the window's background work give way to the JavaFX thread when both want the CPU: its engine
 * threads ({@link #lowerCurrentThread()}) and the JVM's compiler and concurrent GC threads
 * ({@link #lowerJvmServiceThreads()}), all at nice {@value #NICE}. On a machine with two cores, an
 * engine taking in a flood (1,000,000 events in a quarter of a second), the renderer, the JIT and the
 * garbage collector all want a core at once while the log console's code is still cold, and the
 * window's pulses came 83-131 ms apart; with this, 65-76 ms (docs/BENCHMARKS.md, "Log console flood").
 * A thread alone on the machine runs exactly as fast as before: the nice value only matters when
 * threads compete, and then the window is what the user is looking at.
 *
 * <p>Linux only (elsewhere, or without JNA's native part, it does nothing); the command line does
 * not use it, so its engines and the benchmarks of their speed keep the full priority.
 * {@code -Dsocketworkbench.engine.nice=0} turns it off.
 */
public final class BackgroundPriority {
    /** The nice value of an engine thread: its CPU weight is a tenth of the FX thread's (110 against 1024). */
    public static final int NICE = Integer.getInteger("socketworkbench.engine.nice", 10);

    private static final AtomicBoolean JVM_THREADS_LOWERED = new AtomicBoolean();

    private BackgroundPriority() { }

    /**
     * What the window's engine threads call first: lowers the calling thread and, the first time any
     * engine starts, the JVM's compiler and concurrent GC threads. Not at the window's start, which
     * would load JNA before the window shows; a flood needs an engine first anyway.
     */
    public static void forEngineThread() {
        lowerCurrentThread();
        if (JVM_THREADS_LOWERED.compareAndSet(false, true)) {
            lowerJvmServiceThreads();
        }
    }

    /**
     * The JVM threads that do background work while the window runs: the JIT compilers, and the
     * concurrent workers of ZGC and G1. Not the stop-the-world GC workers ("GC Thread#n"): while they
     * run, no Java thread does, so slowing them would only lengthen the pauses; Shenandoah's workers
     * ("Shenandoah GC Threads") do both, so they keep their priority too (measured that way).
     */
    static final List<String> JVM_SERVICE_THREADS = List.of(
            "C1 CompilerThre", "C2 CompilerThre", "ZWorker", "G1 Conc#", "G1 Refine#");

    /**
     * Lowers the JVM's compiler and concurrent GC threads ({@link #JVM_SERVICE_THREADS}, found by their
     * names in {@code /proc/self/task}) to {@link #NICE}. Cold, a flood's first second has the JIT
     * compiling the engine's and the console's code and the GC marking what the engine allocates,
     * each on a core the FX thread needs; at nice {@value #NICE} they take what the FX thread leaves.
     * Compiler threads the JVM adds later inherit the value from the one that starts them. Called
     * once, by the window's first engine ({@link #forEngineThread()}); the command line leaves the JVM alone.
     *
     * @return how many threads were lowered
     */
    public static int lowerJvmServiceThreads() {
        if (NICE <= 0 || !LinuxSupport.hasLibc()) {
            return 0;
        }
        int lowered = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                if (isJvmServiceThread(task) && setNice(Integer.parseInt(task.getFileName().toString()))) {
                    lowered++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No /proc (or an odd one): the JVM's threads keep their priority.
        }
        return lowered;
    }

    private static boolean isJvmServiceThread(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            return JVM_SERVICE_THREADS.stream().anyMatch(name::startsWith);
        } catch (IOException e) {
            return false;   // the thread ended meanwhile
        }
    }

    private static boolean setNice(int threadId) {
        try {
            return Libc.setpriority(Libc.PRIO_PROCESS, threadId, NICE) == 0;
        } catch (LastErrorException e) {
            return false;
        }
    }

    /**
     * Lowers the calling thread's priority to {@link #NICE}, once, for the rest of its life.
     *
     * @return true when the nice value was set
     */
    public static boolean lowerCurrentThread() {
        if (NICE <= 0 || !LinuxSupport.hasLibc()) {
            return false;
        }
        return setNice(0);   // 0: the calling thread; a refusal (a seccomp profile, say) leaves the priority as it was
    }
}
