package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTest {
    private static final String BODY = "Le Maroc aide le Qatar. Le Qatar remercie le Maroc.\n\n"
            + "Le ministre a reçu son homologue à Doha.";

    @Test
    void aSelectionIsQuotedWithoutTheSpacesAtItsEnds() {
        int start = BODY.indexOf(" Le Qatar remercie");
        List<Passage> passages = Passage.of(BODY, start, start + " Le Qatar remercie ".length());

        assertThat(passages).extracting(Passage::text).containsExactly("Le Qatar remercie");
        assertThat(passages.get(0).start()).isEqualTo(start + 1);
        assertThat(passages.get(0).unique()).isTrue();
    }

    @Test
    void aSelectionAcrossParagraphsIsOnePassagePerParagraphNeverALineBreak() {
        int start = BODY.indexOf("remercie");
        int end = BODY.indexOf(" à Doha");

        List<Passage> passages = Passage.of(BODY, start, end);

        assertThat(passages).extracting(Passage::text)
                .containsExactly("remercie le Maroc.", "Le ministre a reçu son homologue");
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text()).doesNotContain("\n");
            assertThat(BODY.substring(p.start(), p.end())).isEqualTo(p.text());
        });
    }

    @Test
    void wordsThatAlsoStandEarlierAreGrownUntilTheyStandNowhereBefore() {
        int second = BODY.indexOf("le Maroc.");
        List<Passage> passages = Passage.of(BODY, second + 3, second + 8);

        Passage p = passages.get(0);
        assertThat(p.text()).contains("Maroc");
        assertThat(BODY.indexOf(p.text())).isEqualTo(p.start());
        assertThat(p.unique()).isTrue();
        assertThat(p.start()).isLessThanOrEqualTo(second + 3);
        assertThat(p.end()).isGreaterThanOrEqualTo(second + 8);
    }

    @Test
    void aParagraphRepeatedWholeCannotBeMadeUniqueAndSaysSo() {
        String body = "Même phrase.\nMême phrase.";
        Passage p = Passage.of(body, 13, body.length()).get(0);

        assertThat(p.text()).isEqualTo("Même phrase.");
        assertThat(p.unique()).isFalse();
    }

    @Test
    void onlySpacesOrLineBreaksGiveNoPassage() {
        assertThat(Passage.of(BODY, BODY.indexOf("\n"), BODY.indexOf("\n") + 2)).isEmpty();
    }
}
