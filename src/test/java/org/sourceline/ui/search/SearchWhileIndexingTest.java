package org.sourceline.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Stores;
import org.sourceline.app.SyntheticTimeline;
import org.sourceline.app.TimelineData;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

/**
 * After an import of many events the timeline is usable at once and the search index is built behind it: a search
 * made meanwhile says it waits for the index, with how far it is, never a partial list; it is answered once the
 * index is whole.
 */
class SearchWhileIndexingTest {
    @TempDir
    Path dir;

    @Test
    void aSearchMadeWhileTheIndexIsBuiltWaitsForItAndIsAnsweredOnceItIsWhole() throws Exception {
        Path file = dir.resolve("g.db");
        try (Store store = Stores.open(file)) {
            SyntheticTimeline.generate(store, 13_000, 7);
        }
        StoreAccess access = () -> Stores.open(file);
        TimelineData all;
        try (Store store = access.open()) {
            all = TimelineData.load(store, Locale.FRENCH);
        }
        SearchViewModel model = new SearchViewModel(Background.synchronous(), access, Locale.FRENCH);
        model.setEvents(all);

        model.textProperty().set("securite");
        model.refresh();

        assertThat(model.waitingForIndexProperty().get()).isNotNull();
        assertThat(model.waitingForIndexProperty().get().percent()).isZero();
        assertThat(model.results()).isEmpty();
        assertThat(model.matches()).as("nothing dimmed as if nothing matched").isNull();
        assertThat(model.error()).isNull();
        assertThat(model.shownData().size()).as("the timeline shows every event meanwhile").isEqualTo(13_000);

        SearchIndexBuild build = new SearchIndexBuild(Background.synchronous(), Runnable::run, access);
        List<Integer> waited = new ArrayList<>();
        build.stateProperty().addListener((o, was, now) -> {
            model.indexStateChanged(now);
            if (model.waitingForIndexProperty().get() != null) {
                waited.add(model.waitingForIndexProperty().get().percent());
            }
        });
        build.ensure();

        assertThat(waited).as("the wait shows the build's progress").isNotEmpty().isSorted()
                .anyMatch(percent -> percent > 0);
        assertThat(build.stateProperty().get()).isEqualTo(SearchIndexState.WHOLE);
        assertThat(model.indexStateProperty().get().whole()).isTrue();
        assertThat(model.waitingForIndexProperty().get()).isNull();
        assertThat(model.results()).isNotEmpty();
        assertThat(model.matches()).isNotEmpty().hasSizeLessThan(13_000);
        assertThat(build.failureProperty().get()).isNull();
    }

    @Test
    void aBuildThatCannotBeDoneSaysWhyAndSearchKeepsWaitingRatherThanAnswerFromPartOfTheStore() throws Exception {
        Path file = dir.resolve("g.db");
        try (Store store = Stores.open(file)) {
            SyntheticTimeline.generate(store, 13_000, 7);
        }
        // Opened read-only, as a store the user may not write to: only a writer can index the rest.
        StoreAccess readOnly = () -> org.sourceline.store.sqlite.SqliteStore.openReadOnly(file);
        SearchIndexBuild build = new SearchIndexBuild(Background.synchronous(), Runnable::run, readOnly);
        build.ensure();

        assertThat(build.failureProperty().get()).contains("read-only").contains("write access");
        assertThat(build.stateProperty().get().whole()).isFalse();
        SearchViewModel model = new SearchViewModel(Background.synchronous(), readOnly, Locale.FRENCH);
        model.textProperty().set("securite");
        model.refresh();
        model.indexFailed(build.failureProperty().get());
        assertThat(model.waitingForIndexProperty().get()).isNotNull();
        assertThat(model.indexFailureProperty().get()).contains("read-only");
        assertThat(model.results()).isEmpty();
    }
}
