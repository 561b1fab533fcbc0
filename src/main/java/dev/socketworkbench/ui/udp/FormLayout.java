package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.FormParts;
import dev.socketworkbench.ui.common.ValidatedField;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout pieces only the Send and Listen cards use (their heading and rows); the rest is in {@link dev.socketworkbench.ui.common.FormParts}. */
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
        subtitleLabel.setTooltip(FormParts.tip(subtitle));
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
     * One row of a form: the cells side by side in a grid with these columns (a cell may span columns,
     * see {@link GridPane#setColumnSpan}), and under the row, across its whole width, the error sentences
     * of its fields. A sentence under a narrow port field would wrap into a tall column, so only the error
     * labels move here; each field keeps its red border and error tooltip. Without a sentence the line
     * takes no room. Rows built with equal columns line up with each other.
     */
    static VBox row(List<ColumnConstraints> columns, Node... cells) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.getColumnConstraints().setAll(columns);
        VBox errors = new VBox(2);
        errors.getStyleClass().addAll("validated-field", "udp-row-errors");
        BooleanBinding anyShown = Bindings.createBooleanBinding(() -> false);
        int column = 0;
        for (Node cell : cells) {
            Integer span = GridPane.getColumnSpan(cell);
            int width = span == null ? 1 : span;
            grid.add(cell, column, 0, width, 1);
            GridPane.setValignment(cell, VPos.TOP);
            column += width;
            if (cell instanceof ValidatedField<?> field) {
                errors.getChildren().add(field.errorLabel());
                anyShown = anyShown.or(field.errorLabel().visibleProperty());
            }
        }
        errors.visibleProperty().bind(anyShown);
        errors.managedProperty().bind(anyShown);
        VBox row = new VBox(2, grid, errors);
        row.getStyleClass().add("udp-form-row");
        return row;
    }

    /** Makes {@code cell} span {@code columns} columns in a {@link #row}. */
    static <N extends Node> N spanning(N cell, int columns) {
        GridPane.setColumnSpan(cell, columns);
        return cell;
    }








}
