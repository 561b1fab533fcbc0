package dev.socketworkbench.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class VirtualThreadIoTest {

    @Test
    void withoutTheUsersChoiceSmallMachinesGetOneReadPoller() {
        withReadPollers(null, () -> {
            VirtualThreadIo.configure();
            String expected = Runtime.getRuntime().availableProcessors() <= 4 ? "1" : null;
            assertEquals(expected, System.getProperty(VirtualThreadIo.READ_POLLERS));
        });
    }

    @Test
    void configureKeepsAReadPollerCountTheUserChose() {
        withReadPollers("3", () -> {
            VirtualThreadIo.configure();
            assertEquals("3", System.getProperty(VirtualThreadIo.READ_POLLERS));
        });
    }

    /** Runs the check with the property set to {@code value} (or unset), then puts it back. */
    private static void withReadPollers(String value, Runnable check) {
        String before = System.getProperty(VirtualThreadIo.READ_POLLERS);
        set(value);
        try {
            check.run();
        } finally {
            set(before);
        }
    }

    private static void set(String value) {
        if (value == null) {
            System.clearProperty(VirtualThreadIo.READ_POLLERS);
        } else {
            System.setProperty(VirtualThreadIo.READ_POLLERS, value);
        }
    }

    @Test
    void onlyVirtualThreadsYieldBeforeReading() throws InterruptedException {
        AtomicBoolean virtual = new AtomicBoolean();
        AtomicBoolean platform = new AtomicBoolean(true);
        Thread.ofVirtual().start(() -> virtual.set(VirtualThreadIo.yieldBeforeRead())).join();
        Thread.ofPlatform().start(() -> platform.set(VirtualThreadIo.yieldBeforeRead())).join();
        assertTrue(virtual.get(), "a virtual connection thread yields before each read");
        assertFalse(platform.get(), "a platform connection thread leaves scheduling to the kernel");
    }
}
