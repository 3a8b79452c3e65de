package org.sourceline.layout;

/** Where a lane was laid out: its band from {@code top} to {@code top + height}, and how many rows it needed. */
public record LaneBox(String key, String label, double top, double height, int rows) {
}
