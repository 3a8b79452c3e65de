package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Category;

/**
 * The store's schema as a list of forward migrations. {@code PRAGMA user_version} holds the number of the
 * last one applied; a store is brought up to date by applying the ones after it, each in its own transaction.
 */
final class Schema {
    /** One step of a migration: a statement, or work done in Java (the search index's rows, say). */
    @FunctionalInterface
    interface Step {
        void apply(Connection db) throws SQLException;

        /** A statement, as written: migrations hold constants only, never input. */
        static Step sql(String statement) {
            return db -> {
                try (Statement s = db.createStatement()) {
                    s.execute(statement);
                }
            };
        }
    }

    record Migration(int version, String description, List<Step> steps) {
        /** A migration made of statements only. */
        static Migration of(int version, String description, List<String> statements) {
            return new Migration(version, description, statements.stream().map(Step::sql).toList());
        }
    }

    /** The full-text index: kind ('event' or 'source') and ref (its id) beside the two texts searched. */
    static final String SEARCH_INDEX = "CREATE VIRTUAL TABLE search_index USING fts5("
            + " kind UNINDEXED, ref UNINDEXED, title, body,"
            + " tokenize = 'unicode61 remove_diacritics 2')";

    /**
     * The index from version 9 on: it keeps no copy of the texts (contentless), only their words, and the kind and
     * id of each row; a row is deleted by its number alone.
     */
    static final String CONTENTLESS_INDEX = "CREATE VIRTUAL TABLE search_index USING fts5("
            + " kind UNINDEXED, ref UNINDEXED, title, body,"
            + " content = '', contentless_delete = 1, contentless_unindexed = 1,"
            + " tokenize = 'unicode61 remove_diacritics 2')";

    /** The version from which sources are numbered with the events and index rows keyed by those numbers. */
    static final int NUMBERED_ROWS = 5;
    /** The version from which categories are data. */
    static final int CATEGORIES = 6;
    /** The version from which places have other spellings, as actors do. */
    static final int PLACE_ALIASES = 7;
    /** The version from which a source may keep the file its article was read from. */
    static final int ORIGINALS = 8;
    /** The version from which the index keeps no copy of the texts and is built behind the timeline. */
    static final int SEARCH_BACKLOG = 9;

