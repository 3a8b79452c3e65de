package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The search index's rows, made by SQL from what the store holds: the one definition of what an event and a source
 * are found by, for imports, edits, migrations and the index's build alike. The texts never leave SQLite: each row
 * goes from the tables into the index in one statement.
 *
 * <p>An event is found by its titles (French and English), its summary, the names and other spellings of its actors
 * and of its places, and its quotes, in that order; a source by its title and its article's text. The index keeps
 * words and their positions only, so the texts are joined with spaces: any separator gives the same words.
 */
final class SearchRows {
    private SearchRows() {
    }

    /**
     * Numbers the sources after every event, in the order of their ids, so that each has a row number of its own
     * in the index.
     */
    static void numberSources(Connection db) throws SQLException {
        long next;
        try (Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT coalesce(max(seq), 0) FROM events")) {
            rs.next();
            next = rs.getLong(1) + 1;
        }
        try (Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT id FROM sources ORDER BY id");
             PreparedStatement update = db.prepareStatement("UPDATE sources SET seq = ? WHERE id = ?")) {
            while (rs.next()) {
                update.setLong(1, next++);
                update.setString(2, rs.getString(1));
                update.executeUpdate();
            }
        }
    }

    /**
     * Fills the empty index with a row for every source and every event, as the store holds them at a schema
     * version: a migration fills it before the later ones have run.
     *
     * <p>From version 5 on, each row is keyed by its source's or event's number, in ascending order, which is how
     * the index takes rows fastest; before, the index numbers them, sources first.
     */
    static void fill(Connection db, int version) throws SQLException {
        if (version >= Schema.NUMBERED_ROWS) {
            fillRange(db, version, 0, Long.MAX_VALUE);
            return;
        }
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO search_index (kind, ref, title, body) SELECT 'source', id, title, body FROM sources"
                    + " ORDER BY rowid");
            s.execute("INSERT INTO search_index (kind, ref, title, body) SELECT kind, ref, title, body FROM ("
                    + events(false) + ") ORDER BY seq");
        }
    }

    /**
     * Indexes every source and event numbered after {@code after} and up to {@code upTo}, in the order of their
     * numbers: one chunk of the index's build, or the rows of a small import.
     */
    static void fillRange(Connection db, long after, long upTo) throws SQLException {
        fillRange(db, Schema.LATEST, after, upTo);
    }

    private static void fillRange(Connection db, int version, long after, long upTo) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO search_index (rowid, kind, ref, title, body)"
                + rows(version))) {
            insert.setLong(1, after);
            insert.setLong(2, upTo);
            insert.executeUpdate();
        }
    }

    /**
     * Every row numbered after {@code ?1} and up to {@code ?2}, sources and events in the order of their numbers:
     * its number, kind, id, title and body.
     */
    private static String rows(int version) {
        return " SELECT seq, kind, ref, title, body FROM ("
                + events(version >= Schema.PLACE_ALIASES) + " WHERE e.seq > ?1 AND e.seq <= ?2"
                + " UNION ALL SELECT seq, 'source', id, title, body FROM sources WHERE seq > ?1 AND seq <= ?2)"
                + " ORDER BY seq";
    }

    /**
     * Copies the texts of every row, as the index takes them, into {@code table} (its columns: seq, kind, ref,
     * title, body): for measuring what the index alone costs to build from them.
     *
     * @param table a table name of the caller's, not input
     */
    static void copyTexts(Connection db, String table) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (seq, kind, ref, title, body)"
                + rows(Schema.LATEST))) {
            insert.setLong(1, 0);
            insert.setLong(2, Long.MAX_VALUE);
            insert.executeUpdate();
        }
    }

    /**
     * Writes the row of one event, keyed by its number, from what the store holds of it now.
     *
     * @param placeAliases whether the store keeps places' other spellings (schema version 7 on)
     */
    static void indexEvent(Connection db, long seq, boolean placeAliases) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO search_index (rowid, kind, ref, title, body)"
                + " SELECT seq, kind, ref, title, body FROM (" + events(placeAliases) + " WHERE e.seq = ?)")) {
            insert.setLong(1, seq);
            insert.executeUpdate();
        }
    }

    /**
     * Each event's row: its number, kind, id, titles, then its summary, actors, places and quotes. Actors, and
     * places from version 7 on, come with their other spellings.
     */
    private static String events(boolean placeAliases) {
        return "SELECT e.seq AS seq, 'event' AS kind, e.id AS ref,"
                + " e.title || coalesce(' ' || e.title_en, '') AS title,"
                + " e.summary"
                + " || coalesce(' ' || (SELECT group_concat(t, ' ') FROM (SELECT "
                + withSpellings("a.name", "actor_aliases", "actor_id = a.id")
                + " AS t FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                + " WHERE ea.event_seq = e.seq ORDER BY ea.position)), '')"
                + " || coalesce(' ' || (SELECT group_concat(t, ' ') FROM (SELECT "
                + (placeAliases ? withSpellings("p.name", "place_aliases", "place_id = p.id") : "p.name")
                + " AS t FROM event_places ep JOIN places p ON p.id = ep.place_id"
                + " WHERE ep.event_seq = e.seq ORDER BY ep.position)), '')"
                + " || coalesce(' ' || (SELECT group_concat(quote, ' ') FROM (SELECT quote FROM citations"
                + " WHERE event_seq = e.seq ORDER BY position)), '') AS body"
                + " FROM events e";
    }

    /** A name followed by its other spellings in order. */
    private static String withSpellings(String name, String aliasTable, String owner) {
        return name + " || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM (SELECT alias FROM " + aliasTable
                + " WHERE " + owner + " ORDER BY position)), '')";
    }
}
