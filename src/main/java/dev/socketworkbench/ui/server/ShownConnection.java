package dev.socketworkbench.ui.server;

import dev.socketworkbench.net.server.ConnectionRow;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the connections table: a live connection, or one that has just closed and stays listed
 * for a moment (greyed) so that even a connection that lived for a millisecond can be seen. One
 * object per connection for as long as it is listed; polls update its properties in place, so the
 * table keeps its selection and scroll position while byte counts move.
 */
final class ShownConnection {
    private final long id;
    private final String remoteAddress;
    private final int remotePort;
    private final Instant connectedSince;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper threadName = new ReadOnlyStringWrapper(this, "threadName");
    private final ReadOnlyLongWrapper bytesIn = new ReadOnlyLongWrapper(this, "bytesIn");
    private final ReadOnlyLongWrapper bytesOut = new ReadOnlyLongWrapper(this, "bytesOut");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private ConnectionRow row;

    ShownConnection(ConnectionRow row, boolean closed) {
        this.id = row.id();
        this.remoteAddress = row.remoteAddress();
        this.remotePort = row.remotePort();
        this.connectedSince = row.connectedSince();
        update(row, closed);
    }

    /**
     * Shows the connection's newer snapshot.
     *
     * @return true if anything shown changed
     */
    boolean update(ConnectionRow newer, boolean nowClosed) {
        Objects.requireNonNull(newer, "newer");
        if (newer.id() != id) {
            throw new IllegalArgumentException("Row " + newer.id() + " is not connection " + id);
        }
        if (newer.equals(row) && nowClosed == closed.get()) {
            return false;
        }
        row = newer;
        name.set(newer.name());
        threadName.set(newer.threadName());
        bytesIn.set(newer.bytesIn());
        bytesOut.set(newer.bytesOut());
        closed.set(nowClosed);
        state.set(nowClosed ? "closed" : newer.state().name().toLowerCase(Locale.ROOT));
        return true;
    }

    long id() {
        return id;
    }

    /** The latest snapshot from the registry (its last one, once closed). */
    ConnectionRow row() {
        return row;
    }

    String remoteAddress() {
        return remoteAddress;
    }

    int remotePort() {
        return remotePort;
    }

    Instant connectedSince() {
        return connectedSince;
    }

    boolean closed() {
        return closed.get();
    }

    /** "accepted", "open", "closing" or "closed", as the State column shows it. */
    String state() {
        return state.get();
    }

    ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    ReadOnlyStringProperty threadNameProperty() {
        return threadName.getReadOnlyProperty();
    }

    ReadOnlyLongProperty bytesInProperty() {
        return bytesIn.getReadOnlyProperty();
    }

    ReadOnlyLongProperty bytesOutProperty() {
        return bytesOut.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "#" + id + " " + state() + " " + row;
    }
}
