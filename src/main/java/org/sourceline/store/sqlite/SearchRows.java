package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.sourceline.store.SearchText;

/**
 * The search index's rows made from what the store holds, with {@link SearchText}, the same function imports and
 * edits use: for the migrations that create or rebuild the index.
 */
final class SearchRows {
    /** Separates the parts of a list read in one column: no text of the store holds this control character. */
    private static final String ITEM = "\u001e";
    /** Separates an actor's or a place's name from its other spellings. */
    private static final String SPELLING = "\u001f";

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
     * the index takes rows fastest; before, the index numbers them.
     */
    static void fill(Connection db, int version) throws SQLException {
        boolean numbered = version >= Schema.NUMBERED_ROWS;
        String sourcesSql = "SELECT " + (numbered ? "seq" : "rowid") + ", id, title, body FROM sources ORDER BY "
                + (numbered ? "seq" : "rowid");
        String eventsSql = events(version >= Schema.PLACE_ALIASES) + " ORDER BY e.seq";
        try (Statement sq = db.createStatement(); Statement eq = db.createStatement();
             ResultSet sources = sq.executeQuery(sourcesSql); ResultSet events = eq.executeQuery(eventsSql);
             RowBatch rows = numbered ? new RowBatch(db, "INSERT INTO search_index (rowid, kind, ref, title, body)", 5)
                     : new RowBatch(db, "INSERT INTO search_index (kind, ref, title, body)", 4)) {
            boolean moreSources = sources.next();
            boolean moreEvents = events.next();
            // Sources first when not numbered, as imports wrote them; numbered, in the order of their numbers.
            while (moreSources || moreEvents) {
                boolean source = moreSources && (!moreEvents || !numbered || sources.getLong(1) < events.getLong(1));
                if (source) {
                    add(rows, numbered, sources.getLong(1), "source", sources.getString(2), sources.getString(3),
                            sources.getString(4));
                    moreSources = sources.next();
                } else {
                    add(rows, numbered, events.getLong(1), "event", events.getString(2), title(events), body(events));
                    moreEvents = events.next();
                }
            }
            rows.flush();
        }
    }

    /**
     * Writes the row of one event, keyed by its number, from what the store holds of it now.
     *
     * @param placeAliases whether the store keeps places' other spellings (schema version 7 on)
     */
    static void indexEvent(Connection db, long seq, boolean placeAliases) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(events(placeAliases) + " WHERE e.seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery();
                 PreparedStatement insert = db.prepareStatement(
                         "INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (?, 'event', ?, ?, ?)")) {
                if (rs.next()) {
                    insert.setLong(1, seq);
                    insert.setString(2, rs.getString(2));
                    insert.setString(3, title(rs));
                    insert.setString(4, body(rs));
                    insert.executeUpdate();
                }
            }
        }
    }

    private static String title(ResultSet rs) throws SQLException {
        return SearchText.eventTitle(rs.getString(3), rs.getString(4));
    }

    private static String body(ResultSet rs) throws SQLException {
        return SearchText.eventBody(rs.getString(5), spelled(rs.getString(6), SearchText::actorText),
                spelled(rs.getString(7), SearchText::placeText), list(rs.getString(8)));
    }

    /**
     * Each event with what its search row is made of: its seq, id, titles, summary, actors, places and quotes.
     * Actors, and places from version 7 on, come with their other spellings.
     */
    private static String events(boolean placeAliases) {
        return "SELECT e.seq, e.id, e.title, e.title_en, e.summary,"
                + " (SELECT group_concat(t, char(30)) FROM (SELECT "
                + withSpellings("a.name", "actor_aliases", "actor_id = a.id")
                + " AS t FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                + "   WHERE ea.event_seq = e.seq ORDER BY ea.position)),"
                + " (SELECT group_concat(t, char(30)) FROM (SELECT "
                + (placeAliases ? withSpellings("p.name", "place_aliases", "place_id = p.id") : "p.name")
                + " AS t FROM event_places ep JOIN places p ON p.id = ep.place_id"
                + "   WHERE ep.event_seq = e.seq ORDER BY ep.position)),"
                + " (SELECT group_concat(quote, char(30)) FROM (SELECT quote FROM citations"
                + "   WHERE event_seq = e.seq ORDER BY position))"
                + " FROM events e";
    }

    /** A name followed by its other spellings in order, each after the SPELLING character. */
    private static String withSpellings(String name, String aliasTable, String owner) {
        return name + " || coalesce(char(31) || (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM "
                + aliasTable + " WHERE " + owner + " ORDER BY position)), '')";
    }

    private static void add(RowBatch rows, boolean numbered, long seq, String kind, String ref, String title,
                            String body) throws SQLException {
        if (numbered) {
            rows.add(seq, kind, ref, title, body);
        } else {
            rows.add(kind, ref, title, body);
        }
    }

    private static List<String> list(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(ITEM, -1));
    }

    /** Each actor's or place's text, from its name and spellings as {@link #withSpellings} read them. */
    private static List<String> spelled(String joined, BiFunction<String, List<String>, String> text) {
        return list(joined).stream().map(named -> {
            String[] spellings = named.split(SPELLING, -1);
            return text.apply(spellings[0], Arrays.asList(spellings).subList(1, spellings.length));
        }).toList();
    }
}
