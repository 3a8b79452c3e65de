package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.ItemShape;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;

/** What the painter draws, recorded through the SVG canvas: one group per event, counts on clusters. */
class TimelinePainterTest {
    private static final double DAY = 86_400;

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static String paint(List<TimelineItem> items, TimeScale scale, int selected) {
        var lanes = Lanes.build(items, LaneMode.SINGLE, i -> List.of(), k -> k, "Tout");
        TimelineLayout layout = TimelineLayout.compute(scale, items, lanes, LayoutStyle.DEFAULT, Locale.FRENCH,
                s -> s.length() * 7.0);
        SvgCanvas2D svg = new SvgCanvas2D(scale.width(), 400, "sans", (t, size, bold) -> t.length() * 7.0);
        TimelinePainter.paint(svg, layout, items, PaintStyle.DEFAULT,
                new TimelinePainter.Highlights(selected, null, i -> false), scale.width(), 400, 0);
        return svg.document();
    }

    @Test
    void aSelectedLabelInsideItsBarIsCutAgainInBoldSoAsNotToRunPastTheBar() {
        // A month bar of 500 px: its 65-letter title fits in regular type (7 px a letter), not in bold (8 px).
        String title = "m".repeat(65);
        TimelineItem month = new TimelineItem("m", title, day(2022, 6, 1), day(2022, 7, 1), ItemShape.FUZZY,
                "meeting", false, false, false);
        TimeScale scale = new TimeScale(day(2022, 5, 20), 30 * DAY / 500, 1500);
        var lanes = Lanes.build(List.of(month), LaneMode.SINGLE, i -> List.of(), k -> k, "Tout");
        TimelineLayout layout = TimelineLayout.compute(scale, List.of(month), lanes, LayoutStyle.DEFAULT,
                Locale.FRENCH, s -> s.length() * 7.0);
        Glyph bar = layout.glyphs().get(0);
        assertThat(bar.label()).isEqualTo(title);

        String selected = paintWith(layout, List.of(month), 0);
        String plain = paintWith(layout, List.of(month), -1);

        assertThat(plain).contains(">" + title + "</text>");
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("font-weight=\"bold\"[^>]*>(m+…)</text>")
                .matcher(selected);
        assertThat(text.find()).as("the selected label, cut").isTrue();
        double room = bar.x1() - LayoutStyle.DEFAULT.labelGap() - bar.labelX();
        assertThat(text.group(1).length() * 8.0).isLessThanOrEqualTo(room);
        assertThat((text.group(1).length() + 1) * 8.0).isGreaterThan(room);
    }

    @Test
    void aSelectedLabelInABarPastTheEdgeOfTheViewEndsWithAnEllipsisInView() {
        String title = "m".repeat(100);
        TimelineItem month = new TimelineItem("m", title, day(2022, 6, 1), day(2022, 7, 1), ItemShape.FUZZY,
                "meeting", false, false, false);
        // The month starts 300 px before the right edge of a 1,000 px view and ends far past it.
        TimeScale scale = new TimeScale(day(2022, 6, 1) - 700 * (30 * DAY / 1500), 30 * DAY / 1500, 1000);
        var lanes = Lanes.build(List.of(month), LaneMode.SINGLE, i -> List.of(), k -> k, "Tout");
        TimelineLayout layout = TimelineLayout.compute(scale, List.of(month), lanes, LayoutStyle.DEFAULT,
                Locale.FRENCH, s -> s.length() * 7.0);
        Glyph bar = layout.glyphs().get(0);

        java.util.regex.Matcher text = java.util.regex.Pattern.compile("font-weight=\"bold\"[^>]*>(m+…)</text>")
                .matcher(paintWith(layout, List.of(month), 0));

        assertThat(text.find()).isTrue();
        assertThat(bar.labelX() + text.group(1).length() * 8.0).isLessThanOrEqualTo(1000);
    }

    @Test
    void aSelectedLabelBesideItsMarkIsCutAgainInBoldSoAsNotToRunIntoTheNextMark() {
        // Two marks in one row, each labelled beside it in regular type (7 px a letter); bold is 8 px a letter.
        String title = "m".repeat(30);
        TimelineItem first = new TimelineItem("a", title, day(2022, 6, 1), day(2022, 6, 2), ItemShape.POINT,
                "meeting", false, false, false);
        TimelineItem next = new TimelineItem("b", "Suite", day(2022, 6, 1) + 40 * DAY, day(2022, 6, 1) + 41 * DAY,
                ItemShape.POINT, "meeting", false, false, false);
        List<TimelineItem> items = List.of(first, next);
        TimeScale scale = new TimeScale(day(2022, 5, 20), DAY / 6, 1500);
        var lanes = Lanes.build(items, LaneMode.SINGLE, i -> List.of(), k -> k, "Tout");
        TimelineLayout layout = TimelineLayout.compute(scale, items, lanes, LayoutStyle.DEFAULT, Locale.FRENCH,
                s -> s.length() * 7.0);
        Glyph mark = layout.glyphs().stream().filter(g -> g.item() == 0).findFirst().orElseThrow();
        Glyph after = layout.glyphs().stream().filter(g -> g.item() == 1).findFirst().orElseThrow();
        assertThat(mark.labelX()).as("beside its mark").isGreaterThanOrEqualTo(mark.x1());
        assertThat(mark.label()).isEqualTo(title);
        assertThat(after.row()).as("the next mark shares the row").isEqualTo(mark.row());

        java.util.regex.Matcher text = java.util.regex.Pattern.compile("font-weight=\"bold\"[^>]*>(m+…)</text>")
                .matcher(paintWith(layout, items, 0));

        assertThat(text.find()).as("the selected label, cut").isTrue();
        double boldRight = mark.labelX() + text.group(1).length() * 8.0;
        assertThat(boldRight).isLessThanOrEqualTo(after.x0() - TimelineLayout.ROW_GAP / 2);
        assertThat(boldRight + 8).as("no shorter than it needs")
                .isGreaterThan(after.x0() - TimelineLayout.ROW_GAP / 2);
    }

