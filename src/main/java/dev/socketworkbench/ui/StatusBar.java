package dev.socketworkbench.ui;

import dev.socketworkbench.ui.common.StatusLine;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The strip at the bottom of the main window: the latest message on the left (styled as a warning
 * when it is one) and how many engines are running across all tabs on the right.
 */
public final class StatusBar extends HBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final StatusLine line;
    private final ObservableIntegerValue runningEngines;
    private Label message;
    private Label engines;

    public StatusBar(StatusLine line, ObservableIntegerValue runningEngines) {
        this.line = line;
        this.runningEngines = runningEngines;
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        message = new Label();
        message.getStyleClass().add("status-message");
        // Wrap rather than cut: a warning such as a corrupt settings file names a path the user needs.
        message.setWrapText(true);
        message.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        message.setMinWidth(0);
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(600);
        full.textProperty().bind(line.textProperty());
        message.setTooltip(full);
        engines = new Label();
        engines.getStyleClass().add("engine-count");
        engines.setMinWidth(USE_PREF_SIZE);
    }

    private void layoutParts() {
        getStyleClass().add("status-bar");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        getChildren().setAll(message, engines);
    }

    private void bindFieldsToModel() {
        message.textProperty().bind(line.textProperty());
        line.levelProperty().addListener((o, before, now) -> message.pseudoClassStateChanged(WARNING, now == StatusLine.Level.WARNING));
        message.pseudoClassStateChanged(WARNING, line.level() == StatusLine.Level.WARNING);
        engines.textProperty().bind(Bindings.createStringBinding(() -> describe(runningEngines.get()), runningEngines));
        runningEngines.addListener((o, before, now) -> engines.pseudoClassStateChanged(ACTIVE, now.intValue() > 0));
        engines.pseudoClassStateChanged(ACTIVE, runningEngines.get() > 0);
    }

    /** "No engines running", "1 engine running", "3 engines running". */
    static String describe(int count) {
        return switch (count) {
            case 0 -> "No engines running";
            case 1 -> "1 engine running";
            default -> count + " engines running";
        };
    }

    public Label message() {
        return message;
    }

    public Label engineCount() {
        return engines;
    }
}
