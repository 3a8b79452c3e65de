package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Locale;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.ItemShape;
import org.sourceline.layout.LabelWidths;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;

class TextWidthsTest {
    private final List<String> measured = new ArrayList<>();
    /** Seven pixels a character, and every measure noted. */
    private final TextWidths widths = new TextWidths(text -> {
        measured.add(text);
        return text.length() * 7.0;
    });

    @Test
    void aLabelThatFitsIsKeptWhole() {
        LabelWidths.Fit fit = widths.fit("Sommet", 100);

        assertThat(fit.label()).isEqualTo("Sommet");
        assertThat(fit.width()).isEqualTo(42);
    }

    @Test
    void aLongLabelIsCutAsThePlainCutWould() {
        String text = "Réunion des ministres de l'intérieur";
        LabelWidths plain = LabelWidths.of(t -> t.length() * 7.0);

        LabelWidths.Fit fit = widths.fit(text, 100);

        assertThat(fit.label()).isEqualTo(plain.fitted(text, 100)).endsWith("…");
        assertThat(fit.width()).isLessThanOrEqualTo(100).isEqualTo(fit.label().length() * 7.0);
    }

    @Test
    void aCutIsRememberedAndNotMeasuredAgain() {
        String text = "Réunion des ministres de l'intérieur";
        LabelWidths.Fit first = widths.fit(text, 100);
        int measures = measured.size();

        LabelWidths.Fit again = widths.fit(text, 100);

        assertThat(measures).isGreaterThan(1);
        assertThat(again).isEqualTo(first);
        assertThat(measured).hasSize(measures);
    }

    @Test
    void anotherWidthCutsAgain() {
        String text = "Réunion des ministres de l'intérieur";
        LabelWidths.Fit narrow = widths.fit(text, 100);

        LabelWidths.Fit wide = widths.fit(text, 1000);

        assertThat(narrow.label()).endsWith("…");
        assertThat(wide.label()).isEqualTo(text);
    }

    @Test
    void onlyTheCutLabelsWidthIsRememberedNotThePrefixesTriedOnTheWay() {
        String text = "Réunion des ministres de l'intérieur";
        LabelWidths.Fit fit = widths.fit(text, 100);
        String tried = measured.stream().filter(t -> t.endsWith("…") && !t.equals(fit.label())).findFirst()
                .orElseThrow();
        measured.clear();

        widths.applyAsDouble(fit.label());
        widths.applyAsDouble(tried);

        assertThat(measured).containsExactly(tried);
    }

    @Test
    void aBarCutByTheEdgeOfTheViewIsNotCutAgainAtEveryPixelOfAPan() {
        double day = 1_653_436_800;   // 25 May 2022
        String title = "Coopération entre les services de sécurité ".repeat(4).strip();
        // A month at 2,000 s a pixel: a bar of 1,296 px, longer than the 1,000 px view, its label longer still.
        TimelineItem month = new TimelineItem("m", title, day, day + 30 * 86_400, ItemShape.FUZZY, "meeting", false,
                false, false);
        List<LaneSpec> lanes = Lanes.build(List.of(month), LaneMode.SINGLE, i -> List.of(), k -> k, "Tout");
        for (int x = 0; x < 48; x++) {
            // The view moves right a pixel at a time: the bar's part in view, and its label's room, grow by one.
            TimeScale scale = new TimeScale(day - 400 * 2_000 + x * 2_000, 2_000, 1000);
            List<Glyph> glyphs = TimelineLayout.compute(scale, List.of(month), lanes, LayoutStyle.DEFAULT,
                    Locale.FRENCH, widths).glyphs();
            assertThat(glyphs.get(0).label()).endsWith("…");
        }
        // The whole title is measured once to find it does not fit, then once by each new cut: one cut per 8 px of
        // room, not one at each of the 48 steps.
        assertThat(measured.stream().filter(title::equals).count()).isBetween(2L, 8L);
    }
}
