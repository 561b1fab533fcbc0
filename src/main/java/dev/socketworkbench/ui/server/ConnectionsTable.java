package dev.socketworkbench.ui.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The live connections table: one row per connection of the threaded server, several selectable.
 * Cells follow the row's properties, so a poll that moves a byte count changes only that cell.
 * Rows of connections that just closed are greyed ({@code :closed}) until they go.
 */
final class ConnectionsTable extends TableView<ShownConnection> {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    ConnectionsTable() {
        getStyleClass().add("server-connections");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No connections: start the server, then connect a client or launch demo clients."));
        setTooltip(new Tooltip("Every connection of the server, oldest first. Closed ones stay greyed for "
                + LiveConnections.CLOSED_ROW_MILLIS / 1000 + " s. Select rows and press Disconnect to close them."));
        getColumns().setAll(List.of(
                fixed("#", 50, ShownConnection::id, true),
                fixed("Remote address", 130, ShownConnection::remoteAddress, false),
                fixed("Port", 70, ShownConnection::remotePort, true),
                live("Name", 110, ShownConnection::nameProperty, false),
                live("Thread", 120, ShownConnection::threadNameProperty, false),
                live("Bytes in", 80, ShownConnection::bytesInProperty, true),
                live("Bytes out", 80, ShownConnection::bytesOutProperty, true),
                fixed("Connected since", 110, c -> SINCE.format(c.connectedSince()), false),
                live("State", 80, ShownConnection::stateProperty, false)));
        setRowFactory(t -> new ConnectionTableRow());
    }

    /** A column whose value never changes for a connection. */
    private static <T> TableColumn<ShownConnection, T> fixed(String title, double width, Function<ShownConnection, T> value,
                                                             boolean number) {
        return live(title, width, c -> new ReadOnlyObjectWrapper<>(value.apply(c)), number);
    }

    /** A column that follows one of the row's properties. */
    private static <T> TableColumn<ShownConnection, T> live(String title, double width,
                                                            Function<ShownConnection, ? extends ObservableValue<T>> value,
                                                            boolean number) {
        TableColumn<ShownConnection, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setReorderable(false);
        column.setCellValueFactory(f -> value.apply(f.getValue()));
        if (number) {
            column.getStyleClass().add("server-number-column");
        }
        return column;
    }

    /** Greys its row while the connection shown there is closed. */
    private static final class ConnectionTableRow extends TableRow<ShownConnection> {
        private final ChangeListener<Boolean> closedChanged = (o, before, now) -> pseudoClassStateChanged(CLOSED, now);
        private ShownConnection watched;

        @Override
        protected void updateItem(ShownConnection item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.closedProperty().removeListener(closedChanged);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.closedProperty().addListener(closedChanged);
            }
            pseudoClassStateChanged(CLOSED, watched != null && watched.closed());
        }
    }
}
