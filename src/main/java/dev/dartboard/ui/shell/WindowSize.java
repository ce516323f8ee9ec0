package dev.dartboard.ui.shell;

import javafx.geometry.Rectangle2D;

/**
 * The main window's first size: 1280 × 800, shrunk to the screen's usable area (minus the window frame) so
 * the page list and the page title are never off-screen. Pure.
 *
 * @param x      left edge on the screen
 * @param y      top edge
 * @param width  the scene's width
 * @param height the scene's height
 */
public record WindowSize(double x, double y, double width, double height) {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** Room left for the window manager's title bar and borders. */
    static final double FRAME_W = 16;
    static final double FRAME_H = 40;

    /** The size for a screen whose usable area is {@code bounds}, centred in it. */
    public static WindowSize fit(Rectangle2D bounds) {
        double w = Math.min(WIDTH, bounds.getWidth() - FRAME_W);
        double h = Math.min(HEIGHT, bounds.getHeight() - FRAME_H);
        return new WindowSize(bounds.getMinX() + (bounds.getWidth() - w - FRAME_W) / 2,
                bounds.getMinY() + (bounds.getHeight() - h - FRAME_H) / 2, w, h);
    }
}
