package org.sourceline.store.sqlite;

import org.sourceline.store.EventRow;
import org.sourceline.store.StoreException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, foreign, newer, older and busy stores: refused or handled, never modified or corrupted. */
class DamagedStoreTest {
    @TempDir
    Path dir;

    private Path storeWithEvents(String name, String... ids) throws Exception {
        Path file = dir.resolve(name);
        try (SqliteStore store = SqliteStore.open(file)) {
            store.importTimeline(StoreTest.sample(ids), false);
        }
        return file;
    }

    @Test
    void aTruncatedDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        Path whole = storeWithEvents("whole.db", "e1", "e2");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.db");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        byte[] before = Files.readAllBytes(cut);

        assertThatThrownBy(() -> SqliteStore.open(cut)).isInstanceOf(StoreException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("truncated");
        assertThat(Files.readAllBytes(cut)).isEqualTo(before);
        assertThat(Path.of(cut + "-wal")).doesNotExist();
    }

    @Test
    void aDatabaseOfAnotherProgramThatSetsAVersionIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (body TEXT)");
            s.execute("PRAGMA user_version = 1");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not made by Sourceline");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anOlderStoreIsBackedUpBesideItBeforeItIsMigrated() throws Exception {
        Path file = dir.resolve("old.db");
        try (SqliteStore v1 = SqliteStore.open(file, 1)) {
            v1.importTimeline(StoreTest.sample("e1"), false);
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
        }

        Path backup = dir.resolve("old.db.bak-v1");
        assertThat(backup).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT user_version FROM pragma_user_version),"
                     + " (SELECT count(*) FROM events)")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void aMigrationThatFailsRestoresTheStoreFromItsBackup() throws Exception {
        Path file = dir.resolve("old.db");
        try (SqliteStore v1 = SqliteStore.open(file, 1)) {
            v1.importTimeline(StoreTest.sample("e1", "e2"), false);
        }
        List<Schema.Migration> failing = new ArrayList<>(Schema.MIGRATIONS.subList(0, 1));
        failing.add(Schema.Migration.of(2, "a migration that breaks half way", List.of(
                "CREATE TABLE half_done (x)",
                "DELETE FROM events",
                "THIS IS NOT SQL")));

        assertThatThrownBy(() -> SqliteStore.open(file, failing, 2)).isInstanceOf(StoreException.class)
                .hasMessageContaining("restored from old.db.bak-v1");

        try (SqliteStore store = SqliteStore.open(file, 1)) {
            assertThat(store.userVersion()).isEqualTo(1);
            assertThat(store.listEvents()).extracting(EventRow::id).containsExactly("e1", "e2");
        }
    }

    @Test
    void aSecondWriterIsToldTheStoreIsBusyWhileReadersKeepWorking() throws Exception {
        Path file = storeWithEvents("shared.db", "e1");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("DELETE FROM event_tags");

            try (SqliteStore other = SqliteStore.open(file)) {
                assertThat(other.listEvents()).extracting(EventRow::id).containsExactly("e1");
                assertThatThrownBy(() -> other.importTimeline(StoreTest.sample("e9"), true))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining(file.toString())
                        .hasMessageContaining("busy");
                assertThat(other.listEvents()).extracting(EventRow::id).containsExactly("e1");
            }
            s.execute("ROLLBACK");
        }
        try (SqliteStore store = SqliteStore.open(file);
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
            assertThat(store.eventCount()).isEqualTo(1);
        }
    }

    @Test
    void aStoreOpenedReadOnlyIsReadAndSearchedButNeverWritten() throws Exception {
        Path file = storeWithEvents("s.db", "e1", "e2");
        byte[] before = Files.readAllBytes(file);

        try (SqliteStore store = SqliteStore.openReadOnly(file)) {
            assertThat(store.eventCount()).isEqualTo(2);
            assertThat(store.load().dataset().events()).hasSize(2);
            assertThatThrownBy(() -> store.importTimeline(StoreTest.sample("e3"), false))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the store is read-only").hasMessageContaining("nothing was changed");
            assertThat(store.eventCount()).isEqualTo(2);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aStoreThatNeedsUpgradingIsNotOpenedReadOnly() throws Exception {
        Path file = dir.resolve("old.db");
        try (SqliteStore v1 = SqliteStore.open(file, 1)) {
            assertThat(v1.userVersion()).isEqualTo(1);
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteStore.openReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 1").hasMessageContaining("must be upgraded")
                .hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
