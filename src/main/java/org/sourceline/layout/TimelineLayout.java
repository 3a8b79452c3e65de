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
    /** What a minor label needs beside its text: the painter sets it 4 px right of its tick, and a gap after it. */
    private static final double TICK_LABEL_ROOM = 12;
    /** The least room between two marks and their labels in a row. */
    public static final double ROW_GAP = 6;

    public TimelineLayout {
        lanes = List.copyOf(lanes);
        glyphs = List.copyOf(glyphs);
    }

    /**
     * @param textWidth the width in pixels of a label as the painter will draw it
     */
    public static TimelineLayout compute(TimeScale scale, List<TimelineItem> items, List<LaneSpec> lanes,
                                         LayoutStyle style, Locale locale, LabelWidths textWidth) {
        AxisTicks ticks = ticks(scale, locale, textWidth);
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

    /**
     * The axis ticks, spaced so that no two minor labels overlap: labels wider than the usual spacing (years before
     * the era, years of many digits: "100000000 av. J.-C.") widen it to the widest of them.
     */
    static AxisTicks ticks(TimeScale scale, Locale locale, ToDoubleFunction<String> textWidth) {
        double spacing = MIN_TICK_SPACING;
        AxisTicks ticks = TickGenerator.ticks(scale, locale, spacing);
        // A coarser unit has labels as long or a little longer: a few rounds settle it.
        for (int round = 0; round < 4; round++) {
            double widest = 0;
            for (Tick tick : ticks.minor()) {
                widest = Math.max(widest, textWidth.applyAsDouble(tick.label()));
            }
            double needed = widest + TICK_LABEL_ROOM;
            if (needed <= spacing) {
                break;
            }
            spacing = needed;
            ticks = TickGenerator.ticks(scale, locale, spacing);
        }
        return ticks;
    }

    private static List<Glyph> layLane(TimeScale scale, List<TimelineItem> items, LaneSpec spec, int lane,
                                       double t0, double t1, LayoutStyle style, LabelWidths textWidth) {
        List<Integer> visible = new ArrayList<>();
        TimeIndex laneIndex = spec.index();
        if (laneIndex != null) {
            // Asking the index costs two binary searches; a view with more events than it can show one by one
            // is drawn from counts per slice of time, so the cost follows what is visible, not the data's size.
            if (laneIndex.countStartingIn(t0, t1) > DETAIL_LIMIT) {
                return aggregated(scale, spec, lane, t0, t1);   // one row of bars
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
        // In order of anchor, ties in the data's own order; the keys come from the columns, so sorting builds
        // no item. Events that began before the view and last more than twice its span (a month seen at the
        // scale of a day) are its context: they come after the events of the view, in rows below theirs, and
        // take the labelled rows only when there is room left.
        ItemColumns columns = ItemColumns.of(items);
        List<Integer> inView = new ArrayList<>(visible.size());
        List<Integer> context = new ArrayList<>();
        for (int index : visible) {
            boolean isContext = columns.startOf(index) < t0
                    && columns.endOf(index) - columns.startOf(index) > 2 * (t1 - t0);
            (isContext ? context : inView).add(index);
        }
        List<Integer> ordered = inAnchorOrder(inView, columns);
        ordered.addAll(inAnchorOrder(context, columns));
        int n = ordered.size();

        List<Glyph> glyphs = new ArrayList<>();
        List<Glyph> unplaced = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        double runLastX = Double.NEGATIVE_INFINITY;
        int firstContext = -1;
        for (int k = 0; k < n; k++) {
            int index = ordered.get(k);
            if (k == inView.size()) {
                flush(run, scale, items, lane, style, textWidth, glyphs);
                firstContext = glyphs.size();
            }
            if (k >= DETAIL_LIMIT) {
                // Long events in view beyond what can be shown one by one (a month of bands seen at the scale
                // of a day): unlabelled, to the last row, where overlapping marks become one cluster. Their
                // bounds come from the columns: no item is built for them.
                double x0 = scale.xFor(columns.startOf(index));
                double x1 = Math.max(scale.xFor(columns.endOf(index)), x0 + 2 * style.markerRadius());
                unplaced.add(new Glyph(index, List.of(index), lane, 0, x0, x1, 0, "", x1, x1, columns.startOf(index),
                        columns.endOf(index)));
                continue;
            }
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
                glyphs.add(itemGlyph(scale, item, index, lane, style, textWidth));
            }
        }
        flush(run, scale, items, lane, style, textWidth, glyphs);
        return packRows(glyphs, firstContext < 0 ? glyphs.size() : firstContext, unplaced, style, scale, items,
                textWidth);
    }

    /** The events by anchor, ties in the data's order. */
    private static List<Integer> inAnchorOrder(List<Integer> events, ItemColumns columns) {
        int n = events.size();
        double[] anchors = new double[n];
        double[] ties = new double[n];
        for (int k = 0; k < n; k++) {
            anchors[k] = columns.anchorOf(events.get(k));
            ties[k] = events.get(k);
        }
        int[] sorted = IndexSort.sortedOrder(anchors, ties);
        List<Integer> ordered = new ArrayList<>(n);
        for (int k : sorted) {
            ordered.add(events.get(k));
        }
        return ordered;
    }

    /**
     * Beyond this many events starting in a lane's view, the lane is drawn as a density strip: more marks than
     * this cannot be told apart on a screen, and laying out and painting them would cost what the data holds
     * rather than what the screen shows.
     */
    static final int DETAIL_LIMIT = 300;
    /** Width of one bar of a density strip. */
    static final double DENSITY_SLICE = 8;
    /** How many members a big cluster lists (for its colour and tooltip); its count says how many it holds. */
    static final int SAMPLE = 32;
    /** The {@link Glyph#item()} of a bar of a density strip: a cluster of the events starting in its slice. */
    public static final int DENSITY = -2;

    /**
     * A lane with too many visible events to lay out one by one, as a strip of bars of {@link #DENSITY_SLICE}
     * pixels, each counting the events that start in it: two binary searches per bar, whatever the number of
     * events. A bar is a cluster: hovering gives its count, clicking zooms to its slice.
     */
    private static List<Glyph> aggregated(TimeScale scale, LaneSpec spec, int lane, double t0, double t1) {
        TimeIndex index = spec.index();
        List<Glyph> glyphs = new ArrayList<>();
        double firstX = Math.floor(Math.max(scale.xFor(t0), -DENSITY_SLICE) / DENSITY_SLICE) * DENSITY_SLICE;
        int from = index.firstAtOrAfter(scale.timeFor(firstX));
        for (double x = firstX; x < scale.width() + DENSITY_SLICE && scale.timeFor(x) < t1; x += DENSITY_SLICE) {
            double end = scale.timeFor(x + DENSITY_SLICE);
            int to = index.firstAtOrAfter(end);
            if (to > from) {
                int first = spec.items().get(index.idAt(from));
                glyphs.add(new Glyph(DENSITY, List.of(first), lane, 0, x, x + DENSITY_SLICE - 1, 0, "",
                        x + DENSITY_SLICE - 1, x + DENSITY_SLICE - 1, scale.timeFor(x), end, to - from));
            }
            from = to;
        }
        return glyphs;
    }

    /** How wide an event is drawn: a marker, or its span (a day seen up close is drawn across its day). */
    private static double markWidth(TimeScale scale, TimelineItem item, LayoutStyle style) {
        if (item.shape() == ItemShape.POINT && !isSpread(scale, item, style)) {
            return style.markerRadius() * 2;
        }
        return (item.end() - item.start()) / scale.secondsPerPixel();
    }

    /** Close items become one cluster glyph, unless there are few enough of them to show one by one. */
    private static void flush(List<Integer> run, TimeScale scale, List<TimelineItem> items, int lane, LayoutStyle style,
                              LabelWidths textWidth, List<Glyph> out) {
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

    private static final LabelWidths.Fit NO_LABEL = new LabelWidths.Fit("", 0);
    /**
     * The label of a bar wide enough to hold any label, cut only once the bar gets a row (see {@link #packRows}).
     * Known by identity, never shown: every glyph leaves the layout with its real label or none.
     */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String LABEL_LATER = new String("");

    /** @param textWidth measures the label; null for a mark without one */
    private static Glyph itemGlyph(TimeScale scale, TimelineItem item, int index, int lane, LayoutStyle style,
                                   LabelWidths textWidth) {
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
        double visibleStart = Math.max(x0, 0);
        if (textWidth != null && (item.shape() != ItemShape.POINT || pointSpread)
                && x1 - visibleStart >= style.maxLabelWidth() + 2 * style.labelGap()) {
            // A bar that holds any label at its start: where the label goes needs no measuring, and most such
            // bars (a burst of days seen at the scale of a day) find no row. Cut only if it gets one.
            return new Glyph(index, List.of(index), lane, 0, x0, x1, 0, LABEL_LATER, visibleStart + style.labelGap(),
                    x1, item.start(), item.end());
        }
        LabelWidths.Fit fit = textWidth == null ? NO_LABEL : textWidth.fit(labelText(item), style.maxLabelWidth());
        String label = fit.label();
        double labelWidth = fit.width();
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

    /** Shortens text with an ellipsis until it fits {@code maxWidth}, the longest cut that does (by halving). */
    public static String fit(String text, double maxWidth, ToDoubleFunction<String> textWidth) {
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

    /**
     * @param context where the glyphs of the view's context (long events begun before it) start: they take the
     *                rows below those of the events of the view
     * @param unplaced marks that go to the last row whatever room there is
     */
    private static List<Glyph> packRows(List<Glyph> glyphs, int context, List<Glyph> unplaced, LayoutStyle style,
                                        TimeScale scale, List<TimelineItem> items, LabelWidths textWidth) {
        int n = glyphs.size();
        int[] rows = new int[n];
        int inViewRows = pack(glyphs, 0, context, rows, 0);
        pack(glyphs, context, n, rows, inViewRows);
        boolean overflow = RowPacker.rowCount(rows) > style.maxRowsPerLane() || !unplaced.isEmpty();
        int lastRow = style.maxRowsPerLane() - 1;
        if (RowPacker.rowCount(rows) > style.maxRowsPerLane()) {
            rows = packByVisibility(glyphs, context, lastRow, scale.width());
        }
        List<Glyph> placed = new ArrayList<>(n);
        List<Glyph> rest = new ArrayList<>(unplaced);
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            int row = rows[i];
            if (overflow && row >= lastRow) {
                rest.add(g);
                continue;
            }
            String label = g.label() == LABEL_LATER ? insideLabel(labelText(items.get(g.item())), g, style, scale,
                    textWidth) : g.label();
            placed.add(new Glyph(g.item(), g.members(), g.lane(), row, g.x0(), g.x1(), g.y(), label, g.labelX(),
                    g.right(), g.startTime(), g.endTime(), g.count()));
        }
        placed.addAll(overflowRow(rest, lastRow, style, scale));
        return placed;
    }

    /**
     * The label inside a bar that holds it, cut to the bar's width in view rather than to the width a label beside
     * a mark may take (a day seen up close shows its whole title).
     */
    private static String insideLabel(String text, Glyph g, LayoutStyle style, TimeScale scale,
                                      LabelWidths textWidth) {
        double room = Math.max(style.maxLabelWidth(),
                Math.min(g.x1(), scale.width()) - g.labelX() - style.labelGap());
        if (textWidth.applyAsDouble(text) <= room) {
            return text;
        }
        // Cut in steps of 8 px: a bar cut by an edge of the view changes width at every pan step, and its label's
        // cut is remembered for one width.
        return textWidth.fit(text, Math.max(style.maxLabelWidth(), Math.floor(room / ROOM_STEP) * ROOM_STEP))
                .label();
    }

    private static final double ROOM_STEP = 8;

    /**
     * When the glyphs need more rows than there are, which get one: those most in view first (a day in the middle
     * of the view before the ends of the days either side), the view's own events before its context, ties in
     * order; each into the lowest row where it overlaps nothing. Packing by left edge alone uses the fewest rows
     * but gives them to whatever starts first: the end of the day before, cut by the left edge.
     *
     * @return each glyph's row, {@code rowCount} for those that find none
     */
    private static int[] packByVisibility(List<Glyph> glyphs, int context, int rowCount, double width) {
        int n = glyphs.size();
        double[] isContext = new double[n];
        double[] lessVisible = new double[n];
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            isContext[i] = i >= context ? 1 : 0;
            lessVisible[i] = -Math.max(0, Math.min(g.right(), width) - Math.max(g.x0(), 0));
        }
        int[] order = IndexSort.sortedOrder(isContext, lessVisible);
        List<List<double[]>> taken = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            taken.add(new ArrayList<>());
        }
        int[] rows = new int[n];
        for (int i : order) {
            Glyph g = glyphs.get(i);
            rows[i] = rowCount;
            for (int r = 0; r < rowCount; r++) {
                if (isFree(taken.get(r), g.x0(), g.right())) {
                    taken.get(r).add(new double[] {g.x0(), g.right()});
                    rows[i] = r;
                    break;
                }
            }
        }
        return rows;
    }

    /** Whether a row has room from {@code left} to {@code right}, with the gap kept on both sides. */
    private static boolean isFree(List<double[]> row, double left, double right) {
        for (double[] span : row) {
            if (left < span[1] + ROW_GAP && span[0] < right + ROW_GAP) {
                return false;
            }
        }
        return true;
    }

    /** Packs glyphs {@code from} to {@code to} into rows from {@code firstRow} on; returns the next free row. */
    private static int pack(List<Glyph> glyphs, int from, int to, int[] rows, int firstRow) {
        double[] left = new double[to - from];
        double[] right = new double[to - from];
        for (int i = from; i < to; i++) {
            left[i - from] = glyphs.get(i).x0();
            right[i - from] = glyphs.get(i).right();
        }
        int[] packed = RowPacker.pack(left, right, ROW_GAP);
        for (int i = from; i < to; i++) {
            rows[i] = firstRow + packed[i - from];
        }
        return firstRow + RowPacker.rowCount(packed);
    }

    /**
     * The marks that found no row: the last row holds them without labels, so labels never overlap, and marks
     * that overlap there become one cluster of them all: a burst of a thousand bands on one day is one "1000"
     * to click, not a thousand bands painted over each other.
     */
    private static List<Glyph> overflowRow(List<Glyph> rest, int row, LayoutStyle style, TimeScale scale) {
        rest.sort(Comparator.comparingDouble(Glyph::x0));
        List<Glyph> out = new ArrayList<>();
        int i = 0;
        while (i < rest.size()) {
            Glyph first = rest.get(i);
            double x0 = first.x0();
            double x1 = first.x1();
            double start = first.startTime();
            double end = first.endTime();
            int count = first.count();
            List<Integer> members = new ArrayList<>(first.members());
            int j = i + 1;
            while (j < rest.size() && rest.get(j).x0() <= x1 + ROW_GAP) {
                Glyph g = rest.get(j);
                x1 = Math.max(x1, g.x1());
                start = Math.min(start, g.startTime());
                end = Math.max(end, g.endTime());
                count += g.count();
                for (int m : g.members()) {
                    if (members.size() < SAMPLE) {
                        members.add(m);
                    }
                }
                j++;
            }
            if (j == i + 1) {
                out.add(new Glyph(first.item(), first.members(), first.lane(), row, first.x0(), first.x1(), first.y(),
                        "", first.labelX(), first.x1(), first.startTime(), first.endTime(), first.count()));
            } else {
                double cx = (Math.max(x0, 0) + Math.min(x1, scale.width())) / 2;
                double radius = clusterRadius(count, style);
                out.add(new Glyph(-1, members, first.lane(), row, cx - radius, cx + radius, 0, "", cx + radius,
                        cx + radius, start, end, count));
            }
            i = j;
        }
        return out;
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
