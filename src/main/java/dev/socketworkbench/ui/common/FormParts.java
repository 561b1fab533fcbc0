package dev.socketworkbench.ui.common;

import java.util.Arrays;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The small pieces every tab's forms are built from (tooltips, columns, captions), so all tabs read and look the same. */
public final class FormParts {
    private FormParts() { }

    /** A tooltip that shows a little sooner than the default and wraps long explanations. */
    public static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(500));
        return tooltip;
    }

    /** Gives a control its id (for tests), its tooltip and the text a screen reader says for it. */
    public static <C extends Control> C describe(C control, String id, String accessibleText, String tooltip) {
        control.setId(id);
        control.setAccessibleText(accessibleText);
        control.setTooltip(tip(tooltip));
        return control;
    }

    /** A column that takes the spare width (a host, an address, a path). */
    public static ColumnConstraints growingColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        c.setMinWidth(120);
        return c;
    }

    /** A column for a short value (a port, a count), at most 90 wide when the window is narrow. */
    public static ColumnConstraints fixedColumn(double width) {
        return fixedColumn(width, Math.min(width, 90));
    }

    public static ColumnConstraints fixedColumn(double width, double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.NEVER);
        c.setFillWidth(true);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }

    /** A caption left of its control, with a mnemonic ("_Format"); never cut to "Fo...". */
    public static Label inlineCaption(String text, Node labelFor) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(labelFor);
        label.getStyleClass().add("inline-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A region that takes the spare width of a row. */
    public static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    /**
     * Runs {@code command} when Enter is pressed in {@code field}. Not {@code setOnAction}: a caption's
     * mnemonic (Alt+P for "_Port") fires an ActionEvent at its field, which would send or start instead of
     * just moving the focus there.
     */
    public static void onEnter(TextField field, Runnable command) {
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                command.run();
            }
        });
    }

    /** Shows each choice of a fixed list by its label and reads a label back to its choice. */
    public static <T> StringConverter<T> labels(T[] values, Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
