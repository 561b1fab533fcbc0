package dev.socketworkbench.ui.common;

import dev.socketworkbench.settings.WindowBounds;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts a stage where the workspace says and reads back where the user left it. Saved bounds are
 * first fitted onto a screen that exists now (a second monitor may have been unplugged), and the
 * normal size is tracked while the stage is maximized, so un-maximizing next time restores it.
 */
public final class WindowPlacement {
    private final Stage stage;
    private WindowBounds normal;

    private WindowPlacement(Stage stage, WindowBounds initial) {
        this.stage = stage;
        this.normal = initial;
        stage.xProperty().addListener((o, b, n) -> track());
        stage.yProperty().addListener((o, b, n) -> track());
        stage.widthProperty().addListener((o, b, n) -> track());
        stage.heightProperty().addListener((o, b, n) -> track());
    }

    /** Sizes and places {@code stage} (before it is shown) from saved bounds fitted onto the current screens. */
    public static WindowPlacement restore(Stage stage, WindowBounds saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowBounds fitted = fitOnScreens(saved, primary, screens);
        stage.setMinWidth(Math.min(WindowBounds.MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(WindowBounds.MIN_HEIGHT, primary.getHeight()));
        stage.setWidth(fitted.width());
        stage.setHeight(fitted.height());
        if (fitted.placed()) {
            stage.setX(fitted.x());
            stage.setY(fitted.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(fitted.maximized());
        return new WindowPlacement(stage, fitted);
    }

    /**
     * Bounds that lie fully on one screen: the screen showing most of the saved window, or the
     * primary one (centred) if none shows any of it. A window bigger than its screen is shrunk.
     *
     * @param screens the visual bounds of every screen
     */
    public static WindowBounds fitOnScreens(WindowBounds saved, Rectangle2D primary, List<Rectangle2D> screens) {
        Rectangle2D target = primary;
        boolean keepPosition = false;
        if (saved.placed()) {
            Rectangle2D window = new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height());
            Rectangle2D best = screens.stream().max(Comparator.comparingDouble(s -> overlap(s, window))).orElse(primary);
            if (overlap(best, window) > 0) {
                target = best;
                keepPosition = true;
            }
        }
        double width = Math.min(saved.width(), target.getWidth());
        double height = Math.min(saved.height(), target.getHeight());
        if (!keepPosition) {
            return new WindowBounds(null, null, width, height, saved.maximized());
        }
        double x = clamp(saved.x(), target.getMinX(), target.getMaxX() - width);
        double y = clamp(saved.y(), target.getMinY(), target.getMaxY() - height);
        return new WindowBounds(x, y, width, height, saved.maximized());
    }

    /** Where the window is now, with its normal (not maximized) size. */
    public WindowBounds current() {
        track();
        return new WindowBounds(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
                && Double.isFinite(stage.getX()) && stage.getWidth() > 0) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
