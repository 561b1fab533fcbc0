package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs an engine's {@code run()} on its own named thread, as the UI's Task and the CLI do. */
public final class RunningEngine implements AutoCloseable {
    private final Engine engine;
    private final Thread thread;
    /** Completes with null when run() returned normally, or with its EngineException. */
    private final CompletableFuture<EngineException> outcome = new CompletableFuture<>();

    private RunningEngine(String name, Engine engine) {
        this.engine = engine;
        this.thread = Thread.ofPlatform().name("test-run-" + name).daemon(true).unstarted(() -> {
            try {
                engine.run();
                outcome.complete(null);
            } catch (EngineException e) {
                outcome.complete(e);
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
    }

    public static RunningEngine start(String name, Engine engine) {
        RunningEngine running = new RunningEngine(name, engine);
        running.thread.start();
        return running;
    }

    /** Waits for run() to return and gives its EngineException, or null if it returned normally. */
    public EngineException awaitEnd() {
        try {
            EngineException e = outcome.get(EventRecorder.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            thread.join(EventRecorder.TIMEOUT);
            return e;
        } catch (TimeoutException e) {
            throw new AssertionError("run() did not return within " + EventRecorder.TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new AssertionError("run() threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public void awaitNormalEnd() {
        EngineException e = awaitEnd();
        if (e != null) {
            throw new AssertionError("run() failed: " + e.getMessage(), e);
        }
    }

    public EngineException awaitFailure() {
        EngineException e = awaitEnd();
        if (e == null) {
            throw new AssertionError("run() returned normally but a failure was expected");
        }
        return e;
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    /** Stops the engine and checks that run() came back normally. */
    @Override
    public void close() {
        engine.close();
        awaitEnd();
    }
}
