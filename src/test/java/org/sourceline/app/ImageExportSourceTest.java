package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.TimelineItem;
import org.sourceline.model.Actor;
import org.sourceline.render.ExportContent;
import org.sourceline.render.ExportOptions;
import org.sourceline.store.EventRow;
import org.sourceline.store.Store;

/** What an image export reads from the seed store: the events of its range, and only what it will draw. */
class ImageExportSourceTest {
    @TempDir
    static Path dir;
    static Store store;
    static List<EventRow> all;

    private static final ExportOptions PLAIN = new ExportOptions(null, true, true, false);
    private static final ExportOptions WITH_SOURCES = new ExportOptions(null, true, true, true);

    @BeforeAll
    static void openSeeds() throws Exception {
        store = Seeds.openOrCreate(dir.resolve("seeds.db"));
        all = store.listEvents();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theExtentRunsFromTheEarliestStartToTheLatestEnd() throws Exception {
        double[] extent = ImageExportSource.extent(store);

        assertThat(extent[0]).isEqualTo(all.stream().mapToLong(EventRow::startSecond).min().orElseThrow());
        assertThat(extent[1]).isEqualTo(all.stream().mapToLong(EventRow::endSecond).max().orElseThrow());
        assertThat(ImageExportSource.extent(store, id -> true)).containsExactly(extent);
    }

    @Test
    void aRangeBetweenWholeSecondsHoldsExactlyTheEventsOverlappingIt() throws Exception {
        EventRow a = all.get(all.size() / 3);
        EventRow b = all.get(2 * all.size() / 3);
        // Half a second inside a's end and b's start: both overlap, by half a second.
        double t0 = a.endSecond() - 0.5;
        double t1 = b.startSecond() + 0.5;

        ExportContent content = ImageExportSource.read(store, t0, t1, LaneMode.CATEGORY, PLAIN, Locale.FRENCH);

        Set<String> expected = all.stream().filter(r -> r.startSecond() < t1 && r.endSecond() > t0)
                .map(EventRow::id).collect(Collectors.toSet());
        assertThat(content.items()).extracting(TimelineItem::id).containsExactlyInAnyOrderElementsOf(expected)
                .contains(a.id(), b.id());
        ExportContent justAfter = ImageExportSource.read(store, a.endSecond(), b.startSecond(), LaneMode.CATEGORY,
                PLAIN, Locale.FRENCH);
        assertThat(justAfter.items()).extracting(TimelineItem::id).doesNotContain(a.id(), b.id());
    }

    @Test
    void sourcesAreNumberedOnlyWhenListed() throws Exception {
        double[] extent = ImageExportSource.extent(store);

        ExportContent plain = ImageExportSource.read(store, extent[0], extent[1], LaneMode.CATEGORY, PLAIN,
                Locale.FRENCH);
        ExportContent listed = ImageExportSource.read(store, extent[0], extent[1], LaneMode.CATEGORY, WITH_SOURCES,
                Locale.FRENCH);

        assertThat(plain.sources()).isEmpty();
        assertThat(plain.items()).noneMatch(i -> i.label().startsWith("["));
        assertThat(listed.sources()).isNotEmpty();
        assertThat(listed.items()).allMatch(i -> i.label().startsWith("["));
    }

    @Test
    void actorLanesAreNamedAfterTheirActors() throws Exception {
        double[] extent = ImageExportSource.extent(store);
        Set<String> names = store.actorsById().values().stream().map(Actor::name).collect(Collectors.toSet());

        ExportContent content = ImageExportSource.read(store, extent[0], extent[1], LaneMode.ACTOR, PLAIN,
                Locale.FRENCH);

        List<String> labels = content.lanes().stream().map(LaneSpec::label).toList();
        assertThat(labels).isNotEmpty();
        assertThat(labels.stream().filter(names::contains)).isNotEmpty();
        assertThat(labels.stream().filter(l -> !names.contains(l))).allMatch(l -> l.equals("Sans acteur"));
    }
}
