package dev.socketworkbench.ui.log;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** FX-thread helpers for console tests: wait for the counters by listening, never by sleeping. */
final class FxAwait {
    private FxAwait() { }

    /** Waits until the console's counters satisfy {@code condition}, then for the FX queue to settle. */
    static LogCounts counts(LogConsole console, Predicate<LogCounts> condition, long timeoutSeconds) throws Exception {
        CompletableFuture<LogCounts> reached = new CompletableFuture<>();
        Platform.runLater(() -> {
            ChangeListener<LogCounts> listener = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends LogCounts> obs, LogCounts old, LogCounts now) {
                    if (condition.test(now)) {
                        console.countsProperty().removeListener(this);
                        reached.complete(now);
                    }
                }
            };
            if (condition.test(console.countsProperty().get())) {
                reached.complete(console.countsProperty().get());
            } else {
                console.countsProperty().addListener(listener);
            }
        });
        LogCounts counts = reached.get(timeoutSeconds, TimeUnit.SECONDS);
        pulses(2);
        return counts;
    }

    /**
     * Waits for {@code count} more pulses. Animation timers run before CSS and layout in a pulse, so
     * once a later pulse starts, everything the earlier ones changed has been laid out.
     */
    static void pulses(int count) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= count) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code events} events have been drained. */
    static LogCounts events(LogConsole console, long events) throws Exception {
        return counts(console, c -> c.events() >= events, 30);
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
