package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a body offset stands in the file the body was cut from. */
class ArticleLinesTest {
    private static final String RAW = "Titre\n\nPremier paragraphe.\n\n\nSecond paragraphe.\nPied de page\nTroisième.\n";

    @Test
    void anOffsetIsOnTheLineOfTheKeptParagraphItFallsIn() {
        List<LineRange> kept = List.of(new LineRange(3, 6), new LineRange(8, 8));
        Article a = Article.cut(RAW, kept);
        assertThat(a.body()).isEqualTo("Premier paragraphe.\n\nSecond paragraphe.\n\nTroisième.");
        assertThat(a.lineOf(kept, 0)).isEqualTo(3);
        assertThat(a.lineOf(kept, a.body().indexOf("paragraphe."))).isEqualTo(3);
        assertThat(a.lineOf(kept, a.body().indexOf("Second"))).isEqualTo(6);
        assertThat(a.lineOf(kept, a.body().indexOf("Troisième"))).as("line 7 was left out").isEqualTo(8);
    }
}
