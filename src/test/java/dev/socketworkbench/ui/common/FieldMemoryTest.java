package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class FieldMemoryTest {

    @Test
    void registeringRestoresEveryKindOfProperty() {
        FieldMemory memory = new FieldMemory(Map.of("t.host", "::1", "t.broadcast", "true", "t.count", "12", "t.family", "INET6"));
        StringProperty host = new SimpleStringProperty("127.0.0.1");
        BooleanProperty broadcast = new SimpleBooleanProperty(false);
        IntegerProperty count = new SimpleIntegerProperty(1);
        ObjectProperty<StandardProtocolFamily> family = new SimpleObjectProperty<>(StandardProtocolFamily.INET);
        memory.remember("t.host", host);
        memory.remember("t.broadcast", broadcast);
        memory.remember("t.count", count);
        memory.remember("t.family", family, StandardProtocolFamily.class);
        assertEquals("::1", host.get());
        assertTrue(broadcast.get());
        assertEquals(12, count.get());
        assertEquals(StandardProtocolFamily.INET6, family.get());
    }

    @Test
    void captureReadsTheCurrentValues() {
        FieldMemory memory = new FieldMemory(Map.of());
        StringProperty host = new SimpleStringProperty("localhost");
        BooleanProperty broadcast = new SimpleBooleanProperty(false);
        ObjectProperty<StandardProtocolFamily> family = new SimpleObjectProperty<>(StandardProtocolFamily.INET);
        memory.remember("t.host", host);
        memory.remember("t.broadcast", broadcast);
        memory.remember("t.family", family, StandardProtocolFamily.class);
        host.set("10.0.0.1 typed later");
        broadcast.set(true);
        family.set(StandardProtocolFamily.UNIX);
        assertEquals(Map.of("t.host", "10.0.0.1 typed later", "t.broadcast", "true", "t.family", "UNIX"), memory.capture());
        assertEquals(List.of("t.host", "t.broadcast", "t.family"), List.copyOf(memory.keys()));
    }

    @Test
    void savedValuesThatNoLongerFitKeepTheDefault() {
        FieldMemory memory = new FieldMemory(Map.of("t.count", "many", "t.family", "RENAMED", "t.flag", "yes"));
        IntegerProperty count = new SimpleIntegerProperty(7);
        ObjectProperty<StandardProtocolFamily> family = new SimpleObjectProperty<>(StandardProtocolFamily.INET);
        BooleanProperty flag = new SimpleBooleanProperty(true);
        memory.remember("t.count", count);
        memory.remember("t.family", family, StandardProtocolFamily.class);
        memory.remember("t.flag", flag);
        assertEquals(7, count.get());
        assertEquals(StandardProtocolFamily.INET, family.get());
        assertTrue(flag.get());
        assertEquals("7", memory.capture().get("t.count"), "the next save overwrites the bad value");
    }

    @Test
    void valuesOfTabsNotPresentThisRunAreKept() {
        FieldMemory memory = new FieldMemory(Map.of("tcp.client.host", "example", "udp.send.host", "old"));
        StringProperty host = new SimpleStringProperty();
        memory.remember("udp.send.host", host);
        host.set("new");
        assertEquals(Map.of("tcp.client.host", "example", "udp.send.host", "new"), memory.capture());
    }

    @Test
    void nullValueIsNotSaved() {
        FieldMemory memory = new FieldMemory(Map.of("t.host", "old"));
        StringProperty host = new SimpleStringProperty();
        memory.remember("t.host", host);
        host.set(null);
        assertFalse(memory.capture().containsKey("t.host"));
    }

    @Test
    void boundPropertyIsLeftAlone() {
        FieldMemory memory = new FieldMemory(Map.of("t.host", "saved"));
        StringProperty source = new SimpleStringProperty("source");
        StringProperty host = new SimpleStringProperty();
        host.bind(source);
        memory.remember("t.host", host);
        assertEquals("source", host.get());
    }

    @Test
    void aKeyCanBeRegisteredOnlyOnce() {
        FieldMemory memory = new FieldMemory(Map.of());
        memory.remember("t.host", new SimpleStringProperty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> memory.remember("t.host", new SimpleStringProperty()));
        assertTrue(e.getMessage().contains("t.host"));
    }
}
