package dev.socketworkbench.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrainWarmUpTest {

    @Test
    void pushesEveryWarmUpEventThroughAScratchModelAndThenDropsIt() {
        DrainWarmUp warmUp = new DrainWarmUp(TableWarmUp.samples());
        assertFalse(warmUp.isFinished());
        assertTrue(warmUp.scratchEvents() < 0, "nothing is built before the first idle pulse");

        warmUp.step();
        assertEquals(DrainWarmUp.EVENTS_PER_STEP, warmUp.published());
        assertTrue(warmUp.scratchEvents() > 0, "the first step drained some of them");

        int steps = 1;
        long lastSeen = 0;
        while (!warmUp.isFinished() && steps < 1_000) {
            lastSeen = Math.max(lastSeen, warmUp.scratchEvents());
            warmUp.step();
            steps++;
        }
        assertTrue(warmUp.isFinished(), "it ends by itself");
        assertEquals(DrainWarmUp.EVENTS, warmUp.published());
        assertTrue(lastSeen >= DrainWarmUp.EVENTS - DrainWarmUp.EVENTS_PER_STEP, "the scratch model took in the events: " + lastSeen);
        assertEquals(-1, warmUp.scratchEvents(), "the scratch model is dropped at the end");
        assertTrue(warmUp.step(), "a finished warm-up does nothing");
    }

    @Test
    void stopEndsItAtOnce() {
        DrainWarmUp warmUp = new DrainWarmUp(TableWarmUp.samples());
        warmUp.step();
        warmUp.stop();
        assertTrue(warmUp.isFinished());
        assertEquals(-1, warmUp.scratchEvents());
        int published = warmUp.published();
        warmUp.step();
        assertEquals(published, warmUp.published(), "no more events after stop");
    }
}
