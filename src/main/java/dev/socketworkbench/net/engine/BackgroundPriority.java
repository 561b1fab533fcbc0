package dev.socketworkbench.net.engine;

import com.sun.jna.LastErrorException;
import dev.socketworkbench.net.linux.Libc;
import dev.socketworkbench.net.linux.LinuxSupport;

/**
 * Lets an engine thread of the window give way to the JavaFX thread when both want the CPU. On a
 * machine with two cores, an engine taking in a flood (1,000,000 events in a quarter of a second), the
 * renderer, the JIT and the garbage collector all want a core at once, and the window's pulses came
 * 100-150 ms apart while the log console's code was still cold. With the engine at nice
 * {@value #NICE} the FX thread wins those moments (75-90 ms, docs/BENCHMARKS.md "Log console flood");
 * an engine alone on the machine runs exactly as fast as before, because the nice value only
 * matters when threads compete.
 *
 * <p>Linux only (elsewhere, or without JNA's native part, it does nothing); the command line does
 * not use it, so its engines and the benchmarks of their speed keep the full priority.
 * {@code -Dsocketworkbench.engine.nice=0} turns it off.
 */
public final class BackgroundPriority {
    /** The nice value of an engine thread: its CPU weight is a tenth of the FX thread's (110 against 1024). */
    public static final int NICE = Integer.getInteger("socketworkbench.engine.nice", 10);

    private BackgroundPriority() { }

    /**
     * Lowers the calling thread's priority to {@link #NICE}, once, for the rest of its life.
     *
     * @return true when the nice value was set
     */
    public static boolean lowerCurrentThread() {
        if (NICE <= 0 || !LinuxSupport.hasLibc()) {
            return false;
        }
        try {
            return Libc.setpriority(Libc.PRIO_PROCESS, 0, NICE) == 0;
        } catch (LastErrorException e) {
            return false;   // e.g. a seccomp profile that forbids it: the engine runs at the normal priority
        }
    }
}
