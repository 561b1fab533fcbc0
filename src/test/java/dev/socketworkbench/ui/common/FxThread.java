package dev.socketworkbench.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import org.testfx.api.FxToolkit;

/** Test helpers that run code on the JavaFX thread and wait for it, with generous timeouts. */
public final class FxThread {
    private static final long TIMEOUT_SECONDS = 30;

    private FxThread() { }

    /** Starts the headless toolkit once per JVM. */
    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public interface FxWork {
        void run() throws Exception;
    }

    public static void run(FxWork work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code value} equals {@code expected}, observing it on the JavaFX thread. */
    public static <T> void awaitValue(Callable<? extends ObservableValue<T>> property, T expected) throws Exception {
        CompletableFuture<Void> reached = new CompletableFuture<>();
        ObservableValue<T> value = call(property); // some properties (a Task's) may only be touched on the FX thread
        run(() -> {
            if (expected.equals(value.getValue())) {
                reached.complete(null);
            } else {
                value.addListener((o, before, now) -> {
                    if (expected.equals(now)) {
                        reached.complete(null);
                    }
                });
            }
        });
        try {
            reached.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Still " + call(value::getValue) + " instead of " + expected + " after " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Waits for a thread to end; fails if it is still alive after the timeout. */
    public static void awaitEnd(Thread thread) throws InterruptedException {
        thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (thread.isAlive()) {
            throw new AssertionError("Thread " + thread.getName() + " is still alive");
        }
    }

    /** Live threads whose name starts with {@code prefix}. */
    public static java.util.List<Thread> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix) && t.isAlive()).toList();
    }
}
