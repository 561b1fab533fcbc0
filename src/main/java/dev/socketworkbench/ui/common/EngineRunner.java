package dev.socketworkbench.ui.common;

import dev.socketworkbench.net.engine.BackgroundPriority;
import dev.socketworkbench.net.engine.Engine;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

/**
 * Starts engines, each on its own new, named daemon thread, and stops them without ever waiting
 * on the JavaFX thread. One runner is shared by all tabs, so the status bar can show how many
 * engines are running in the whole workbench. {@link #start} must be called on the JavaFX thread;
 * {@link #stop} may be called from any thread.
 */
public final class EngineRunner {
    private final ObservableList<EngineTask<?>> active = FXCollections.observableArrayList();
    private final ObservableList<EngineTask<?>> activeView = FXCollections.unmodifiableObservableList(active);
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper(this, "runningCount");

    public EngineRunner() {
        runningCount.bind(Bindings.size(active));
    }

    /** Runs {@code engine} on a new thread called {@code threadName}; returns its task to bind to or stop. */
    public <E extends Engine> EngineTask<E> start(E engine, String threadName) {
        EngineTask<E> task = new EngineTask<>(engine, threadName);
        start(task);
        return task;
    }

    /** Runs a task that was built but not started yet. */
    public void start(EngineTask<?> task) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Engines must be started on the JavaFX thread, not on " + Thread.currentThread().getName());
        }
        if (task.getState() != Worker.State.READY || active.contains(task)) {
            throw new IllegalStateException("The task for " + task.threadName() + " was already started.");
        }
        active.add(task);
        task.whenFinished(now -> active.remove(task));
        // Below the FX thread, so that a flood it takes in cannot starve the window (BackgroundPriority).
        Thread thread = Thread.ofPlatform().name(task.threadName()).daemon().unstarted(() -> {
            BackgroundPriority.forEngineThread();
            task.run();
        });
        thread.start();
    }

    /**
     * Stops one engine: closes it and cancels its task, then returns at once. The thread ends by
     * itself moments later, when the engine's {@code run()} returns.
     */
    public void stop(EngineTask<?> task) {
        task.cancel();
    }

    /** Stops every engine this runner started. */
    public void stopAll() {
        List.copyOf(active).forEach(this::stop);
    }

    /** The tasks that are scheduled or running, in start order. */
    public ObservableList<EngineTask<?>> activeTasks() {
        return activeView;
    }

    /** How many engines are scheduled or running; the status bar shows it. */
    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    public int runningCount() {
        return runningCount.get();
    }
}
