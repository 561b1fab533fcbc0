package dev.socketworkbench.ui.server;

import dev.socketworkbench.net.server.ConnectionRow;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the connections table: a live connection, or one that has just closed and stays listed
 * for a moment (greyed) so that even a connection that lived for a millisecond can be seen.
 *
 * @param row    the registry's snapshot of the connection (its last one, once closed)
 * @param closed true once the connection has closed
 */
record ShownConnection(ConnectionRow row, boolean closed) {
    ShownConnection {
        Objects.requireNonNull(row, "row");
    }

    static ShownConnection live(ConnectionRow row) {
        return new ShownConnection(row, false);
    }

    static ShownConnection closed(ConnectionRow row) {
        return new ShownConnection(row, true);
    }

    long id() {
        return row.id();
    }

    /** "accepted", "open", "closing" or "closed", as the State column shows it. */
    String state() {
        return closed ? "closed" : row.state().name().toLowerCase(Locale.ROOT);
    }
}
