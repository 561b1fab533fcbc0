package dev.socketworkbench.ui.tcp;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The layout pieces the client and server cards share, so both read and look the same. */
final class Forms {
    private Forms() { }

    /** A card's heading: a title and one line saying what the card does. */
    static VBox header(String title, String subtitle) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("tcp-card-title");
        Label subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add("tcp-card-subtitle");
        subtitleLabel.setWrapText(true);
        VBox header = new VBox(2, titleLabel, subtitleLabel);
        header.getStyleClass().add("tcp-card-header");
        return header;
    }

    /** A tooltip that shows a little sooner than the default and wraps long explanations. */
    static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(500));
        return tooltip;
    }

    /** Gives a control its id (for tests), its tooltip and the text a screen reader says for it. */
    static <C extends Control> C describe(C control, String id, String accessibleText, String tooltip) {
        control.setId(id);
        control.setAccessibleText(accessibleText);
        control.setTooltip(tip(tooltip));
        return control;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        return grid;
    }

    /** Keeps every cell at the top of its row, so an error sentence under one field never shifts its neighbours. */
    static void alignTop(GridPane grid) {
        grid.getChildren().forEach(child -> GridPane.setValignment(child, VPos.TOP));
    }

    /** A column that takes the spare width (a host, a path). */
    static ColumnConstraints growingColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        c.setMinWidth(120);
        return c;
    }

    /** A column for a short value (a port, a count). */
    static ColumnConstraints fixedColumn(double width) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.NEVER);
        c.setFillWidth(true);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        return c;
    }

    /** Shows a node and lets it take space, or hides it and gives its space away. */
    static void showIf(Node node, javafx.beans.value.ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** A caption left of its control, with a mnemonic ("_Format"). */
    static Label inlineCaption(String text, Node labelFor) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(labelFor);
        label.getStyleClass().add("tcp-inline-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A region that takes the spare width of a row. */
    static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    /** A row of controls, vertically centred. */
    static HBox row(double spacing, Node... nodes) {
        HBox row = new HBox(spacing, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shows each choice of a list by a label of its own. */
    static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a fixed list is not typed into");
            }
        };
    }
}
