package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An engine running on its own named thread, as the UI and the CLI run it; {@link #done} tells how it ended. */
final class EngineRun {
    final Thread thread;
    /** Completes when run() returns: normally, or exceptionally with its EngineException. */
    final CompletableFuture<Void> done = new CompletableFuture<>();
    /** System.nanoTime() when run() returned. */
    volatile long returnedAt;

    private EngineRun(String threadName, Engine engine) {
        thread = Thread.ofPlatform().name(threadName).unstarted(() -> {
            try {
                engine.run();
                returnedAt = System.nanoTime();
                done.complete(null);
            } catch (EngineException | RuntimeException e) {
                returnedAt = System.nanoTime();
                done.completeExceptionally(e);
            }
        });
    }

    static EngineRun start(String threadName, Engine engine) {
        EngineRun run = new EngineRun(threadName, engine);
        run.thread.start();
        return run;
    }

    /** Waits for run() to return normally. */
    void awaitNormalReturn() throws InterruptedException, ExecutionException, TimeoutException {
        done.get(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Waits for run() to end with an EngineException and returns it. */
    EngineException awaitFailure() throws InterruptedException, TimeoutException {
        try {
            done.get(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineException ee) {
                return ee;
            }
            throw new AssertionError("run() failed with something other than EngineException", e.getCause());
        }
        throw new AssertionError("run() returned normally, but a failure was expected");
    }

    /** Closes the engine, waits for run() and the thread to end, and returns how long run() took to return. */
    static Duration stop(Engine engine, EngineRun run) throws ExecutionException, TimeoutException {
        long closedAt = System.nanoTime();
        engine.close();
        try {
            run.awaitNormalReturn();
            run.thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping " + run.thread.getName(), e);
        }
        return Duration.ofNanos(run.returnedAt - closedAt);
    }

    static final Duration LIVENESS = Duration.ofSeconds(1);
}
