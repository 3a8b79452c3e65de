package org.sourceline.layout;

/** The pixel sizes the layout works with. */
public record LayoutStyle(double axisHeight, double laneHeaderHeight, double rowHeight, double lanePadding,
                          double markerRadius, double clusterDistance, int expandLimit, double maxLabelWidth,
                          double labelGap, int maxRowsPerLane) {
    public static final LayoutStyle DEFAULT = new LayoutStyle(46, 18, 22, 8, 5, 8, 4, 240, 6, 12);
}
