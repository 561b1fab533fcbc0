package dev.socketworkbench.ui.common;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs one {@link Engine} as a JavaFX {@link Task}, so a tab model can bind "running" to
 * {@link #runningProperty()} and react to {@link #stateProperty()}. Cancelling closes the engine,
 * which makes its blocking {@code run()} return at once; the thread is never interrupted, because
 * closing the socket is how engines stop. An {@link EngineException} has already been reported by
 * the engine as an error event, so it only ends the task in the FAILED state, without a stack trace.
 * Start it with {@link EngineRunner}.
 */
public final class EngineTask<E extends Engine> extends Task<Void> {
    private static final System.Logger LOG = System.getLogger(EngineTask.class.getName());

    private final E engine;
    private final String threadName;

    /**
     * @param engine     the engine to run; the task owns it from now on and closes it when stopped
     * @param threadName the name of the thread it runs on, e.g. {@code udp-listener-6667}
     */
    public EngineTask(E engine, String threadName) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.threadName = Objects.requireNonNull(threadName, "threadName");
        updateTitle(threadName);
    }

    public E engine() {
        return engine;
    }

    public String threadName() {
        return threadName;
    }

    @Override
    protected Void call() throws EngineException {
        engine.run();
        return null;
    }

    /** Marks the task cancelled, then closes the engine (at once, from any thread). Never interrupts. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        // Cancel first: closing first could let run() return and the task end SUCCEEDED instead.
        boolean cancelled = super.cancel(false);
        engine.close();
        return cancelled;
    }

    /**
     * Calls {@code then} once, on the JavaFX thread, with the state the task ended in: SUCCEEDED, FAILED
     * or CANCELLED. Call it right after starting the task, on the JavaFX thread.
     */
    public void whenFinished(Consumer<Worker.State> then) {
        stateProperty().addListener((o, before, now) -> {
            if (isFinished(now)) {
                then.accept(now);
            }
        });
    }

    /** True for the states a task ends in. */
    private static boolean isFinished(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    /** The sentence the engine failed with, or "" while it has not failed. */
    public String failureMessage() {
        Throwable failure = getException();
        if (failure == null) {
            return "";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    @Override
    protected void failed() {
        engine.close();
        Throwable failure = getException();
        if (!(failure instanceof EngineException)) {
            // A bug in the engine, not a network failure: keep the trace for developers in the log.
            LOG.log(System.Logger.Level.ERROR, "Engine on thread " + threadName + " failed unexpectedly", failure);
        }
    }

    @Override
    protected void succeeded() {
        engine.close();
    }
}
