package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Change;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.store.RefusedChangeException;
import org.sourceline.store.Store;
import org.sourceline.ui.detail.SeedStore;
import org.sourceline.ui.edit.Edit;

/** The window's model without the toolkit: changes applied, undone and redone, and what follows them. */
class WindowModelTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";

    @TempDir
    Path dir;

    private StoreAccess access;
    private WindowModel model;
    private final List<Change> heard = new ArrayList<>();

    @BeforeEach
    void seedStore() throws Exception {
        access = SeedStore.in(dir);
        model = new WindowModel(Background.synchronous(), access, Locale.FRENCH);
        model.onChange(heard::add);
        model.load().get();
    }

    private Event milipol() throws Exception {
        try (Store store = access.open()) {
            return store.event(MILIPOL).orElseThrow();
        }
    }

    private Event retitled(Event e, String title) {
        return new Event(e.id(), title, e.titleEn(), e.summary(), EdtfDate.parse("2022-06-01"), null, e.category(),
                e.actors(), e.places(), e.tags(), e.citations(), e.note());
    }

    @Test
    void aChangeIsAppliedFollowedInMemoryAndUndoneAndRedoneByName() throws Exception {
        Event before = milipol();
        Event after = retitled(before, "Salon déplacé");
        Edit edit = new Edit(Edit.Kind.EDIT_EVENT, before.title(), Change.edit(before, after));

        model.apply(edit).get();

        assertThat(milipol()).isEqualTo(after);
        assertThat(model.events().items().get(model.events().indexOf(MILIPOL)).label()).isEqualTo("Salon déplacé");
        assertThat(model.selectedEventId()).isEqualTo(MILIPOL);
        assertThat(model.edits().nextUndoProperty().get()).isEqualTo(edit);
        assertThat(model.noticeProperty().get()).isEqualTo("Fait : modifier « Salon « Milipol Qatar 2022 » »");
        assertThat(heard).containsExactly(edit.change());

        model.undo().get();
        assertThat(milipol()).isEqualTo(before);
        assertThat(model.edits().nextUndoProperty().get()).isNull();
        assertThat(model.edits().nextRedoProperty().get()).isEqualTo(edit);
        assertThat(model.noticeProperty().get()).startsWith("Annulé : modifier");

        model.redo().get();
        assertThat(milipol()).isEqualTo(after);
        assertThat(model.events().indexOf(MILIPOL)).isNotNegative();
    }

    @Test
    void aDeletedEventSelectedIsNoLongerSelectedAndComesBackSelected() throws Exception {
        Event before = milipol();
        model.selectedEventIdProperty().set(MILIPOL);

        model.apply(new Edit(Edit.Kind.DELETE_EVENT, before.title(), Change.delete(before))).get();

        assertThat(model.selectedEventId()).isNull();
        assertThat(model.events().indexOf(MILIPOL)).isEqualTo(-1);
        assertThat(model.events().size()).isEqualTo(12);
        model.undo().get();
        assertThat(model.selectedEventId()).isEqualTo(MILIPOL);
        assertThat(model.events().size()).isEqualTo(13);
    }

    @Test
    void aChangeTheStoreRefusesChangesNothingAndIsNotRecorded() throws Exception {
        Event before = milipol();
        Event wrong = new Event(before.id(), before.title(), null, before.summary(), before.date(), null,
                before.category(), before.actors(), before.places(), before.tags(),
                List.of(new org.sourceline.model.Citation(before.citations().get(0).sourceId(), "pas dans l’article")),
                null);

        ExecutionException failed = catchThrowableOfType(ExecutionException.class,
                () -> model.apply(new Edit(Edit.Kind.EDIT_EVENT, before.title(), Change.edit(before, wrong))).get());

        assertThat(failed.getCause()).isInstanceOf(RefusedChangeException.class);
        assertThat(model.edits().nextUndoProperty().get()).isNull();
        assertThat(milipol()).isEqualTo(before);
        assertThat(heard).isEmpty();
    }

    @Test
    void anUndoTheStoreNoLongerAcceptsIsDroppedWithASayingWhy() throws Exception {
        Event before = milipol();
        Event after = retitled(before, "Premier");
        model.apply(new Edit(Edit.Kind.EDIT_EVENT, before.title(), Change.edit(before, after))).get();
        // Someone else (another window, an import) changes the event meanwhile.
        try (Store store = access.open()) {
            store.apply(Change.edit(after, retitled(before, "Second")));
        }

        ExecutionException failed = catchThrowableOfType(ExecutionException.class, () -> model.undo().get());

        assertThat(failed.getCause()).isInstanceOfSatisfying(RefusedChangeException.class,
                r -> assertThat(r.reason()).isEqualTo(RefusedChangeException.Reason.CHANGED_SINCE));
        assertThat(model.edits().nextUndoProperty().get()).isNull();
        assertThat(model.noticeProperty().get()).contains("modifié ailleurs depuis sa lecture");
        assertThat(milipol().title()).isEqualTo("Second");
    }

    @Test
    void anotherLanguageKeepsTheHistoryAndTheSession() throws Exception {
        Event before = milipol();
        model.apply(new Edit(Edit.Kind.DELETE_EVENT, before.title(), Change.delete(before))).get();

        WindowModel english = model.inLanguage(Locale.ENGLISH);
        english.load().get();

        assertThat(english.edits().nextUndoProperty().get().describe(english.messages()))
                .isEqualTo("delete “Salon « Milipol Qatar 2022 »”");
        english.undo().get();
        assertThat(milipol()).isEqualTo(before);
        assertThat(english.events().size()).isEqualTo(13);
    }
}
