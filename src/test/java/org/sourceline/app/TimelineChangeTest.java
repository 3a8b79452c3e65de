package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.store.Store;

/** The timeline's data after a change is the data loaded again from the changed store, without loading it. */
class TimelineChangeTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";

    @TempDir
    Path dir;

    private Store store;
    private TimelineData data;

    @BeforeEach
    void seedStore() throws Exception {
        store = Stores.open(dir.resolve("s.db"));
        store.importTimeline(Seeds.load(), false);
        data = TimelineData.load(store, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Applies a change to the store and to the data, and checks the data against the store's. */
    private TimelineData apply(Change change) throws Exception {
        store.apply(change);
        TimelineData changed = data.withChange(change);
        TimelineData loaded = TimelineData.load(store, Locale.ENGLISH);
        assertThat(changed.size()).isEqualTo(loaded.size());
        for (int i = 0; i < loaded.size(); i++) {
            assertThat(changed.items().get(i)).isEqualTo(loaded.items().get(i));
            assertThat(changed.rows().get(i)).isEqualTo(loaded.rows().get(i));
            assertThat(changed.actorsOf(loaded.idOf(i))).isEqualTo(loaded.actorsOf(loaded.idOf(i)));
            assertThat(changed.indexOf(loaded.idOf(i))).isEqualTo(i);
        }
        assertThat(changed.minTime()).isEqualTo(loaded.minTime());
        assertThat(changed.maxTime()).isEqualTo(loaded.maxTime());
        assertThat(changed.categories()).containsExactlyInAnyOrderElementsOf(loaded.categories());
        assertThat(changed.eras()).isEqualTo(loaded.eras());
        assertThat(changed.shiftFrom(data)).as("made from the data before").isPresent();
        assertThat(changed.shiftFrom(loaded)).isEmpty();
        data = changed;
        return changed;
    }

    private Event moved(Event e, String title, String date) {
        return new Event(e.id(), title, null, e.summary(), EdtfDate.parse(date), null, e.category(), e.actors(),
                e.places(), e.tags(), e.citations(), e.note());
    }

    @Test
    void anEventMovedInTimeMovesInTheDataAndTheShiftSaysWhere() throws Exception {
        Event milipol = store.event(MILIPOL).orElseThrow();
        int before = data.indexOf(MILIPOL);
        TimelineData original = data;

        TimelineData changed = apply(Change.edit(milipol, moved(milipol, "Salon déplacé", "2024-12-01")));

        int after = changed.indexOf(MILIPOL);
        assertThat(after).isEqualTo(changed.size() - 1);
        assertThat(changed.items().get(after).label()).isEqualTo("Salon déplacé");
        assertThat(before).isLessThan(after);
        assertThat(changed.shiftFrom(original).orElseThrow().map(before)).isEqualTo(-1);
        assertThat(changed.shiftFrom(original).orElseThrow().inserted()).containsExactly(after);
    }

    @Test
    void eventsCreatedAndDeletedOneAfterAnotherAndTheirUndoing() throws Exception {
        Event milipol = store.event(MILIPOL).orElseThrow();
        Event copy = new Event("copie-milipol", milipol.title(), milipol.titleEn(), milipol.summary(),
                EdtfDate.parse("2019-01-01"), null, milipol.category(), milipol.actors(), milipol.places(),
                milipol.tags(), milipol.citations(), null);
        Change create = Change.create(copy);
        Change delete = Change.delete(milipol);

        apply(create);
        assertThat(data.minTime()).isEqualTo(EdtfDate.parse("2019-01-01").earliestEpochSecond());
        apply(delete);
        apply(delete.inverse());
        apply(create.inverse());
        assertThat(data.indexOf("copie-milipol")).isEqualTo(-1);
    }

    @Test
    void anActorRenamedAndACategoryRecolouredShowAtOnce() throws Exception {
        Actor hammouchi = store.actorsById().get("hammouchi");
        Category meeting = store.categoriesById().get("meeting");
        Actor renamed = new Actor(hammouchi.id(), "A. Hammouchi", hammouchi.aliases(), hammouchi.description());
        Category green = new Category("meeting", "Réunion", "Gathering", "#00ff00");

        TimelineData changed = apply(new Change.Several(List.of(new Change.OfActor(hammouchi, renamed),
                new Change.OfCategory(meeting, green))));

        assertThat(changed.actorName("hammouchi")).isEqualTo("A. Hammouchi");
        assertThat(changed.categoryLabel("meeting")).isEqualTo("Gathering");
        assertThat(changed.categoryColors().argb("meeting")).isEqualTo(0xFF00FF00);
    }

    @Test
    void aFilteredViewTakesNoChange() {
        TimelineData some = data.only(id -> id.startsWith("2022"));

        assertThatThrownBy(() -> some.withChange(Change.delete(store.event(MILIPOL).orElseThrow())))
                .isInstanceOf(IllegalStateException.class);
    }
}
