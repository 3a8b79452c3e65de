package org.sourceline.store.sqlite;

import org.sourceline.store.ImportOptions;
import org.sourceline.store.ImportReport;
import org.sourceline.store.EventRow;
import org.sourceline.store.StoreException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.LoadedTimeline;

class StoreEraTest {
    @TempDir
    Path dir;

    private static final Era CUP = new Era("coupe-du-monde", "Coupe du monde 2022",
            EdtfDate.parse("2022-11-20/2022-12-18"), "tournoi", "#1f6feb");
    private static final Era MANDATE = new Era("mandat", "Mandat", EdtfDate.parse("2021-10/.."), null, null);
    private static final Era CAMPAIGN = new Era("campagne", "Campagne", EdtfDate.parse("2022-05"), null, null);

    private static LoadedTimeline withEras(LoadedTimeline timeline, List<Era> eras) {
        Dataset d = timeline.dataset();
        return new LoadedTimeline(new Dataset(d.title(), d.description(), d.sources(), d.actors(), d.places(),
                d.events(), eras), timeline.articles());
    }

    @Test
    void erasAreStoredAndComeBackInTimeOrderWithEverythingTheySay() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withEras(StoreTest.sample("e1"), List.of(CUP, CAMPAIGN, MANDATE)), false);

            assertThat(store.eras()).containsExactly(MANDATE, CAMPAIGN, CUP);
            assertThat(store.load().dataset().eras()).containsExactly(MANDATE, CAMPAIGN, CUP);
        }
    }

    @Test
    void anEraAlreadyInTheStoreIsTheSameEraAndIsUpdatedOnlyWhenAsked() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withEras(StoreTest.sample("e1"), List.of(CUP)), false);
            Era longer = new Era(CUP.id(), "Coupe du monde de football 2022", CUP.date(), CUP.category(), "#123456");

            ImportReport same = store.importTimeline(withEras(StoreTest.sample("e1"), List.of(CUP)), false);
            ImportReport other = store.importTimeline(withEras(StoreTest.sample("e1"), List.of(longer)), false);

            assertThat(same.eras()).isEqualTo(new ImportReport.Tally(0, 1, 0, 0));
            assertThat(other.eras()).isEqualTo(new ImportReport.Tally(0, 0, 0, 1));
            assertThat(other.notices()).singleElement().satisfies(n -> assertThat(n.subject()).isEqualTo("era "
                    + CUP.id()));
            assertThat(store.eras()).containsExactly(CUP);

            ImportReport updated = store.importTimeline(withEras(StoreTest.sample("e1"), List.of(longer)),
                    new ImportOptions(false, true, 0));

            assertThat(updated.eras()).isEqualTo(new ImportReport.Tally(0, 0, 1, 0));
            assertThat(store.eras()).containsExactly(longer);
        }
    }

    @Test
    void replacingTheContentReplacesTheEras() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withEras(StoreTest.sample("e1"), List.of(CUP)), false);

            store.importTimeline(withEras(StoreTest.sample("e2"), List.of(MANDATE)), true);

            assertThat(store.eras()).containsExactly(MANDATE);
        }
    }

    @Test
    void aVersionTwoStoreIsBackedUpThenGainsAnEmptyErasTable() throws Exception {
        Path file = dir.resolve("v2.db");
        try (SqliteStore v2 = SqliteStore.open(file, 2)) {
            v2.importTimeline(StoreTest.sample("e1"), false);
            assertThat(v2.eras()).isEmpty();
            assertThatThrownBy(() -> v2.importTimeline(withEras(StoreTest.sample("e2"), List.of(CUP)), true))
                    .isInstanceOf(StoreException.class).hasMessageContaining("predates eras");
            assertThat(v2.listEvents()).extracting(EventRow::id).containsExactly("e1");
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("e1");
            assertThat(store.eras()).isEmpty();
            store.importTimeline(withEras(StoreTest.sample("e2"), List.of(CUP)), true);
            assertThat(store.eras()).containsExactly(CUP);
        }
        Path backup = dir.resolve("v2.db.bak-v2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT user_version FROM pragma_user_version),"
                     + " (SELECT count(*) FROM events)")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }
}
