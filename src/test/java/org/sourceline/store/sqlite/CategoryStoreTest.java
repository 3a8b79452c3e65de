package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Category;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;

/** Categories are kept in the store: described by a timeline, made from their ids, or carried over by migration. */
class CategoryStoreTest {
    @TempDir
    Path dir;

    /** The sample, its events in the categories given, in turn. */
    private static LoadedTimeline inCategories(List<Category> described, String... categories) {
        LoadedTimeline t = StoreTest.sample(java.util.stream.IntStream.range(0, categories.length)
                .mapToObj(i -> "e" + i).toArray(String[]::new));
        Dataset d = t.dataset();
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            Event e = d.events().get(i);
            events.add(new Event(e.id(), e.title(), e.titleEn(), e.summary(), e.date(), e.displayDate(),
                    categories[i], e.actors(), e.places(), e.tags(), e.citations(), e.note()));
        }
        return new LoadedTimeline(new Dataset(d.title(), d.description(), d.sources(), d.actors(), d.places(),
                events, d.eras(), described), t.articles());
    }

    @Test
    void categoriesNamedButNotDescribedGetTheirIdAsNameAndEachAColourOfItsOwn() throws Exception {
        Category described = new Category("meeting", "Rencontre", "Meeting", Category.PALETTE.get(0));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(inCategories(List.of(described), "meeting", "press-conference", "visit"), false);

            Map<String, Category> categories = store.categoriesById();
            assertThat(categories).containsOnlyKeys("meeting", "press-conference", "visit");
            assertThat(categories.get("meeting")).isEqualTo(described);
            assertThat(categories.get("press-conference").label()).isEqualTo("Press conference");
            assertThat(categories.values()).extracting(Category::color).doesNotHaveDuplicates();
        }
    }

    @Test
    void aStoreMadeBeforeCategoriesWereDataKeepsTheNamesAndColoursItWasDrawnWith() throws Exception {
        Path file = dir.resolve("v5.db");
        try (SqliteStore v5 = SqliteStore.open(file, 5)) {
            v5.importTimeline(inCategories(List.of(), "meeting", "conference", "tour"), false);
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            Map<String, Category> categories = store.categoriesById();
            assertThat(categories.get("meeting")).isEqualTo(new Category("meeting", "Rencontre", "Meeting", "#2f6db5"));
            assertThat(categories.get("tour")).isEqualTo(new Category("tour", "Tournée", "Tour", "#c2418c"));
            // A category the painter did not know was drawn in a colour chosen by its id.
            assertThat(categories.get("conference").color())
                    .isEqualTo(Category.PALETTE.get(Math.floorMod("conference".hashCode(), 8)));
            assertThat(categories.get("conference").label()).isEqualTo("Conference");
        }
    }

    @Test
    void emptyingAStoreEmptiesItsCategories() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(inCategories(List.of(), "meeting"), false);
            store.importTimeline(inCategories(List.of(), "visit"), true);

            assertThat(store.categoriesById()).containsOnlyKeys("visit");
            try (Statement s = store.connection().createStatement()) {
                assertThat(s.executeQuery("SELECT count(*) FROM categories").getInt(1)).isEqualTo(1);
            }
        }
    }
}
