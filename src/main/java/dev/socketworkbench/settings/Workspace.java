package dev.socketworkbench.settings;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the workbench remembers between runs: the window, the selected tab, the last value of
 * every field (keyed like {@code udp.send.host}) and how many rows the log keeps. Immutable; the
 * {@code with...} methods return changed copies. Missing or out-of-range values read from an older
 * or hand-edited file become the defaults, so a partial file is still usable.
 *
 * @param window      main window position and size
 * @param selectedTab id of the tab that was selected, or "" for the first
 * @param fields      last value of every remembered field, sorted by key
 * @param logCapacity rows each log console keeps before evicting the oldest
 */
public record Workspace(WindowBounds window, String selectedTab, Map<String, String> fields, int logCapacity) {
    public static final int DEFAULT_LOG_CAPACITY = 10_000;
    public static final int MIN_LOG_CAPACITY = 100;
    public static final int MAX_LOG_CAPACITY = 1_000_000;

    public Workspace {
        window = window == null ? WindowBounds.defaults() : window;
        selectedTab = selectedTab == null ? "" : selectedTab;
        SortedMap<String, String> sorted = new TreeMap<>();
        if (fields != null) {
            fields.forEach((key, value) -> {
                if (key != null && value != null) {
                    sorted.put(key, value);
                }
            });
        }
        fields = Collections.unmodifiableSortedMap(sorted);
        logCapacity = logCapacity <= 0 ? DEFAULT_LOG_CAPACITY
                : Math.max(MIN_LOG_CAPACITY, Math.min(MAX_LOG_CAPACITY, logCapacity));
    }

    public static Workspace defaults() {
        return new Workspace(WindowBounds.defaults(), "", Map.of(), DEFAULT_LOG_CAPACITY);
    }

    /** The last value of one field, if it was saved. */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public Workspace withWindow(WindowBounds newWindow) {
        return new Workspace(newWindow, selectedTab, fields, logCapacity);
    }

    public Workspace withSelectedTab(String newSelectedTab) {
        return new Workspace(window, newSelectedTab, fields, logCapacity);
    }

    public Workspace withFields(Map<String, String> newFields) {
        return new Workspace(window, selectedTab, newFields, logCapacity);
    }

    public Workspace withLogCapacity(int newLogCapacity) {
        return new Workspace(window, selectedTab, fields, newLogCapacity);
    }
}
