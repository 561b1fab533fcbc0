package dev.socketworkbench.ui.udp;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Two cards side by side in equal halves and of equal height, so Send and Listen read as a pair.
 * Narrower than twice the larger card's minimum it keeps that minimum, and the enclosing scroll pane scrolls.
 */
final class SideBySide extends Region {
    private final Region left;
    private final Region right;
    private final double gap;

    SideBySide(Region left, Region right, double gap) {
        this.left = left;
        this.right = right;
        this.gap = gap;
        getChildren().setAll(left, right);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;   // narrower halves wrap text and grow taller
    }

    private double minHalf() {
        return Math.max(left.minWidth(-1), right.minWidth(-1));
    }

    private double half(double width) {
        Insets in = getInsets();
        return width < 0 ? Math.max(left.prefWidth(-1), right.prefWidth(-1))
                : Math.max(minHalf(), (width - in.getLeft() - in.getRight() - gap) / 2);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + 2 * minHalf() + gap + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + 2 * Math.max(left.prefWidth(-1), right.prefWidth(-1)) + gap + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        double half = half(width);
        Insets in = getInsets();
        return in.getTop() + Math.max(left.minHeight(half), right.minHeight(half)) + in.getBottom();
    }

    @Override
    protected double computePrefHeight(double width) {
        double half = half(width);
        Insets in = getInsets();
        return in.getTop() + Math.max(left.prefHeight(half), right.prefHeight(half)) + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double half = half(getWidth());
        double height = getHeight() - in.getTop() - in.getBottom();
        left.resizeRelocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()), snapSizeX(half), snapSizeY(height));
        right.resizeRelocate(snapPositionX(in.getLeft() + half + gap), snapPositionY(in.getTop()), snapSizeX(half), snapSizeY(height));
    }
}
