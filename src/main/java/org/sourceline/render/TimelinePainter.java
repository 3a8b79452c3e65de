package org.sourceline.render;

import java.util.List;
import java.util.function.IntPredicate;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.ItemColumns;
import org.sourceline.layout.ItemShape;
import org.sourceline.layout.LaneBox;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.Tick;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;

/**
 * Draws a laid-out timeline: lanes, grid, axis, then events and clusters, then selection on top. The screen and
 * every export call this same painter, so what is exported is what is seen.
 */
public final class TimelinePainter {
    /** What is highlighted: the selected event, the glyph under the pointer, and events to dim (none by default). */
    public record Highlights(int selectedItem, Glyph hovered, IntPredicate dimmed) {
        public static final Highlights NONE = new Highlights(-1, null, i -> false);
    }

    private TimelinePainter() {
    }

    /** The rounding of an interval bar's ends. */
    static final double BAR_ARC = 6;

    /** Drawn when an era names neither a colour nor a category. */
    static final int ERA_COLOR = 0xFF7A8594;

    /**
     * @param scrollY how far the lanes are scrolled up under the axis, which stays in place
     */
    public static void paint(Canvas2D g, TimelineLayout layout, List<TimelineItem> items, PaintStyle style,
                             Highlights highlights, double width, double height, double scrollY) {
        paint(g, layout, items, List.of(), CategoryColors.BY_ID, style, highlights, width, height, scrollY);
    }

    /**
     * @param eras periods drawn as bands behind the events, across every lane
     * @param scrollY how far the lanes are scrolled up under the axis, which stays in place
     */
    public static void paint(Canvas2D g, TimelineLayout layout, List<TimelineItem> items, List<EraSpan> eras,
                             PaintStyle style, Highlights highlights, double width, double height, double scrollY) {
        paint(g, layout, items, eras, CategoryColors.BY_ID, style, highlights, width, height, scrollY);
    }

    /**
     * @param eras periods drawn as bands behind the events, across every lane
     * @param colors the colour of each category, for events, clusters and the eras of a category
     * @param scrollY how far the lanes are scrolled up under the axis, which stays in place
     */
    public static void paint(Canvas2D g, TimelineLayout layout, List<TimelineItem> items, List<EraSpan> eras,
                             CategoryColors colors, PaintStyle style, Highlights highlights, double width,
                             double height, double scrollY) {
        LayoutStyle ls = layout.style();
        g.save();
        g.clipRect(0, 0, width, height);
        // Where the axis meets the lanes, both edges may fall part way through a device row (on a scaled screen):
        // a strip of background under them, so that the frame before cannot show through there.
        g.setFill(style.background());
        g.fillRect(0, ls.axisHeight() - 1, width, 2);
        g.save();
        g.clipRect(0, ls.axisHeight(), width, Math.max(0, height - ls.axisHeight()));
        g.translate(0, -scrollY);
        // Each era's extent in view (null when out of it), for its band and for the bars drawn over it.
        List<double[]> eraSpans = new java.util.ArrayList<>(eras.size());
        List<double[]> eraXs = new java.util.ArrayList<>();
        for (EraSpan era : eras) {
            double[] x = era.visibleX(layout.scale(), width);
            eraSpans.add(x);
            if (x != null) {
                eraXs.add(x);
            }
        }
        double[] covered = g.isRaster() ? coveredAreas(layout, items, eraXs, width, scrollY) : new double[0];
        paintGrounds(g, layout, style, width, height, scrollY, covered);
        paintLanes(g, layout, style, width);
        paintEras(g, layout, eras, eraSpans, colors, style, width, height + scrollY);
        paintGrid(g, layout, style, height + scrollY);
        for (Glyph glyph : layout.glyphs()) {
            if (glyph.isCluster() || glyph.item() != highlights.selectedItem()) {
                paintGlyph(g, layout, eraXs, glyph, items, colors, style, highlights, false);
            }
        }
        for (Glyph glyph : layout.glyphs()) {
            if (glyph.item() >= 0 && glyph.item() == highlights.selectedItem()) {
                paintGlyph(g, layout, eraXs, glyph, items, colors, style, highlights, true);
            }
        }
        paintLaneLabels(g, layout, style);
        g.restore();
        paintAxis(g, layout, style, width);
        g.restore();
    }

