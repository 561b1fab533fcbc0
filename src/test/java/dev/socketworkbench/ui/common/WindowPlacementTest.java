package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.socketworkbench.settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D LEFT_MONITOR = new Rectangle2D(-1920, 0, 1920, 1040);
    private static final List<Rectangle2D> BOTH = List.of(LAPTOP, LEFT_MONITOR);

    @Test
    void boundsOnAScreenAreKept() {
        WindowBounds saved = new WindowBounds(100.0, 50.0, 900, 600, false);
        assertEquals(saved, WindowPlacement.fitOnScreens(saved, LAPTOP, BOTH));
    }

    @Test
    void boundsOnASecondMonitorAreKeptWhileItIsThere() {
        WindowBounds saved = new WindowBounds(-1500.0, 100.0, 900, 600, true);
        assertEquals(saved, WindowPlacement.fitOnScreens(saved, LAPTOP, BOTH));
    }

    @Test
    void windowOnAnUnpluggedMonitorIsCentredOnThePrimary() {
        WindowBounds saved = new WindowBounds(-1500.0, 100.0, 900, 600, false);
        assertEquals(new WindowBounds(null, null, 900, 600, false),
                WindowPlacement.fitOnScreens(saved, LAPTOP, List.of(LAPTOP)));
    }

    @Test
    void windowHangingOverTheEdgeIsPulledBackOnScreen() {
        WindowBounds saved = new WindowBounds(1000.0, 700.0, 900, 600, false);
        assertEquals(new WindowBounds(540.0, 270.0, 900, 600, false),
                WindowPlacement.fitOnScreens(saved, LAPTOP, List.of(LAPTOP)));
    }

    @Test
    void windowBiggerThanTheScreenIsShrunkToIt() {
        WindowBounds saved = new WindowBounds(-10.0, -10.0, 3000, 2000, false);
        assertEquals(new WindowBounds(0.0, 0.0, 1440, 870, false), WindowPlacement.fitOnScreens(saved, LAPTOP, List.of(LAPTOP)));
    }

    @Test
    void unplacedWindowStaysUnplacedButFits() {
        WindowBounds saved = new WindowBounds(null, null, 2000, 700, false);
        assertEquals(new WindowBounds(null, null, 1440, 700, false), WindowPlacement.fitOnScreens(saved, LAPTOP, BOTH));
    }
}
