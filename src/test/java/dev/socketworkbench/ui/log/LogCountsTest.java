package dev.socketworkbench.ui.log;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogCountsTest {

    @Test
    void summaryWithoutEvictionsLeavesTheEvictedPartOut() {
        LogCounts counts = new LogCounts(12_345, 10, 10, 12_325, 0, 640, 640, 0, 12_345, 100_000);
        assertEquals("12,345 events \u00b7 sent 10 (640 B) \u00b7 received 10 (640 B) \u00b7 errors 0", counts.summary());
    }

    @Test
    void summaryNamesTheEvictedRowsAndTheBufferSize() {
        LogCounts counts = new LogCounts(102_345, 10, 10, 102_323, 2, 640, 640, 2_345, 100_000, 100_000);
        assertEquals("102,345 events \u00b7 sent 10 (640 B) \u00b7 received 10 (640 B) \u00b7 errors 2"
                + " \u00b7 2,345 rows evicted (buffer 100,000)", counts.summary());
    }
}
