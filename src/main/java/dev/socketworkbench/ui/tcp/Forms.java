package dev.socketworkbench.ui.tcp;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The layout pieces only the client and server cards use (their heading and grids); the rest is in {@link dev.socketworkbench.ui.common.FormParts}. */
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



    /** Shows a node and lets it take space, or hides it and gives its space away. */
    static void showIf(Node node, javafx.beans.value.ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }



    /** A row of controls, vertically centred. */
    static HBox row(double spacing, Node... nodes) {
        HBox row = new HBox(spacing, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

}
