package dev.socketworkbench.settings;

/**
 * Where the main window was and how big, as saved in the workspace. {@code x} and {@code y} are null
 * until the window has been placed once, meaning "let the system centre it". Width and height are
 * the normal (not maximized) size, so un-maximizing restores what the user last chose.
 */
public record WindowBounds(Double x, Double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1100;
    public static final double DEFAULT_HEIGHT = 760;
    public static final double MIN_WIDTH = 480;
    public static final double MIN_HEIGHT = 320;

    public WindowBounds {
        if (x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            x = null;
            y = null;
        }
        width = !Double.isFinite(width) || width <= 0 ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, width);
        height = !Double.isFinite(height) || height <= 0 ? DEFAULT_HEIGHT : Math.max(MIN_HEIGHT, height);
    }

    /** A default-sized window the system places. */
    public static WindowBounds defaults() {
        return new WindowBounds(null, null, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    /** True once the window has a saved position. */
    public boolean placed() {
        return x != null;
    }
}
