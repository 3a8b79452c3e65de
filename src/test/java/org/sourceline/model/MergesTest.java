package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergesTest {
    private static final Actor KEPT = new Actor("hammouchi", "Abdellatif Hammouchi", List.of("A. Hammouchi"), null);
    private static final Actor GONE = new Actor("hamouchi", "Abdellatif Hamouchi", List.of("A. Hammouchi", "DGSN"),
            "Directeur général de la sûreté nationale");

    private static Event naming(String id, List<String> actors) {
        return new Event(id, "Titre", null, "Résumé.", EdtfDate.parse("2022-05-24"), null, "rencontre", actors,
                List.of(), List.of(), List.of(new Citation("source", "citation")), null);
    }

    @Test
    void theMergedNameAndSpellingsBecomeOtherSpellingsOfTheKeptOneEachOnce() {
        assertThat(Merges.aliases("Abdellatif Hammouchi", List.of("A. Hammouchi"), "Abdellatif Hamouchi",
                List.of("A. Hammouchi", "Abdellatif Hammouchi", "DGSN")))
                .containsExactly("A. Hammouchi", "Abdellatif Hamouchi", "DGSN");
    }

    @Test
    void anEventNamingBothNamesTheKeptOneOnceWhereTheFirstStood() {
        assertThat(Merges.replaced(List.of("x", "hamouchi", "y", "hammouchi"), "hamouchi", "hammouchi"))
                .containsExactly("x", "hammouchi", "y");
    }

    @Test
    void theChangeGivesTheKeptActorTheNamesEditsEachEventThenDeletesTheMergedOne() {
        Event one = naming("un", List.of("hamouchi"));
        Event both = naming("deux", List.of("hammouchi", "hamouchi"));

        Change merge = Merges.actors(GONE, KEPT, List.of(one, both));

        List<Change> parts = merge.parts();
        assertThat(parts).hasSize(4);
        Actor after = ((Change.OfActor) parts.get(0)).after();
        assertThat(after.aliases()).containsExactly("A. Hammouchi", "Abdellatif Hamouchi", "DGSN");
        assertThat(after.description()).isEqualTo(GONE.description());
        assertThat(((Change.OfEvent) parts.get(1)).after().actors()).containsExactly("hammouchi");
        assertThat(((Change.OfEvent) parts.get(2)).after().actors()).containsExactly("hammouchi");
        assertThat(parts.get(3)).isEqualTo(new Change.OfActor(GONE, null));
        assertThat(merge.inverse().parts().get(0)).isEqualTo(new Change.OfActor(null, GONE));
    }

    @Test
    void anActorIsNotMergedIntoItself() {
        assertThatThrownBy(() -> Merges.actors(KEPT, KEPT, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
