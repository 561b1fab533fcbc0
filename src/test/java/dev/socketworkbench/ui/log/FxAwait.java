package dev.socketworkbench.ui.log;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

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
        pulsesUntil(() -> false, count, 30);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Checks {@code condition} on the FX thread once per pulse until it holds or {@code maxPulses} have
     * passed; returns whether it held.
     */
    static boolean pulsesUntil(BooleanSupplier condition, int maxPulses, long timeoutSeconds) throws Exception {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                boolean held = condition.getAsBoolean();
                if (held || ++seen >= maxPulses) {
                    stop();
                    done.complete(held);
                }
            }
        }.start());
        return done.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Indexes of the table's rows on screen that show an item, in order. */
    static List<Integer> shownRowIndexes(TableView<?> table) throws Exception {
        return fx(() -> table.lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && !r.isEmpty())
                .map(IndexedCell::getIndex)
                .sorted()
                .toList());
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