    /**
     * Fills each pixel under the axis with its lane's ground, the background where no lane is (the axis fills its
     * own band), and neither where an opaque bar will cover it (see {@link #coveredAreas}). Filling the background
     * everywhere and shading every other lane over it cost the software rasteriser the shaded lanes' area twice; at
     * one day, the bars of events lasting weeks cover most of the view again. Bounds fall on whole pixels of the
     * canvas, whatever the scroll: a fill that covered part of a row would let the frame before show through there.
     *
     * @param covered areas of the canvas left to the bars, four numbers each: left, top, right, bottom
     */
    private static void paintGrounds(Canvas2D g, TimelineLayout layout, PaintStyle style, double width,
                                     double height, double scrollY, double[] covered) {
        double bottom = height;
        double y = layout.style().axisHeight();
        List<LaneBox> lanes = layout.lanes();
        for (int i = 0; i < lanes.size() && y < bottom; i++) {
            LaneBox lane = lanes.get(i);
            double laneTop = Math.min(Math.round(lane.top() - scrollY), bottom);
            double laneBottom = Math.min(Math.round(lane.top() + lane.height() - scrollY), bottom);
            if (laneBottom <= y) {
                continue;
            }
            if (laneTop > y) {
                fillRows(g, style.background(), width, y, laneTop, scrollY, covered);
                y = laneTop;
            }
            fillRows(g, laneGround(i, style), width, y, laneBottom, scrollY, covered);
            y = laneBottom;
        }
        if (y < bottom) {
            fillRows(g, style.background(), width, y, bottom, scrollY, covered);
        }
    }

    /** Past this many covered areas across a band of rows, the band is filled whole: fills would outnumber pixels. */
    private static final int MAX_AREAS = 64;

    /**
     * Fills from canvas row {@code from} to {@code to} except the covered areas, drawing in the lanes' coordinates
     * (scrolled): in vertical stripes between the columns where areas begin or end, neighbouring stripes with the
     * same areas filled as one. Each fill runs one row and one column further, which the next fill or the covering
     * bar paints again: on a screen scaled by 125 or 150%, a whole logical pixel ends part way through a device
     * pixel, and that pixel must be covered by this fill before the next one blends over it.
     */
    private static void fillRows(Canvas2D g, int color, double width, double from, double to, double scrollY,
                                 double[] covered) {
        g.setFill(color);
        // The areas across these rows, and the columns where they begin or end.
        double[] areas = new double[Math.min(covered.length, 4 * MAX_AREAS)];
        int n = 0;
        for (int i = 0; i < covered.length; i += 4) {
            if (covered[i + 1] < to && covered[i + 3] > from) {
                if (n == areas.length) {
                    n = 0;   // too many to be worth it
                    break;
                }
                System.arraycopy(covered, i, areas, n, 4);
                n += 4;
            }
        }
        if (n == 0) {
            g.fillRect(0, from + scrollY, width, to - from + 1);
            return;
        }
        double[] xs = new double[2 + n / 2];
        int m = 0;
        xs[m++] = 0;
        xs[m++] = width;
        for (int i = 0; i < n; i += 4) {
            xs[m++] = areas[i];
            xs[m++] = areas[i + 2];
        }
        java.util.Arrays.sort(xs, 0, m);
        double[] spans = new double[n / 2];
        double[] previous = new double[n / 2];
        int previousCount = -1;
        double stripeLeft = 0;
        for (int k = 0; k + 1 < m; k++) {
            double left = xs[k];
            double right = xs[k + 1];
            if (right <= left) {
                continue;
            }
            // The rows covered across the whole stripe, in order.
            int count = 0;
            for (int i = 0; i < n; i += 4) {
                if (areas[i] <= left && areas[i + 2] >= right) {
                    spans[count++] = areas[i + 1];
                    spans[count++] = areas[i + 3];
                }
            }
            sortPairs(spans, count);
            if (count != previousCount || !java.util.Arrays.equals(spans, 0, count, previous, 0, count)) {
                if (previousCount >= 0) {
                    fillStripe(g, stripeLeft, left, from, to, scrollY, previous, previousCount);
                }
                System.arraycopy(spans, 0, previous, 0, count);
                previousCount = count;
                stripeLeft = left;
            }
        }
        fillStripe(g, stripeLeft, width, from, to, scrollY, previous, previousCount);
    }

