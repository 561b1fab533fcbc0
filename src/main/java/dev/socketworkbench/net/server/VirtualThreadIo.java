package dev.socketworkbench.net.server;

/**
 * Two settings that make virtual-thread connections cheaper per message on small machines, measured
 * with src/bench/tcp/run.sh (docs/BENCHMARKS.md, "TCP"); both keep the blocking, thread-per-connection
 * code exactly as it reads.
 *
 * <ul>
 * <li><b>One read poller on up to 4 cores.</b> A virtual thread whose read would block registers its
 * socket with one of the JDK's read pollers and parks; the poller's epoll_wait wakes it. The JDK
 * starts as many pollers as there are cores (rounded down to a power of two). On 2 cores, one poller
 * sees twice the ready sockets per epoll_wait and leaves the carriers more of the CPU: 14-16 µs of
 * server CPU per echoed message instead of 16-19. The property is read once, when the JDK's poller
 * class starts, so it is set before the first connection thread blocks; a {@code -Djdk.readPollers}
 * given on the command line wins.</li>
 * <li><b>Yield before each read</b> ({@link #yieldBeforeRead()}): a virtual thread that has just
 * answered lets the other connections' ready threads run first. By the time it reads again, its
 * client's next message has often arrived, and the read returns at once instead of costing a failed
 * read, a poller registration, a park and a wake-up (four system calls instead of one). Platform
 * threads do not yield: the kernel schedules them.</li>
 * </ul>
 */
final class VirtualThreadIo {
    static final String READ_POLLERS = "jdk.readPollers";
    /** {@code -Dsocketworkbench.server.yieldBeforeRead=false} turns the yield off, for comparison. */
    static final String YIELD_PROPERTY = "socketworkbench.server.yieldBeforeRead";
    private static final int MAX_CORES_FOR_ONE_POLLER = 4;
    private static final boolean YIELD = !"false".equalsIgnoreCase(System.getProperty(YIELD_PROPERTY));

    private VirtualThreadIo() { }

    /** Sets the read-poller count unless the user chose one; idempotent. */
    static void configure() {
        if (System.getProperty(READ_POLLERS) == null
                && Runtime.getRuntime().availableProcessors() <= MAX_CORES_FOR_ONE_POLLER) {
            System.setProperty(READ_POLLERS, "1");
        }
    }

    /** Whether the current connection thread should yield before each read. */
    static boolean yieldBeforeRead() {
        return YIELD && Thread.currentThread().isVirtual();
    }
}
