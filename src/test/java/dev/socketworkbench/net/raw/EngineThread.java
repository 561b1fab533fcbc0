package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.udp.EventRecorder;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An engine running on its own named thread, as the UI and the CLI run it, optionally inside a network
 * namespace; {@link #done} tells how run() ended.
 */
final class EngineThread {
    final Thread thread;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile long returnedAt;

    private EngineThread(String name, Engine engine, NetworkNamespace namespace) {
        Runnable body = () -> {
            try {
                engine.run();
                returnedAt = System.nanoTime();
                done.complete(null);
            } catch (EngineException | RuntimeException e) {
                returnedAt = System.nanoTime();
                done.completeExceptionally(e);
            }
        };
        thread = Thread.ofPlatform().name(name).unstarted(namespace == null ? body : () -> {
            try {
                namespace.enter();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            body.run();
        });
    }

    static EngineThread start(String name, Engine engine) {
        return start(name, engine, null);
    }

    /** Runs the engine on a new thread that first moves into {@code namespace} (null: stay here). */
    static EngineThread start(String name, Engine engine, NetworkNamespace namespace) {
        EngineThread t = new EngineThread(name, engine, namespace);
        t.thread.start();
        return t;
    }

    void awaitNormalReturn() throws InterruptedException, ExecutionException, TimeoutException {
        done.get(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        thread.join(EventRecorder.PATIENCE);
    }

    EngineException awaitFailure() throws InterruptedException, TimeoutException {
        try {
            done.get(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineException ee) {
                thread.join(EventRecorder.PATIENCE);
                return ee;
            }
            throw new AssertionError("run() failed with something other than EngineException", e.getCause());
        }
        throw new AssertionError("run() returned normally, but a failure was expected");
    }

    /** Closes the engine, waits for run() and the thread to end, and returns how long run() took to return. */
    Duration stop(Engine engine) throws InterruptedException, ExecutionException, TimeoutException {
        long closedAt = System.nanoTime();
        engine.close();
        awaitNormalReturn();
        return Duration.ofNanos(returnedAt - closedAt);
    }
}