    /** Fills a stripe from row {@code from} to {@code to}, less the covered rows (sorted pairs). */
    private static void fillStripe(Canvas2D g, double left, double right, double from, double to, double scrollY,
                                   double[] spans, int count) {
        double y = from;
        for (int i = 0; i < count && y < to; i += 2) {
            if (spans[i] > y) {
                g.fillRect(left, y + scrollY, right - left + 1, Math.min(spans[i], to) - y + 1);
            }
            y = Math.max(y, spans[i + 1]);
        }
        if (y < to) {
            g.fillRect(left, y + scrollY, right - left + 1, to - y + 1);
        }
    }

    /** Sorts the first {@code n} numbers, taken as pairs, by each pair's first (a few dozen at most). */
    private static void sortPairs(double[] pairs, int n) {
        for (int i = 2; i < n; i += 2) {
            double a = pairs[i];
            double b = pairs[i + 1];
            int j = i - 2;
            while (j >= 0 && pairs[j] > a) {
                pairs[j + 2] = pairs[j];
                pairs[j + 3] = pairs[j + 1];
                j -= 2;
            }
            pairs[j + 2] = a;
            pairs[j + 3] = b;
        }
    }

    /**
     * The areas of the canvas that opaque interval bars will cover, four numbers each (left, top, right, bottom):
     * at one day, dozens of bars of events lasting weeks cross most of the view, and the lane's ground under them
     * is never seen. Each area is the bar's straight part less a pixel on every side, on whole pixels, so that the
     * pixels where its edges and rounded ends blend over the ground still get the ground, also on a scaled screen;
     * areas narrower than 16 pixels are left out. A bar counts only when {@link #paintGlyph} fills it opaque: an
     * interval not over an era band, whose colour is blended over its lane's ground (opaque, as every
     * {@link PaintStyle} background is).
     */
    private static double[] coveredAreas(TimelineLayout layout, List<TimelineItem> items, List<double[]> eraXs,
                                 double width, double scrollY) {
        double r = layout.style().markerRadius();
        double[] areas = new double[0];
        int n = 0;
        for (Glyph glyph : layout.glyphs()) {
            if (glyph.item() < 0 || glyph.isCluster()) {
                continue;
            }
            double left = glyph.x0() + BAR_ARC + 1 <= 0 ? 0 : Math.ceil(glyph.x0() + BAR_ARC) + 1;
            double right = glyph.x1() - BAR_ARC - 1 >= width ? width : Math.floor(glyph.x1() - BAR_ARC) - 1;
            double top = Math.ceil(glyph.y() - r - 1 - scrollY) + 1;
            double bottom = Math.floor(glyph.y() + r + 1 - scrollY) - 1;
            if (right - left < 16 || bottom - top < 2 || overEra(glyph, eraXs)
                    || items.get(glyph.item()).shape() != ItemShape.INTERVAL) {
                continue;
            }
            if (n + 4 > areas.length) {
                areas = java.util.Arrays.copyOf(areas, Math.max(16, areas.length * 2));
            }
            areas[n++] = left;
            areas[n++] = top;
            areas[n++] = right;
            areas[n++] = bottom;
        }
        return java.util.Arrays.copyOf(areas, n);
    }

