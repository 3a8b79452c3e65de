package org.sourceline.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void piecesEndAfterEachParagraphBreakAndGiveBackTheBodyExactly() {
        String body = "Premier paragraphe.\n\nDeuxième,\nsur deux lignes.\n\n\nTroisième.";

        List<String> pieces = SourceReader.paragraphs(body);

        assertThat(pieces).containsExactly("Premier paragraphe.\n\n", "Deuxième,\nsur deux lignes.\n\n\n",
                "Troisième.");
        assertThat(String.join("", pieces)).isEqualTo(body);
    }

    @Test
    void aBodyEndingWithABreakOrWithoutAnyIsOnePieceEach() {
        assertThat(SourceReader.paragraphs("Seul.\n\n")).containsExactly("Seul.\n\n");
        assertThat(SourceReader.paragraphs("Seul.")).containsExactly("Seul.");
        assertThat(SourceReader.paragraphs("")).isEmpty();
    }
}
