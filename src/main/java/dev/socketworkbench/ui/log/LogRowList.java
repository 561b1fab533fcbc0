package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LogBuffer}'s rows as a read-only ObservableList for the table. Every buffer operation
 * becomes ONE list change (a removal at the front, an addition at the end), at a cost proportional
 * to the rows that changed: the JDK-backed {@code ObservableList.remove(0, k)} shifts the whole
 * array once per removed row, far too slow for 100,000 rows a pulse.
 *
 * <p>A pulse may also {@link #stage} several batches, checking its time budget between them, and
 * then {@link #fireStaged} them as one change: rows that a later batch evicted again are reported
 * neither as added nor as removed, since listeners never saw them.
 */
final class LogRowList extends ObservableListBase<NetEvent> {
    private final LogBuffer buffer;
    /** Rows listeners know (they were there before the first staged batch) that staged batches evicted, oldest first. */
    private final List<NetEvent> stagedRemoved = new ArrayList<>();
    /** Rows staged batches added that are still in the buffer (they are its last rows). */
    private int stagedAdded;
    /** Buffer size when the first batch was staged, or -1 when nothing is staged. */
    private int sizeBeforeStaging = -1;

    LogRowList(LogBuffer buffer) {
        this.buffer = buffer;
    }

    void append(List<NetEvent> batch) {
        stage(batch);
        fireStaged();
    }

    /** Appends {@code batch} to the buffer without telling listeners yet; {@link #fireStaged} does. */
    void stage(List<NetEvent> batch) {
        if (sizeBeforeStaging < 0) {
            sizeBeforeStaging = buffer.size();
        }
        LogBuffer.Change change = buffer.append(batch);
        // Eviction takes the oldest rows first: the known rows still left, then rows staged since.
        List<NetEvent> removed = change.removed();
        int knownLeft = sizeBeforeStaging - stagedRemoved.size();
        int ofKnown = Math.min(removed.size(), knownLeft);
        stagedRemoved.addAll(removed.subList(0, ofKnown));
        stagedAdded += change.added() - (removed.size() - ofKnown);
    }

    /** Fires what the batches staged since the last call did to the rows, as one change (none if nothing changed). */
    void fireStaged() {
        if (sizeBeforeStaging < 0) {
            return;
        }
        try {
            fire(new LogBuffer.Change(stagedRemoved, stagedAdded));
        } finally {
            stagedRemoved.clear();
            stagedAdded = 0;
            sizeBeforeStaging = -1;
        }
    }

    /** Empties the buffer, totals included ({@code clear()} stays the unsupported List operation). */
    void reset() {
        fireStaged();
        fire(buffer.clear());
    }

    void setCapacity(int capacity) {
        fireStaged();
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
