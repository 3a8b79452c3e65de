package org.sourceline.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Actor;
import org.sourceline.model.Change;

class EditHistoryTest {
    private static Edit edit(String name) {
        return new Edit(Edit.Kind.CREATE_ACTOR, name, new Change.OfActor(null, new Actor("a-" + name.toLowerCase(),
                name, List.of(), null)));
    }

    private final EditHistory history = new EditHistory();

    @Test
    void stepsAreUndoneAndRedoneInOrder() {
        Edit a = edit("A");
        Edit b = edit("B");
        history.done(a);
        history.done(b);

        assertThat(history.toUndo()).contains(b);
        assertThat(history.toRedo()).isEmpty();
        history.undone(b);
        assertThat(history.toUndo()).contains(a);
        assertThat(history.toRedo()).contains(b);
        history.undone(a);
        assertThat(history.toUndo()).isEmpty();
        assertThat(history.nextRedoProperty().get()).isEqualTo(a);
        history.redone(a);
        assertThat(history.toUndo()).contains(a);
        assertThat(history.toRedo()).contains(b);
    }

    @Test
    void aNewStepForgetsWhatWasUndone() {
        history.done(edit("A"));
        Edit b = edit("B");
        history.done(b);
        history.undone(b);

        Edit c = edit("C");
        history.done(c);

        assertThat(history.toUndo()).contains(c);
        assertThat(history.toRedo()).isEmpty();
        history.undone(c);
        assertThat(history.toUndo().map(Edit::subject)).contains("A");
    }

    @Test
    void aStepIsUndoneOnlyIfItIsStillTheNextOne() {
        Edit a = edit("A");
        Edit b = edit("B");
        history.done(a);
        history.done(b);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.undone(a))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.redone(b))
                .isInstanceOf(IllegalStateException.class);
        assertThat(history.toUndo()).contains(b);
    }

    @Test
    void aStepTheStoreRefusesIsDroppedWithThoseItStoodOn() {
        history.done(edit("A"));
        history.done(edit("B"));
        Edit c = edit("C");
        history.done(c);
        history.undone(c);

        history.dropUndo();

        assertThat(history.toUndo()).isEmpty();
        assertThat(history.toRedo().map(Edit::subject)).contains("C");
        history.dropRedo();
        assertThat(history.toRedo()).isEmpty();
    }

    @Test
    void undoingOrRedoingPastTheEndIsAnError() {
        assertThatThrownBy(() -> history.undone(edit("A"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> history.redone(edit("A"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStepIsNamedForTheEditMenuInBothLanguages() {
        Edit delete = new Edit(Edit.Kind.DELETE_EVENT, "Salon Milipol Qatar 2022", edit("x").change());

        assertThat(delete.describe(Messages.of(Locale.FRENCH))).isEqualTo("supprimer « Salon Milipol Qatar 2022 »");
        assertThat(delete.describe(Messages.of(Locale.ENGLISH))).isEqualTo("delete “Salon Milipol Qatar 2022”");
        for (Edit.Kind kind : Edit.Kind.values()) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                assertThat(new Edit(kind, "X", delete.change()).describe(Messages.of(locale))).contains("X");
            }
        }
    }
}
