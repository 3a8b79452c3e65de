package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.layout.LabelWidths;

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
}
