package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one engine in the foreground of the command line: on the command's own thread (renamed to the
 * engine's thread name while it runs, so a thread dump reads {@code udp-listener-6667}), with a shutdown
 * hook that closes it on Ctrl-C or SIGTERM and waits for its last lines to be printed.
 */
final class ForegroundEngine {
    /** How long the shutdown hook waits for the engine to stop and the printer to flush. */
    private static final long SHUTDOWN_WAIT_MILLIS = 2_000;

    private ForegroundEngine() { }

    /**
     * Runs {@code engine} until it ends, then closes {@code printer}.
     *
     * @return {@link ExitCodes#OK}, or the exit code of a failure the printer has already shown
     * @throws EngineException a failure the engine did not report as an error event, for
     *                         {@link WorkbenchCommand}'s handler to print (so it is never shown twice)
     */
    static int run(Engine engine, String threadName, EventPrinter printer) throws EngineException {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            engine.close();
            try {
                finished.await(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, threadName + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread current = Thread.currentThread();
        String ownName = current.getName();
        current.setName(threadName);
        try {
            engine.run();
            return ExitCodes.OK;
        } catch (EngineException e) {
            if (printer.hasReported(e.getMessage())) {
                return ExitCodes.of(e);
            }
            throw e;
        } finally {
            current.setName(ownName);
            engine.close();
            printer.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running (Ctrl-C) and has just been released by finished.
            }
        }
    }
}
