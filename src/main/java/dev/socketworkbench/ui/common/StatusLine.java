package dev.socketworkbench.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The latest message the status bar shows: one sentence and whether it is news or a warning.
 * Tabs post here for things that are not traffic (for traffic use the log). Safe to call from any
 * thread; messages are rare, so each one is handed to the JavaFX thread on its own.
 */
public final class StatusLine {
    /** How the status bar shows a message. */
    public enum Level { INFO, WARNING }

    public static final String READY = "Ready.";

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", READY);
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(this, "level", Level.INFO);

    public void info(String sentence) {
        show(sentence, Level.INFO);
    }

    public void warning(String sentence) {
        show(sentence, Level.WARNING);
    }

    private void show(String sentence, Level newLevel) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(sentence, newLevel));
            return;
        }
        text.set(sentence == null ? "" : sentence);
        level.set(newLevel);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public Level level() {
        return level.get();
    }
}
