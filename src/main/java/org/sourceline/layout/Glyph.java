package org.sourceline.layout;

import java.util.List;

/**
 * One thing drawn on the timeline: an event or a cluster of events too close to tell apart. Coordinates are in
 * pixels of the timeline area; {@code y} is the centre of the glyph's row.
 *
 * @param item     the event's index in the item list, or -1 for a cluster
 * @param members  the events a cluster stands for (the single item for an event; a sample for a big cluster)
 * @param x0       left edge of the mark (a point's centre minus its radius, a bar's start)
 * @param x1       right edge of the mark
 * @param label    the text drawn after the mark, already shortened to fit, or "" when there is no room
 * @param labelX   where the label starts
 * @param right    right edge of mark and label together: what may not overlap the next glyph in the row
 */
public record Glyph(int item, List<Integer> members, int lane, int row, double x0, double x1, double y,
                    String label, double labelX, double right, double startTime, double endTime, int total) {
    public Glyph {
        members = List.copyOf(members);
    }

    /** A glyph that stands for exactly its members. */
    public Glyph(int item, List<Integer> members, int lane, int row, double x0, double x1, double y, String label,
                 double labelX, double right, double startTime, double endTime) {
        this(item, members, lane, row, x0, x1, y, label, labelX, right, startTime, endTime, members.size());
    }

    public boolean isCluster() {
        return item < 0;
    }

    /** How many events it stands for; a cluster of many lists only a sample of them in {@code members}. */
    public int count() {
        return total;
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }
}
