package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import javafx.collections.ObservableListBase;

import java.util.List;

/**
 * The {@link LogBuffer}'s rows as a read-only ObservableList for the table. Every buffer operation
 * becomes ONE list change (a removal at the front, an addition at the end), at a cost proportional
 * to the rows that changed: the JDK-backed {@code ObservableList.remove(0, k)} shifts the whole
 * array once per removed row, far too slow for 100,000 rows a pulse.
 */
final class LogRowList extends ObservableListBase<NetEvent> {
    private final LogBuffer buffer;

    LogRowList(LogBuffer buffer) {
        this.buffer = buffer;
    }

    void append(List<NetEvent> batch) {
        fire(buffer.append(batch));
    }

    /** Empties the buffer, totals included ({@code clear()} stays the unsupported List operation). */
    void reset() {
        fire(buffer.clear());
    }

    void setCapacity(int capacity) {
        fire(buffer.setCapacity(capacity));
    }

    private void fire(LogBuffer.Change change) {
        if (change.isEmpty()) {
            return;
        }
        beginChange();
        try {
            if (!change.removed().isEmpty()) {
                nextRemove(0, change.removed());
            }
            if (change.added() > 0) {
                nextAdd(buffer.size() - change.added(), buffer.size());
            }
        } finally {
            endChange();
        }
    }

    @Override
    public NetEvent get(int index) {
        return buffer.get(index);
    }

    @Override
    public int size() {
        return buffer.size();
    }
}
