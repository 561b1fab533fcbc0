package dev.socketworkbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void nullsBecomeDefaults() {
        Workspace w = new Workspace(null, null, null, 0);
        assertEquals(Workspace.defaults(), w);
        assertEquals(WindowBounds.defaults(), w.window());
        assertEquals("", w.selectedTab());
        assertEquals(Map.of(), w.fields());
    }

    @Test
    void fieldsAreSortedCopiedAndUnmodifiable() {
        Map<String, String> source = new HashMap<>();
        source.put("b", "2");
        source.put("a", "1");
        source.put("dropped", null);
        Workspace w = Workspace.defaults().withFields(source);
        source.put("c", "3");
        assertEquals(List.of("a", "b"), List.copyOf(w.fields().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> w.fields().put("x", "y"));
        assertEquals("1", w.field("a").orElseThrow());
        assertTrue(w.field("missing").isEmpty());
    }

    @Test
    void logCapacityIsKeptInRange() {
        assertEquals(Workspace.DEFAULT_LOG_CAPACITY, Workspace.defaults().withLogCapacity(-5).logCapacity());
        assertEquals(Workspace.MIN_LOG_CAPACITY, Workspace.defaults().withLogCapacity(3).logCapacity());
        assertEquals(42_000, Workspace.defaults().withLogCapacity(42_000).logCapacity());
    }

    @Test
    void windowNeedsBothCoordinatesToBePlaced() {
        assertFalse(new WindowBounds(10.0, null, 800, 600, false).placed());
        assertNull(new WindowBounds(10.0, null, 800, 600, false).x());
        assertFalse(new WindowBounds(Double.NaN, 5.0, 800, 600, false).placed());
        assertTrue(new WindowBounds(-1200.0, 5.0, 800, 600, false).placed(), "negative is a valid left screen");
    }
}
