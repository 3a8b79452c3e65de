package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineItems;
import org.sourceline.layout.TimelineLayout;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;

class EraPaintingTest {
    private static final double WIDTH = 800;
    private static final double HEIGHT = 300;
    private static final double DAY = 86_400;

    private static final List<TimelineItem> ITEMS = List.of(
            TimelineItems.of("final", "Finale", EdtfDate.parse("2022-12-18"), "meeting"));
    private static final List<LaneSpec> LANES = List.of(new LaneSpec("meeting", "Réunions", List.of(0)));

    /** Eight weeks from 1 November 2022 across the canvas. */
    private static final TimeScale SCALE = new TimeScale(EdtfDate.parse("2022-11-01").earliestEpochSecond(),
            56 * DAY / WIDTH, WIDTH);

    private static String paint(List<EraSpan> eras) {
        TimelineLayout layout = TimelineLayout.compute(SCALE, ITEMS, LANES, LayoutStyle.DEFAULT, Locale.FRENCH,
                text -> text.length() * 7.0);
        SvgCanvas2D svg = SvgCanvas2D.measuringWith(WIDTH, HEIGHT, "sans-serif", text -> text.length() * 7.0);
        TimelinePainter.paint(svg, layout, ITEMS, eras, PaintStyle.DEFAULT, TimelinePainter.Highlights.NONE, WIDTH,
                HEIGHT, 0);
        return svg.document();
    }

    private static EraSpan era(String date, String color) {
        return EraSpan.of(new Era("coupe", "Coupe du monde 2022", EdtfDate.parse(date), null, color));
    }

    @Test
    void anEraIsALightBandAcrossTheLanesDrawnBeforeTheEvents() {
        String svg = paint(List.of(era("2022-11-20/2022-12-18", "#1f6feb")));

        Matcher band = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"46\" width=\"([0-9.]+)\" height=\"254\""
                + " fill=\"#1f6feb\" fill-opacity=\"0\\.102\"/>").matcher(svg);
        assertThat(band.find()).as("a band from under the axis to the bottom").isTrue();
        double x0 = Double.parseDouble(band.group(1));
        double w = Double.parseDouble(band.group(2));
        // 19 days after the start of the view, 29 days long (20 November to 18 December, both whole days).
        assertThat(x0).isCloseTo(19 * WIDTH / 56, org.assertj.core.data.Offset.offset(0.01));
        assertThat(w).isCloseTo(29 * WIDTH / 56, org.assertj.core.data.Offset.offset(0.01));
        assertThat(svg.indexOf(band.group())).isLessThan(svg.indexOf("<g class=\"event\" id=\"event-final\""));
        assertThat(svg).contains(">Coupe du monde 2022</text>");
    }

    @Test
    void anEraStillOpenRunsToTheRightEdge() {
        String svg = paint(List.of(era("2022-12-01/..", null)));

        Matcher band = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"46\" width=\"([0-9.]+)\" height=\"254\""
                + " fill=\"#7a8594\"").matcher(svg);
        assertThat(band.find()).isTrue();
        assertThat(Double.parseDouble(band.group(1)) + Double.parseDouble(band.group(2))).isEqualTo(WIDTH);
    }

    @Test
    void anEraOutOfViewDrawsNothingAndNoEraDrawsNoBand() {
        String without = paint(List.of());

        assertThat(paint(List.of(era("2021-01/2021-02", "#1f6feb")))).isEqualTo(without);
        assertThat(without).doesNotContain("Coupe du monde");
    }

    @Test
    void aNarrowBandsLabelRunsOnUntilTheNextBandWhereItIsShortened() {
        EraSpan narrow = era("2022-11-14/2022-11-15", null);
        EraSpan next = EraSpan.of(new Era("next", "Suite", EdtfDate.parse("2022-11-20/2022-11-30"), null, null));

        String alone = paint(List.of(narrow));
        String followed = paint(List.of(narrow, next));

        // Two days are 29 pixels; the label takes the room it needs beyond them...
        assertThat(alone).contains(">Coupe du monde 2022</text>");
        // ...but not past the start of the next band, six days on.
        assertThat(followed).doesNotContain(">Coupe du monde 2022<").containsPattern(">Coupe[^<]*…</text>")
                .contains(">Suite</text>");
    }

    @Test
    void labelsOfErasSeenFromAfarNeverOverlap() {
        EraSpan first = era("2022-11-20/2022-11-21", null);
        EraSpan second = EraSpan.of(new Era("other", "Autre période", EdtfDate.parse("2022-11-20/2022-11-22"), null,
                null));

        String svg = paint(List.of(first, second));

        assertThat(svg).contains(">Coupe du monde 2022</text>").doesNotContain(">Autre période</text>");
        assertThat(svg.split("fill-opacity=\"0\\.102\"/>", -1)).hasSize(3);
    }

    @Test
    void barsOverAnEraLetItsTintShowThroughAndBarsElsewhereAreOpaque() {
        List<TimelineItem> items = List.of(
                TimelineItems.of("inside", "Pendant", EdtfDate.parse("2022-11-25/2022-12-05"), "meeting"),
                TimelineItems.of("outside", "Avant", EdtfDate.parse("2022-11-02/2022-11-10"), "meeting"));
        List<LaneSpec> lanes = List.of(new LaneSpec("meeting", "Réunions", List.of(0, 1)));
        TimelineLayout layout = TimelineLayout.compute(SCALE, items, lanes, LayoutStyle.DEFAULT, Locale.FRENCH,
                text -> text.length() * 7.0);
        SvgCanvas2D svg = SvgCanvas2D.measuringWith(WIDTH, HEIGHT, "sans-serif", text -> text.length() * 7.0);
        TimelinePainter.paint(svg, layout, items, List.of(era("2022-11-20/2022-12-18", "#1f6feb")),
                PaintStyle.DEFAULT, TimelinePainter.Highlights.NONE, WIDTH, HEIGHT, 0);
        String doc = svg.document();

        String inside = group(doc, "inside");
        String outside = group(doc, "outside");
        // The bar is the group's first filled rectangle; the era's band beneath it is one of its own.
        assertThat(firstFill(inside)).as("over the era").contains("fill-opacity");
        assertThat(firstFill(outside)).as("on the plain lane").doesNotContain("fill-opacity");
        int color = CategoryColors.BY_ID.argb("meeting");
        assertThat(firstFill(outside)).contains(String.format("fill=\"#%06x\"",
                CategoryPalette.over(CategoryPalette.withAlpha(color, 0.28), PaintStyle.DEFAULT.background())
                        & 0xFFFFFF));
    }

    private static String group(String svg, String id) {
        int start = svg.indexOf("<g class=\"event\" id=\"event-" + id + "\"");
        assertThat(start).as("the group of " + id).isNotNegative();
        return svg.substring(start, svg.indexOf("</g>", start));
    }

    private static String firstFill(String group) {
        Matcher m = Pattern.compile("<(?:rect|path)[^>]* fill=\"#[0-9a-f]{6}\"[^>]*>").matcher(group);
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