    @Test
    void aSelectedLabelBesideItsMarkKeepsItsWholeTitleInBoldWhereThereIsRoom() {
        String title = "m".repeat(30);
        TimelineItem alone = dayMark(title);
        TimelineLayout layout = aloneInItsLane(alone);

        String svg = paintWith(layout, List.of(alone), 0);

        assertThat(svg).containsPattern("font-weight=\"bold\"[^>]*>" + title + "</text>");
    }

    @Test
    void aSelectedLabelCutInRegularTypeShowsMoreInBoldWhereThereIsRoom() {
        // 60 letters: 420 px in regular type, past the 240 a label beside its mark may take; 480 px in bold.
        String title = "m".repeat(60);
        TimelineItem alone = dayMark(title);
        TimelineLayout layout = aloneInItsLane(alone);
        assertThat(layout.glyphs().get(0).label()).endsWith("…");

        String svg = paintWith(layout, List.of(alone), 0);

        assertThat(svg).containsPattern("font-weight=\"bold\"[^>]*>" + title + "</text>");
    }

    /** A day on 1 June 2022, labelled beside its mark. */
    private static TimelineItem dayMark(String title) {
        return new TimelineItem("a", title, day(2022, 6, 1), day(2022, 6, 2), ItemShape.POINT, "meeting", false,
                false, false);
    }

    /** The mark alone in its lane, in a 1,500 px view of about ten days, at 7 px a letter. */
    private static TimelineLayout aloneInItsLane(TimelineItem item) {
        TimeScale scale = new TimeScale(day(2022, 5, 20), DAY / 6, 1500);
        var lanes = Lanes.build(List.of(item), LaneMode.SINGLE, i -> List.of(), k -> k, "Tout");
        return TimelineLayout.compute(scale, List.of(item), lanes, LayoutStyle.DEFAULT, Locale.FRENCH,
                s -> s.length() * 7.0);
    }

    private static String paintWith(TimelineLayout layout, List<TimelineItem> items, int selected) {
        SvgCanvas2D svg = new SvgCanvas2D(layout.scale().width(), 400, "sans",
                (t, size, bold) -> t.length() * (bold ? 8.0 : 7.0));
        TimelinePainter.paint(svg, layout, items, PaintStyle.DEFAULT,
                new TimelinePainter.Highlights(selected, null, i -> false), layout.scale().width(), 400, 0);
        return svg.document();
    }

    @Test
    void clustersAreDrawnWithTheirCountWhetherOrNotAnEventIsSelected() {
        List<TimelineItem> items = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            double start = day(2022, 5, 20) + i * DAY;
            items.add(new TimelineItem("e" + i, "Événement " + i, start, start + DAY, ItemShape.POINT, "meeting", false,
                    false, false));
        }
        items.add(new TimelineItem("far", "Loin", day(2023, 5, 1), day(2023, 5, 2), ItemShape.POINT, "visit", false,
                false, false));
        TimeScale scale = new TimeScale(day(2020, 1, 1), DAY, 1500);

        String nothingSelected = paint(items, scale, -1);
        String farSelected = paint(items, scale, 9);

        for (String svg : List.of(nothingSelected, farSelected)) {
            assertThat(svg).contains(">9</text>");
            assertThat(svg).contains("id=\"event-far\"");
        }
        assertThat(farSelected).contains("font-weight=\"bold\"");
    }

    @Test
    void everyVisibleEventIsAGroupWithItsTitle() {
        double may25 = day(2022, 5, 25);
        List<TimelineItem> items = List.of(
                new TimelineItem("a", "Première", may25, may25 + DAY, ItemShape.POINT, "meeting", false, false, false),
                new TimelineItem("b", "Seconde & <autre>", may25, may25 + DAY, ItemShape.POINT, "meeting", false,
                        true, false));

        String svg = paint(items, new TimeScale(may25 - 10 * DAY, DAY / 20, 1200), -1);

        assertThat(svg).contains("id=\"event-a\"").contains("<title>Première</title>")
                .contains("<title>Seconde &amp; &lt;autre&gt;</title>");
        assertThat(svg).doesNotContain("<autre>");
    }
}