    private static void paintLanes(Canvas2D g, TimelineLayout layout, PaintStyle style, double width) {
        List<LaneBox> lanes = layout.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            LaneBox lane = lanes.get(i);
            g.setStroke(style.gridMajor(), 1);
            g.setLineDash();
            g.strokeLine(0, Math.floor(lane.top() + lane.height()) + 0.5, width,
                    Math.floor(lane.top() + lane.height()) + 0.5);
        }
    }

    /**
     * A light band per era behind everything the lanes hold, its label in the first lane's header row, where no
     * event is drawn; labels start after that lane's own label.
     *
     * @param visible each era's extent in view, null when out of it
     */
    private static void paintEras(Canvas2D g, TimelineLayout layout, List<EraSpan> eras, List<double[]> visible,
                                  CategoryColors colors, PaintStyle style, double width, double bottom) {
        if (eras.isEmpty()) {
            return;
        }
        LayoutStyle ls = layout.style();
        double top = ls.axisHeight();
        double size = style.fontSize() - 1;
        double labelsFrom = 0;
        if (!layout.lanes().isEmpty()) {
            labelsFrom = g.textWidth(layout.lanes().get(0).label(), size, true) + 20;
        }
        double lastLabelRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < eras.size(); i++) {
            EraSpan era = eras.get(i);
            double[] x = visible.get(i);
            if (x == null) {
                continue;
            }
            int color = eraColor(era, colors);
            g.setFill(CategoryPalette.withAlpha(color, 0.10));
            g.fillRect(x[0], top, x[1] - x[0], bottom - top);
            g.setStroke(CategoryPalette.withAlpha(color, 0.45), 1);
            g.setLineDash();
            if (layout.scale().xFor(era.start()) >= 0) {
                g.strokeLine(Math.floor(x[0]) + 0.5, top, Math.floor(x[0]) + 0.5, bottom);
            }
            if (layout.scale().xFor(era.end()) <= width) {
                g.strokeLine(Math.floor(x[1]) - 0.5, top, Math.floor(x[1]) - 0.5, bottom);
            }
            double labelX = Math.max(x[0], labelsFrom) + 6;
            // A band too narrow for its label lends it the room up to the next band that starts after it.
            double roomEnd = width;
            for (double[] other : visible) {
                if (other != null && other[0] > labelX && other[0] < roomEnd) {
                    roomEnd = other[0];
                }
            }
            String label = fitted(g, era.label(), Math.max(x[1], Math.min(roomEnd, labelX + 240)) - labelX - 4,
                    size);
            // Eras seen from afar start at almost the same pixel: the band stays, a label over another goes.
            if (!label.isEmpty() && labelX >= lastLabelRight + 6) {
                lastLabelRight = labelX + g.textWidth(label, size, false);
                g.setFill(CategoryPalette.withAlpha(style.laneLabel(), 0.8));
                g.fillText(label, labelX, top + ls.laneHeaderHeight() - 5, size, false, Canvas2D.Align.LEFT);
            }
        }
    }

    static int eraColor(EraSpan era, CategoryColors colors) {
        if (era.color() != null) {
            return 0xFF000000 | Integer.parseInt(era.color().substring(1), 16);
        }
        return era.category() != null ? colors.argb(era.category()) : ERA_COLOR;
    }

    /** The label cut with an ellipsis to fit, or nothing when not even a few letters fit. */
    private static String fitted(Canvas2D g, String label, double room, double size) {
        return fitted(g, label, room, size, false);
    }

    /** The longest cut of the label that fits the room, as the layout cuts; "" when less than three letters would. */
    private static String fitted(Canvas2D g, String label, double room, double size, boolean bold) {
        String cut = TimelineLayout.fit(label, room, text -> g.textWidth(text, size, bold));
        return cut.endsWith("…") && !cut.equals(label) && cut.length() - 1 < 3 ? "" : cut;
    }

    private static void paintLaneLabels(Canvas2D g, TimelineLayout layout, PaintStyle style) {
        for (LaneBox lane : layout.lanes()) {
            double w = g.textWidth(lane.label(), style.fontSize() - 1, true);
            g.setFill(CategoryPalette.withAlpha(style.background(), 0.85));
            g.fillRoundRect(2, lane.top() + 2, w + 12, layout.style().laneHeaderHeight() - 3, 6);
            g.setFill(style.laneLabel());
            g.fillText(lane.label(), 8, lane.top() + layout.style().laneHeaderHeight() - 5, style.fontSize() - 1, true,
                    Canvas2D.Align.LEFT);
        }
    }

    private static void paintGrid(Canvas2D g, TimelineLayout layout, PaintStyle style, double height) {
        double top = layout.style().axisHeight();
        g.setLineDash();
        g.setStroke(style.gridMinor(), 1);
        for (Tick t : layout.ticks().minor()) {
            double x = Math.floor(t.x()) + 0.5;
            g.strokeLine(x, top, x, height);
        }
        g.setStroke(style.gridMajor(), 1);
        for (Tick t : layout.ticks().major()) {
            if (t.x() >= 0) {
                double x = Math.floor(t.x()) + 0.5;
                g.strokeLine(x, top, x, height);
            }
        }
    }

    private static void paintAxis(Canvas2D g, TimelineLayout layout, PaintStyle style, double width) {
        double h = layout.style().axisHeight();
        g.setFill(style.axisBackground());
        g.fillRect(0, 0, width, h);
        g.setStroke(style.gridMajor(), 1);
        g.setLineDash();
        g.strokeLine(0, h - 0.5, width, h - 0.5);
        g.strokeLine(0, h / 2 - 0.5, width, h / 2 - 0.5);
        double size = style.fontSize();
        List<Tick> major = layout.ticks().major();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < major.size(); i++) {
            Tick t = major.get(i);
            double labelWidth = g.textWidth(t.label(), size, true);
            double x = Math.max(t.x(), 0) + 6;
            // A label pinned at the left edge gives way to the next one as it arrives.
            if (i + 1 < major.size()) {
                x = Math.min(x, major.get(i + 1).x() - labelWidth - 10);
            }
            if (x < 2 && t.x() < 0) {
                continue;   // a pinned label pushed off by the next one: the next one says it now
            }
            if (t.x() >= 0) {
                g.setStroke(style.gridMajor(), 1);
                g.strokeLine(Math.floor(t.x()) + 0.5, 0, Math.floor(t.x()) + 0.5, h);
            }
            if (x < lastRight + 8) {
                continue;   // majors closer than their labels (days seen from afar): the tick stays, the label goes
            }
            g.setFill(style.axisText());
            g.fillText(t.label(), x, h / 2 - 7, size, true, Canvas2D.Align.LEFT);
            lastRight = x + labelWidth;
        }
        for (Tick t : layout.ticks().minor()) {
            g.setStroke(style.gridMajor(), 1);
            g.strokeLine(Math.floor(t.x()) + 0.5, h - 6, Math.floor(t.x()) + 0.5, h);
            g.setFill(style.axisText());
            g.fillText(t.label(), t.x() + 4, h - 8, size - 1, false, Canvas2D.Align.LEFT);
        }
    }

    /** @param eraXs the visible extent of each era band, drawn before the glyphs */
    private static void paintGlyph(Canvas2D g, TimelineLayout layout, List<double[]> eraXs, Glyph glyph,
                                   List<TimelineItem> items, CategoryColors colors, PaintStyle style,
                                   Highlights highlights, boolean selected) {
        LayoutStyle ls = layout.style();
        if (glyph.item() == TimelineLayout.DENSITY) {
            paintDensity(g, glyph, items, colors, ls, highlights);
            return;
        }
        if (glyph.isCluster()) {
            paintCluster(g, glyph, items, colors, style, highlights);
            return;
        }
        TimelineItem item = items.get(glyph.item());
        boolean dimmed = highlights.dimmed().test(glyph.item());
        int color = colors.argb(item.category());
        if (dimmed) {
            color = CategoryPalette.withAlpha(color, 0.25);
        }
        double y = glyph.y();
        double r = ls.markerRadius();
        g.beginGroup(item.id(), item.label());
        // Bars are opaque, their colour blended over the lane under them (see CategoryPalette.over); over an era
        // band, whose tint must show through, they stay translucent (under = 0: not known).
        int ground = overEra(glyph, eraXs) ? 0 : laneGround(glyph.lane(), style);
        int under = ground;
        String label = glyph.label();
        double right = glyph.right();
        if (selected && !label.isEmpty() && glyph.labelX() < glyph.x1()) {
            // A label inside its bar was cut to the bar's part in view in regular type: in bold, it is cut again
            // so as not to run past the bar's end or the edge of the view.
            // Never less than any label may take, as in the layout: a bar barely in view keeps a label, clipped.
            double end = Math.min(glyph.x1(), layout.scale().width());
            label = fitted(g, TimelineLayout.labelText(item),
                    Math.max(ls.maxLabelWidth(), end - ls.labelGap() - glyph.labelX()), style.fontSize(), true);
        } else if (selected && !label.isEmpty()) {
            // A label beside its mark, in bold, takes the room free before the next mark of its row (keeping the
            // gap the layout keeps, which the highlight behind it runs into) or the edge of the view, and at least
            // what its regular type had: the whole title where there is room, cut again where bold would run into
            // what follows.
            double end = Math.min(nextInRow(layout, glyph) - TimelineLayout.ROW_GAP, layout.scale().width());
            String bold = fitted(g, TimelineLayout.labelText(item),
                    Math.max(end - glyph.labelX(), g.textWidth(label, style.fontSize(), false)), style.fontSize(),
                    true);
            // A title too short to cut keeps its regular text, in bold.
            label = bold.isEmpty() ? label : bold;
            right = Math.max(right, glyph.labelX() + g.textWidth(label, style.fontSize(), true));
        }
        if (selected || glyph == highlights.hovered()) {
            int highlight = selected ? CategoryPalette.withAlpha(style.selection(), 0.18) : style.hover();
            g.setFill(highlight);
            g.fillRoundRect(glyph.x0() - 4, y - ls.rowHeight() / 2 + 1, right - glyph.x0() + 8,
                    ls.rowHeight() - 2, 8);
            under = ground == 0 ? 0 : CategoryPalette.over(highlight, ground);
        }
        switch (item.shape()) {
            case POINT:
                if (glyph.x1() - glyph.x0() > 2 * r + 0.5) {
                    // A whole day seen up close: a band over the day, not a falsely exact instant; square, between
                    // the two marks of the day's bounds (and a plain rectangle costs the rasteriser next to nothing).
                    g.setFill(CategoryPalette.onGround(CategoryPalette.withAlpha(color, dimmed ? 0.12 : 0.35), under));
                    g.fillRect(glyph.x0(), y - r - 1, glyph.x1() - glyph.x0(), 2 * r + 2);
                    g.setStroke(color, 1.5);
                    g.setLineDash();
                    g.strokeLine(glyph.x0(), y - r - 1, glyph.x0(), y + r + 1);
                    g.strokeLine(glyph.x1(), y - r - 1, glyph.x1(), y + r + 1);
                } else {
                    paintPoint(g, glyph, item, color, r, style);
                }
                break;
            case INTERVAL:
                int inside = CategoryPalette.onGround(CategoryPalette.withAlpha(color, dimmed ? 0.1 : 0.28), under);
                g.setFill(inside);
                g.fillRoundRect(glyph.x0(), y - r - 1, glyph.x1() - glyph.x0(), 2 * r + 2, BAR_ARC);
                g.setStroke(color, 1.5);
                if (item.approximate() || item.uncertain()) {
                    g.setLineDash(4, 3);
                    g.strokeRoundRect(glyph.x0(), y - r - 1, glyph.x1() - glyph.x0(), 2 * r + 2, BAR_ARC);
                    g.setLineDash();
                } else {
                    g.setLineDash();
                    g.strokeRoundRect(glyph.x0(), y - r - 1, glyph.x1() - glyph.x0(), 2 * r + 2, BAR_ARC, inside,
                            under);
                }
                break;
            case FUZZY:
            default:
                double w = glyph.x1() - glyph.x0();
                double fade = Math.min(w / 3, 24);
                g.fillFadedRect(glyph.x0(), y - r - 1, w, 2 * r + 2,
                        CategoryPalette.withAlpha(color, dimmed ? 0.12 : 0.45), under, fade, fade);
                g.setStroke(CategoryPalette.withAlpha(color, dimmed ? 0.3 : 0.9), 1);
                g.setLineDash(3, 3);
                g.strokeLine(glyph.x0() + fade, y - r - 1.5, glyph.x1() - fade, y - r - 1.5);
                g.strokeLine(glyph.x0() + fade, y + r + 1.5, glyph.x1() - fade, y + r + 1.5);
                g.setLineDash();
                break;
        }
        if (item.openEnd()) {
            double x = glyph.x1();
            // A tail fading out after the start: the end is unknown. Thin, so that the label over it stays legible.
            // The tail runs past the highlight, which ends with the label: it fades into the lane.
            g.fillFadedRect(x, y - 1.5, 40, 3, CategoryPalette.withAlpha(color, 0.6), ground, 0, 34);
        }
        if (selected) {
            g.setStroke(style.selection(), 2.5);
            g.setLineDash();
            if (item.shape() == ItemShape.POINT && glyph.x1() - glyph.x0() <= 2 * r + 0.5) {
                g.strokeOval(glyph.centerX() - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            } else {
                g.strokeRoundRect(glyph.x0() - 2, y - r - 3, glyph.x1() - glyph.x0() + 4, 2 * r + 6, 8);
            }
        }
        if (!label.isEmpty()) {
            g.setFill(dimmed ? CategoryPalette.withAlpha(style.text(), 0.35) : style.text());
            g.fillText(label, glyph.labelX(), y + style.fontSize() * 0.35, style.fontSize(), selected,
                    Canvas2D.Align.LEFT);
        }
        g.endGroup();
    }

    /** Where the next glyph of the same row of the same lane begins (infinity when none follows). */
    private static double nextInRow(TimelineLayout layout, Glyph glyph) {
        double next = Double.POSITIVE_INFINITY;
        for (Glyph other : layout.glyphs()) {
            if (other.lane() == glyph.lane() && other.row() == glyph.row() && other.x0() > glyph.x0()) {
                next = Math.min(next, other.x0());
            }
        }
        return next;
    }

    /** Whether the glyph's bar, or the tail of an open end after it, lies over an era band. */
    private static boolean overEra(Glyph glyph, List<double[]> eraXs) {
        double right = Math.max(glyph.right(), glyph.x1() + 40);
        for (double[] x : eraXs) {
            if (x[1] > glyph.x0() && x[0] < right) {
                return true;
            }
        }
        return false;
    }

    /** The opaque colour of a lane where nothing is drawn: every other lane is shaded. */
    static int laneGround(int lane, PaintStyle style) {
        return lane % 2 == 1 ? CategoryPalette.over(style.laneShade(), style.background()) : style.background();
    }

    private static void paintPoint(Canvas2D g, Glyph glyph, TimelineItem item, int color, double r, PaintStyle style) {
        double cx = glyph.centerX();
        double y = glyph.y();
        if (item.uncertain()) {
            // An uncertain date is an open ring: the event is there, its date less so.
            g.setFill(style.background());
            g.fillOval(cx - r, y - r, 2 * r, 2 * r);
            g.setStroke(color, 2);
            g.setLineDash();
            g.strokeOval(cx - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
        } else {
            g.setFill(color);
            g.fillOval(cx - r, y - r, 2 * r, 2 * r);
        }
        if (item.approximate()) {
            g.setStroke(color, 1);
            g.setLineDash(2, 2);
            g.strokeOval(cx - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            g.setLineDash();
        }
    }

    /**
     * A bar of a density strip: its height grows with the logarithm of its count, full at ten thousand events
     * in its slice, and even one event shows.
     */
    private static void paintDensity(Canvas2D g, Glyph glyph, List<TimelineItem> items, CategoryColors colors,
                                     LayoutStyle ls, Highlights highlights) {
        // The category from the columns: a strip has a thousand bars, and no item needs building for a colour.
        int color = colors.argb(ItemColumns.of(items).categoryOf(glyph.members().get(0)));
        boolean dimmed = highlights.dimmed().test(glyph.members().get(0));
        double share = Math.min(1, Math.log10(glyph.count() + 1) / 4);
        double room = ls.rowHeight() - 2;
        double h = 3 + (room - 3) * share;
        double bottom = glyph.y() + room / 2;
        if (glyph == highlights.hovered()) {
            g.setFill(CategoryPalette.withAlpha(color, 0.25));
            g.fillRect(glyph.x0(), bottom - room, glyph.x1() - glyph.x0(), room);
        }
        // Opaque unless dimmed: the software rasteriser fills an opaque rectangle without blending.
        g.setFill(dimmed ? CategoryPalette.withAlpha(color, 0.25) : color);
        g.fillRect(glyph.x0(), bottom - h, glyph.x1() - glyph.x0(), h);
    }

    private static void paintCluster(Canvas2D g, Glyph glyph, List<TimelineItem> items, CategoryColors colors,
                                     PaintStyle style, Highlights highlights) {
        String category = items.get(glyph.members().get(0)).category();
        boolean oneCategory = glyph.members().stream().allMatch(i -> items.get(i).category().equals(category));
        int color = oneCategory ? colors.argb(category) : 0xFF59636E;
        // A cluster fades only when none of its events is wanted: one match inside is reason enough to open it.
        if (glyph.members().stream().allMatch(i -> highlights.dimmed().test(i))) {
            color = CategoryPalette.withAlpha(color, 0.3);
        }
        double r = (glyph.x1() - glyph.x0()) / 2;
        double cx = glyph.centerX();
        if (glyph == highlights.hovered()) {
            g.setFill(style.hover());
            g.fillOval(cx - r - 4, glyph.y() - r - 4, 2 * r + 8, 2 * r + 8);
        }
        g.setFill(CategoryPalette.withAlpha(color, 0.25));
        g.fillOval(cx - r - 2, glyph.y() - r - 2, 2 * r + 4, 2 * r + 4);
        g.setFill(color);
        g.fillOval(cx - r + 1, glyph.y() - r + 1, 2 * r - 2, 2 * r - 2);
        g.setFill(0xFFFFFFFF);
        g.fillText(String.valueOf(glyph.count()), cx, glyph.y() + style.fontSize() * 0.35, style.fontSize() - 1, true,
                Canvas2D.Align.CENTER);
    }
}
