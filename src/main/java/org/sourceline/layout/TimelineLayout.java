package org.sourceline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A timeline laid out for one view: axis ticks, lanes, and a glyph for each visible event or cluster, each in a
 * row where its label overlaps no other. Pure: the same inputs give the same layout, with no drawing involved.
 */
public record TimelineLayout(TimeScale scale, AxisTicks ticks, List<LaneBox> lanes, List<Glyph> glyphs,
                             double height, LayoutStyle style) {
    private static final double MIN_TICK_SPACING = 56;
    private static final double ROW_GAP = 6;

    public TimelineLayout {
        lanes = List.copyOf(lanes);
        glyphs = List.copyOf(glyphs);
    }

    /**
     * @param textWidth the width in pixels of a label as the painter will draw it
     */
    public static TimelineLayout compute(TimeScale scale, List<TimelineItem> items, List<LaneSpec> lanes,
                                         LayoutStyle style, Locale locale, ToDoubleFunction<String> textWidth) {
        AxisTicks ticks = TickGenerator.ticks(scale, locale, MIN_TICK_SPACING);
        double leftMargin = style.maxLabelWidth() + style.markerRadius() * 4;
        double t0 = scale.timeFor(-leftMargin);
        double t1 = scale.timeFor(scale.width() + style.markerRadius() * 4);
        List<LaneBox> boxes = new ArrayList<>();
        List<Glyph> glyphs = new ArrayList<>();
        double top = style.axisHeight();
        for (int lane = 0; lane < lanes.size(); lane++) {
            LaneSpec spec = lanes.get(lane);
            List<Glyph> laneGlyphs = layLane(scale, items, spec, lane, t0, t1, style, textWidth);
            int rows = Math.max(1, laneGlyphs.stream().mapToInt(g -> g.row() + 1).max().orElse(1));
            double rowsTop = top + style.laneHeaderHeight();
            for (Glyph g : laneGlyphs) {
                double y = rowsTop + g.row() * style.rowHeight() + style.rowHeight() / 2;
                glyphs.add(new Glyph(g.item(), g.members(), lane, g.row(), g.x0(), g.x1(), y, g.label(), g.labelX(),
                        g.right(), g.startTime(), g.endTime(), g.count()));
            }
            double height = style.laneHeaderHeight() + rows * style.rowHeight() + style.lanePadding();
            boxes.add(new LaneBox(spec.key(), spec.label(), top, height, rows));
            top += height;
        }
        return new TimelineLayout(scale, ticks, boxes, glyphs, top, style);
    }

    private static List<Glyph> layLane(TimeScale scale, List<TimelineItem> items, LaneSpec spec, int lane,
                                       double t0, double t1, LayoutStyle style, ToDoubleFunction<String> textWidth) {
        List<Integer> visible = new ArrayList<>();
        TimeIndex laneIndex = spec.index();
        if (laneIndex != null) {
            // Asking the index costs two binary searches; a view with more events than it can show one by one
            // is drawn from counts per slice of time, so the cost follows what is visible, not the data's size.
            if (laneIndex.countStartingIn(t0, t1) > DETAIL_LIMIT) {
                return packRows(aggregated(scale, items, spec, lane, t0, t1, style, textWidth), style);
            }
            laneIndex.forEachVisible(t0, t1, p -> visible.add(spec.items().get(laneIndex.idAt(p))));
        } else {
            for (int i : spec.items()) {
                TimelineItem item = items.get(i);
                if (item.end() >= t0 && item.start() <= t1) {
                    visible.add(i);
                }
            }
        }
        visible.sort(Comparator.<Integer>comparingDouble(i -> items.get(i).anchor())
                .thenComparing(i -> items.get(i).id()));

        List<Glyph> glyphs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        double runLastX = Double.NEGATIVE_INFINITY;
        for (int index : visible) {
            TimelineItem item = items.get(index);
            double x = scale.xFor(item.anchor());
            boolean small = markWidth(scale, item, style) < style.clusterDistance() * 2;
            if (small && !run.isEmpty() && x - runLastX < style.clusterDistance()) {
                run.add(index);
                runLastX = x;
                continue;
            }
            flush(run, scale, items, lane, style, textWidth, glyphs);
            if (small) {
                run.add(index);
                runLastX = x;
            } else {
                glyphs.add(itemGlyph(scale, items.get(index), index, lane, style, textWidth));
            }
        }
        flush(run, scale, items, lane, style, textWidth, glyphs);
        return packRows(glyphs, style);
    }

    /** Beyond this many events starting in a lane's view, the lane is drawn from counts per slice of time. */
    static final int DETAIL_LIMIT = 4000;
    /** Width of a slice in the counted view: wide enough for a cluster showing a six-digit count. */
    static final double SLICE = 54;
    /** How many members a big cluster lists (for its colour and tooltip); its count says how many it holds. */
    static final int SAMPLE = 32;

    /**
     * A lane with too many visible events to lay out one by one: each slice of {@link #SLICE} pixels becomes one
     * cluster of the events starting in it, or its few events one by one. Set-apart long events are not drawn at
     * this distance.
     */
    private static List<Glyph> aggregated(TimeScale scale, List<TimelineItem> items, LaneSpec spec, int lane,
                                          double t0, double t1, LayoutStyle style, ToDoubleFunction<String> textWidth) {
        TimeIndex index = spec.index();
        List<Glyph> glyphs = new ArrayList<>();
        double firstX = Math.floor(scale.xFor(t0) / SLICE) * SLICE;
        for (double x = firstX; scale.timeFor(x) < t1; x += SLICE) {
            int from = index.firstAtOrAfter(scale.timeFor(x));
            int to = index.firstAtOrAfter(scale.timeFor(x + SLICE));
            int n = to - from;
            if (n == 0) {
                continue;
            }
            if (n <= style.expandLimit()) {
                for (int p = from; p < to; p++) {
                    int item = spec.items().get(index.idAt(p));
                    glyphs.add(itemGlyph(scale, items.get(item), item, lane, style, textWidth));
                }
                continue;
            }
            List<Integer> sample = new ArrayList<>();
            for (int p = from; p < to && sample.size() < SAMPLE; p++) {
                sample.add(spec.items().get(index.idAt(p)));
            }
            double first = index.startAt(from);
            double last = index.startAt(to - 1);
            double cx = (scale.xFor(first) + scale.xFor(last)) / 2;
            double radius = clusterRadius(n, style);
            glyphs.add(new Glyph(-1, sample, lane, 0, cx - radius, cx + radius, 0, "", cx + radius, cx + radius, first,
                    Math.max(last, index.endAt(to - 1)), n));
        }
        return glyphs;
    }

    private static double markWidth(TimeScale scale, TimelineItem item, LayoutStyle style) {
        if (item.shape() == ItemShape.POINT) {
            return style.markerRadius() * 2;
        }
        return (item.end() - item.start()) / scale.secondsPerPixel();
    }

    /** Close items become one cluster glyph, unless there are few enough of them to show one by one. */
    private static void flush(List<Integer> run, TimeScale scale, List<TimelineItem> items, int lane, LayoutStyle style,
                              ToDoubleFunction<String> textWidth, List<Glyph> out) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() <= style.expandLimit()) {
            for (int index : run) {
                out.add(itemGlyph(scale, items.get(index), index, lane, style, textWidth));
            }
        } else {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double start = Double.POSITIVE_INFINITY;
            double end = Double.NEGATIVE_INFINITY;
            for (int index : run) {
                TimelineItem item = items.get(index);
                double x = scale.xFor(item.anchor());
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                start = Math.min(start, item.start());
                end = Math.max(end, item.end());
            }
            double radius = clusterRadius(run.size(), style);
            double cx = (minX + maxX) / 2;
            out.add(new Glyph(-1, run, lane, 0, cx - radius, cx + radius, 0, "", cx + radius, cx + radius, start, end));
        }
        run.clear();
    }

    /** Clusters grow a little with their count so that the number fits inside. */
    public static double clusterRadius(int count, LayoutStyle style) {
        int digits = String.valueOf(count).length();
        return style.markerRadius() + 4 + 3 * digits;
    }

    private static Glyph itemGlyph(TimeScale scale, TimelineItem item, int index, int lane, LayoutStyle style,
                                   ToDoubleFunction<String> textWidth) {
        double r = style.markerRadius();
        double x0;
        double x1;
        boolean pointSpread = item.shape() == ItemShape.POINT && isSpread(scale, item, style);
        if (item.shape() == ItemShape.POINT && !pointSpread) {
            double x = scale.xFor(item.anchor());
            x0 = x - r;
            x1 = x + r;
        } else {
            x0 = scale.xFor(item.start());
            x1 = Math.max(scale.xFor(item.end()), x0 + 2 * r);
        }
        String text = labelText(item);
        String label = fit(text, style.maxLabelWidth(), textWidth);
        double labelWidth = label.isEmpty() ? 0 : textWidth.applyAsDouble(label);
        double visibleStart = Math.max(x0, 0);
        double labelX;
        double right;
        if ((item.shape() != ItemShape.POINT || pointSpread) && x1 - visibleStart >= labelWidth + 2 * style.labelGap()) {
            // A bar wide enough holds its own label, at its start or at the left edge of the view.
            labelX = visibleStart + style.labelGap();
            right = x1;
        } else {
            labelX = x1 + style.labelGap();
            right = labelX + labelWidth;
        }
        return new Glyph(index, List.of(index), lane, 0, x0, x1, 0, label, labelX, right, item.start(), item.end());
    }

    /**
     * Whether an exact day is drawn across its day rather than as a marker: once the day is wider than a few
     * markers, a marker at noon would claim an hour the source never gave.
     */
    public static boolean isSpread(TimeScale scale, TimelineItem item, LayoutStyle style) {
        return (item.end() - item.start()) / scale.secondsPerPixel() > style.markerRadius() * 4;
    }

    /** The label with its qualifiers: "~" for an approximate date, "?" for an uncertain one. */
    public static String labelText(TimelineItem item) {
        String text = item.label();
        if (item.approximate()) {
            text = "~ " + text;
        }
        if (item.uncertain()) {
            text = text + " ?";
        }
        return text;
    }

    /** Shortens text with an ellipsis until it fits {@code maxWidth}. */
    static String fit(String text, double maxWidth, ToDoubleFunction<String> textWidth) {
        if (textWidth.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth.applyAsDouble(text.substring(0, mid).stripTrailing() + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "…";
    }

    private static List<Glyph> packRows(List<Glyph> glyphs, LayoutStyle style) {
        int n = glyphs.size();
        double[] left = new double[n];
        double[] right = new double[n];
        for (int i = 0; i < n; i++) {
            left[i] = glyphs.get(i).x0();
            right[i] = glyphs.get(i).right();
        }
        int[] rows = RowPacker.pack(left, right, ROW_GAP);
        boolean overflow = RowPacker.rowCount(rows) > style.maxRowsPerLane();
        int lastRow = style.maxRowsPerLane() - 1;
        List<Glyph> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            int row = rows[i];
            String label = g.label();
            double r = g.right();
            if (overflow && row >= lastRow) {
                // No room left: the last row holds the remaining marks without labels, so labels never overlap.
                row = lastRow;
                label = "";
                r = g.x1();
            }
            placed.add(new Glyph(g.item(), g.members(), g.lane(), row, g.x0(), g.x1(), g.y(), label, g.labelX(), r,
                    g.startTime(), g.endTime(), g.count()));
        }
        return placed;
    }

    /** The glyph under a point, if any: a mark hit directly wins over a label. */
    public Optional<Glyph> hit(double x, double y) {
        Glyph byLabel = null;
        double half = style.rowHeight() / 2;
        for (Glyph g : glyphs) {
            if (Math.abs(y - g.y()) > half) {
                continue;
            }
            if (x >= g.x0() - 2 && x <= g.x1() + 2) {
                return Optional.of(g);
            }
            if (byLabel == null && !g.label().isEmpty() && x >= g.x0() && x <= g.right()) {
                byLabel = g;
            }
        }
        return Optional.ofNullable(byLabel);
    }

    /** The glyph that shows an event, if it is visible on its own (not inside a cluster). */
    public Optional<Glyph> glyphOf(int item) {
        return glyphs.stream().filter(g -> g.item() == item).findFirst();
    }
}
