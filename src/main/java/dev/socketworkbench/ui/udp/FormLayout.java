package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.ValidatedField;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

/** The few layout pieces the Send and Listen cards share, so both read and look the same. */
final class FormLayout {
    private FormLayout() { }

    /** A card's heading: a title and, on the same line, what the card does (cut with "..." when narrow). */
    static HBox header(String title, String subtitle) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("udp-card-title");
        titleLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add("udp-card-subtitle");
        subtitleLabel.setMinWidth(0);
        subtitleLabel.setTooltip(tip(subtitle));
        HBox header = new HBox(12, titleLabel, subtitleLabel);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("udp-card-header");
        return header;
    }

    /**
     * Puts a control without a caption (a check box) in a form row whose other cells have a caption
     * above their field, so it lines up with the fields rather than with their captions.
     */
    static VBox besideFields(Node control) {
        Label spacer = new Label(" ");
        spacer.getStyleClass().add("field-caption");
        spacer.setFocusTraversable(false);
        if (control instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox cell = new VBox(3, spacer, control);
        cell.setAlignment(Pos.TOP_LEFT);
        cell.getStyleClass().add("validated-field");   // the same caption style, so the spacer has the caption's height
        return cell;
    }

    /**
     * Shows the error sentences of one grid row's fields on a line of their own under the row, across the
     * whole grid: a sentence under a narrow port field would wrap into a tall column. Each field keeps its
     * red border and error tooltip; only its error label moves.
     */
    static void errorsBelow(GridPane grid, int gridRow, ValidatedField<?>... fields) {
        VBox errors = new VBox(2);
        errors.getStyleClass().addAll("validated-field", "udp-row-errors");
        BooleanBinding anyShown = Bindings.createBooleanBinding(() -> false);
        for (ValidatedField<?> field : fields) {
            errors.getChildren().add(field.errorLabel());
            GridPane.setValignment(field, VPos.TOP);
            anyShown = anyShown.or(field.errorLabel().visibleProperty());
        }
        // Without a sentence the row takes no room at all, so the form is as compact as it can be.
        errors.visibleProperty().bind(anyShown);
        errors.managedProperty().bind(anyShown);
        grid.add(errors, 0, gridRow, GridPane.REMAINING, 1);
    }

    /** A tooltip that waits a little less than the default and wraps long explanations. */
    static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(500));
        return tooltip;
    }

    /** Gives a control its id, tooltip and the text a screen reader says for it. */
    static <C extends Control> C describe(C control, String id, String accessibleText, String tooltip) {
        control.setId(id);
        control.setAccessibleText(accessibleText);
        control.setTooltip(tip(tooltip));
        return control;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);   // twice between field rows: the (usually empty) row of error sentences sits between them
        return grid;
    }

    /** A column that takes the spare width (a host, an address). */
    static ColumnConstraints growingColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        c.setMinWidth(120);
        return c;
    }

    /** A column for a short value (a port, a count). */
    static ColumnConstraints fixedColumn() {
        return fixedColumn(110, 90);
    }

    static ColumnConstraints fixedColumn(double width, double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.NEVER);
        c.setFillWidth(true);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }

    /** A caption left of its control, with a mnemonic ("_Format"). */
    static Label inlineCaption(String text, Node labelFor) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(labelFor);
        label.getStyleClass().add("udp-inline-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);   // a caption is never cut to "Fo..."
        return label;
    }

    /** A region that takes the spare width of a row. */
    static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }
}