    static final List<Migration> MIGRATIONS = List.of(
            Migration.of(1, "sources, events, citations, actors, places, tags", List.of(
                    "CREATE TABLE sl_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE sources ("
                            + " id TEXT PRIMARY KEY,"
                            + " file TEXT NOT NULL,"
                            + " title TEXT NOT NULL,"
                            + " outlet TEXT,"
                            + " author TEXT,"
                            + " published TEXT NOT NULL,"
                            + " language TEXT NOT NULL,"
                            + " url TEXT,"
                            + " body_lines TEXT NOT NULL,"
                            + " note TEXT,"
                            + " raw_text TEXT NOT NULL,"
                            + " body TEXT NOT NULL)",
                    "CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT)",
                    "CREATE TABLE actor_aliases ("
                            + " actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL,"
                            + " alias TEXT NOT NULL,"
                            + " PRIMARY KEY (actor_id, position))",
                    "CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT)",
                    "CREATE TABLE events ("
                            + " seq INTEGER PRIMARY KEY,"
                            + " id TEXT NOT NULL UNIQUE,"
                            + " title TEXT NOT NULL,"
                            + " title_en TEXT,"
                            + " summary TEXT NOT NULL,"
                            + " date TEXT NOT NULL,"
                            + " display_date TEXT,"
                            + " category TEXT NOT NULL,"
                            + " note TEXT,"
                            + " start_s INTEGER NOT NULL,"
                            + " end_s INTEGER NOT NULL,"
                            + " CHECK (end_s >= start_s))",
                    // Serves "events in this time window": a range scan on start, filtered on end.
                    "CREATE INDEX events_by_time ON events (start_s, end_s)",
                    "CREATE TABLE event_actors ("
                            + " event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL,"
                            + " actor_id TEXT NOT NULL REFERENCES actors(id),"
                            + " PRIMARY KEY (event_seq, position))",
                    "CREATE INDEX event_actors_by_actor ON event_actors (actor_id)",
                    "CREATE TABLE event_places ("
                            + " event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL,"
                            + " place_id TEXT NOT NULL REFERENCES places(id),"
                            + " PRIMARY KEY (event_seq, position))",
                    "CREATE INDEX event_places_by_place ON event_places (place_id)",
                    "CREATE TABLE event_tags ("
                            + " event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL,"
                            + " tag TEXT NOT NULL,"
                            + " PRIMARY KEY (event_seq, position))",
                    "CREATE TABLE citations ("
                            + " event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL,"
                            + " source_id TEXT NOT NULL REFERENCES sources(id),"
                            + " quote TEXT NOT NULL,"
                            + " start_offset INTEGER NOT NULL,"
                            + " end_offset INTEGER NOT NULL,"
                            + " PRIMARY KEY (event_seq, position),"
                            + " CHECK (end_offset > start_offset))",
                    "CREATE INDEX citations_by_source ON citations (source_id, start_offset)")),
            new Migration(2, "full-text search over events and article text", List.of(
                    Step.sql(SEARCH_INDEX),
                    db -> SearchRows.fill(db, 2))),
            Migration.of(3, "eras: named periods shaded behind the events", List.of(
                    "CREATE TABLE eras ("
                            + " id TEXT PRIMARY KEY,"
                            + " label TEXT NOT NULL,"
                            + " date TEXT NOT NULL,"
                            + " category TEXT,"
                            + " color TEXT,"
                            + " start_s INTEGER NOT NULL,"
                            + " end_s INTEGER NOT NULL,"
                            + " CHECK (end_s >= start_s))")),
            Migration.of(4, "the events' columns kept ready for the timeline, dropped by any change to events",
                    List.of(
                    "CREATE TABLE timeline_cache (format INTEGER NOT NULL, data BLOB NOT NULL)",
                    "CREATE TRIGGER timeline_cache_insert AFTER INSERT ON events"
                            + " WHEN EXISTS (SELECT 1 FROM timeline_cache) BEGIN DELETE FROM timeline_cache; END",
                    "CREATE TRIGGER timeline_cache_update AFTER UPDATE ON events"
                            + " WHEN EXISTS (SELECT 1 FROM timeline_cache) BEGIN DELETE FROM timeline_cache; END",
                    "CREATE TRIGGER timeline_cache_delete AFTER DELETE ON events"
                            + " WHEN EXISTS (SELECT 1 FROM timeline_cache) BEGIN DELETE FROM timeline_cache; END",
                    "CREATE TRIGGER timeline_cache_actors_insert AFTER INSERT ON event_actors"
                            + " WHEN EXISTS (SELECT 1 FROM timeline_cache) BEGIN DELETE FROM timeline_cache; END",
                    "CREATE TRIGGER timeline_cache_actors_update AFTER UPDATE ON event_actors"
                            + " WHEN EXISTS (SELECT 1 FROM timeline_cache) BEGIN DELETE FROM timeline_cache; END",
                    "CREATE TRIGGER timeline_cache_actors_delete AFTER DELETE ON event_actors"
                            + " WHEN EXISTS (SELECT 1 FROM timeline_cache) BEGIN DELETE FROM timeline_cache; END")),
            // An edited event's index row is found by its number, not by a scan of a million rows for its id.
            new Migration(NUMBERED_ROWS, "sources numbered with the events; search rows keyed by those numbers",
                    List.of(
                    Step.sql("ALTER TABLE sources ADD COLUMN seq INTEGER"),
                    SearchRows::numberSources,
                    Step.sql("CREATE UNIQUE INDEX sources_by_seq ON sources (seq)"),
                    Step.sql("DROP TABLE search_index"),
                    Step.sql(SEARCH_INDEX),
                    db -> SearchRows.fill(db, NUMBERED_ROWS))),
            new Migration(CATEGORIES, "categories as data: each with its label and colour", List.of(
                    Step.sql("CREATE TABLE categories (id TEXT PRIMARY KEY, label TEXT NOT NULL, label_en TEXT,"
                            + " color TEXT NOT NULL)"),
                    Schema::describeCategoriesInUse)),
            // No place has an alias yet: every search row stays as it is.
            Migration.of(PLACE_ALIASES, "places with other spellings, as actors", List.of(
                    "CREATE TABLE place_aliases ("
                            + " place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL,"
                            + " alias TEXT NOT NULL,"
                            + " PRIMARY KEY (place_id, position))")),
            Migration.of(ORIGINALS, "the file each article was read from, byte for byte", List.of(
                    "CREATE TABLE source_originals ("
                            + " source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,"
                            + " file_name TEXT NOT NULL,"
                            + " media_type TEXT NOT NULL,"
                            + " bytes BLOB NOT NULL,"
                            + " page_lines TEXT NOT NULL)")),
            // The texts are in the store's own tables already: the index keeps their words only, and is built again
            // from them, behind the timeline when the store is large.
            new Migration(SEARCH_BACKLOG, "a search index without a second copy of the texts, built behind the"
                    + " timeline", List.of(
                    Step.sql("DROP TABLE search_index"),
                    Step.sql(CONTENTLESS_INDEX),
                    Step.sql("CREATE TABLE search_backlog (indexed_to INTEGER NOT NULL)"),
                    db -> SearchBacklog.added(db, 0, SqliteStore.lastSeq(db, true)))));

    /**
     * What the painter and the legend used to know of the bundled dataset's categories, before categories were
     * data: given to the stores made before, so that their lanes keep their names and colours.
     */
    private static final List<Category> FORMERLY_BUILT_IN = List.of(
            new Category("coordination", "Coordination", "Coordination", "#0f7c8c"),
            new Category("meeting", "Rencontre", "Meeting", "#2f6db5"),
            new Category("visit", "Visite", "Visit", "#2e8b57"),
            new Category("exhibition", "Salon", "Exhibition", "#7b4fb0"),
            new Category("agreement", "Accord", "Agreement", "#c0392b"),
            new Category("training", "Formation", "Training", "#d9822b"),
            new Category("statement", "Déclaration", "Statement", "#8a6d3b"),
            new Category("tour", "Tournée", "Tour", "#c2418c"));

    /** Every category the events name, described as it was drawn before: the colour was chosen by the id. */
    private static void describeCategoriesInUse(Connection db) throws SQLException {
        Map<String, Category> known = new HashMap<>();
        FORMERLY_BUILT_IN.forEach(c -> known.put(c.id(), c));
        try (Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT DISTINCT category FROM events ORDER BY category");
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO categories (id, label, label_en, color) VALUES (?, ?, ?, ?)")) {
            while (rs.next()) {
                String id = rs.getString(1);
                Category c = known.get(id);
                if (c == null) {
                    Category named = Category.named(id, List.of());
                    c = new Category(id, named.label(), null,
                            Category.PALETTE.get(Math.floorMod(id.hashCode(), FORMER_PALETTE_SIZE)));
                }
                insert.setString(1, c.id());
                insert.setString(2, c.label());
                insert.setString(3, c.labelEn());
                insert.setString(4, c.color());
                insert.executeUpdate();
            }
        }
    }

    /** How many colours the painter chose from, by the id's hash, for categories it did not know. */
    private static final int FORMER_PALETTE_SIZE = 8;

    static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }
}
