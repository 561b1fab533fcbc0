package dev.socketworkbench.ui.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The live connections table: one row per connection of the threaded server, several selectable.
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
                column("#", 50, c -> c.row().id(), true),
                column("Remote address", 130, c -> c.row().remoteAddress(), false),
                column("Port", 70, c -> c.row().remotePort(), true),
                column("Name", 110, c -> c.row().name(), false),
                column("Thread", 120, c -> c.row().threadName(), false),
                column("Bytes in", 80, c -> c.row().bytesIn(), true),
                column("Bytes out", 80, c -> c.row().bytesOut(), true),
                column("Connected since", 110, c -> SINCE.format(c.row().connectedSince()), false),
                column("State", 80, ShownConnection::state, false)));
        setRowFactory(t -> new ConnectionRow());
    }

    private static <T> TableColumn<ShownConnection, T> column(String title, double width, Function<ShownConnection, T> value,
                                                              boolean number) {
        TableColumn<ShownConnection, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setReorderable(false);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        if (number) {
            column.getStyleClass().add("server-number-column");
        }
        return column;
    }

    /** Greys the rows of closed connections. */
    private static final class ConnectionRow extends TableRow<ShownConnection> {
        @Override
        protected void updateItem(ShownConnection item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(CLOSED, !empty && Objects.nonNull(item) && item.closed());
        }
    }
}
