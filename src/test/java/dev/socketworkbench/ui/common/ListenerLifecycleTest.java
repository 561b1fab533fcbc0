package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.common.ListenerLifecycle.State;
import org.junit.jupiter.api.Test;

class ListenerLifecycleTest {
    private final ListenerLifecycle life = new ListenerLifecycle(this, "Not listening.");

    @Test
    void aListenerGoesFromStartingToListeningToStopped() {
        assertEquals(State.STOPPED, life.stateProperty().get());
        assertEquals("Not listening.", life.statusTextProperty().get());
        life.starting();
        assertTrue(life.isActive());
        assertEquals(State.STARTING, life.stateProperty().get());
        assertTrue(life.listening("127.0.0.1:6667", "Listening on 127.0.0.1:6667"));
        assertEquals("127.0.0.1:6667", life.boundAddressProperty().get());
        assertEquals(State.LISTENING, life.stateProperty().get());
        assertEquals("127.0.0.1:6667", life.stopped(), "stopped() says where it was bound");
        assertFalse(life.isActive());
        assertEquals("", life.boundAddressProperty().get());
        assertEquals("Not listening.", life.statusTextProperty().get());
    }

    @Test
    void newsOfTheBindAfterAStopChangesNothing() {
        life.starting();
        assertEquals("", life.stopped(), "never bound");
        assertFalse(life.listening("127.0.0.1:6667", "Listening on 127.0.0.1:6667"));
        assertEquals(State.STOPPED, life.stateProperty().get());
        assertEquals("", life.boundAddressProperty().get());
    }

    @Test
    void aFailureShowsItsSentence() {
        life.starting();
        life.failed("Port 6667 is already in use.");
        assertEquals(State.FAILED, life.stateProperty().get());
        assertEquals("Port 6667 is already in use.", life.statusTextProperty().get());
        assertFalse(life.isActive());
    }
}
