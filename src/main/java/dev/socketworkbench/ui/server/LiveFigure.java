package dev.socketworkbench.ui.server;

import java.util.Locale;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One big number with its caption underneath, readable from the back of a classroom. */
final class LiveFigure extends VBox {
    private final Label value = new Label();

    LiveFigure(String id, String caption, String tooltip, ObservableIntegerValue number) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("server-figure-caption");
        value.getStyleClass().add("server-figure-value");
        value.setId(id);
        value.textProperty().bind(number.map(n -> String.format(Locale.ROOT, "%,d", n.intValue())));
        getStyleClass().add("server-figure");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(value, captionLabel);
        Tooltip.install(this, new Tooltip(tooltip));
    }

    Label value() {
        return value;
    }
}
