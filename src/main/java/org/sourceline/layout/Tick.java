package org.sourceline.layout;

/**
 * One axis tick.
 *
 * @param time  the boundary, epoch seconds UTC
 * @param x     its position in the timeline area; negative for the major tick that heads the
 *              view from before its left edge, whose label the painter keeps at x = 0
 * @param label the text to draw
 */
public record Tick(double time, double x, String label) {
}
