package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import org.sourceline.store.SearchIndexState;

/**
 * The rows the search index does not hold yet. An import commits its events and sources without indexing them;
 * the index is then built behind the timeline, a chunk of rows per transaction, by whoever opens the store next
 * (the window, or a command that searches). The table {@code search_backlog} holds one row while rows wait: every
 * event and source numbered up to {@code indexed_to} is in the index, none after it is. With no row, the index is
 * whole.
 *
 * <p>Everything that writes the index asks {@link #covers} first: a row past the backlog's mark is left to the
 * build, which reads it as the store holds it when its chunk comes. So an edit during the build is indexed once,
 * by whichever comes last, and a build interrupted anywhere (the app closed, a crash) resumes at its mark.
 */
final class SearchBacklog {
    /**
     * Rows indexed per transaction, counted by their numbers: at a million events, about a fifth of a second of
     * work, which is the longest an edit waits for the build.
     */
    static final int CHUNK_ROWS = 4096;

    private SearchBacklog() {
    }

    /** The number up to which rows are indexed, or empty when the index is whole. */
    static OptionalLong indexedTo(Connection db) throws SQLException {
        try (Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT min(indexed_to) FROM search_backlog")) {
            rs.next();
            long to = rs.getLong(1);
            return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(to);
        }
    }

    /** Whether the row numbered {@code seq} belongs in the index now; past the mark, the build will add it. */
    static boolean covers(Connection db, long seq) throws SQLException {
        OptionalLong to = indexedTo(db);
        return to.isEmpty() || seq <= to.getAsLong();
    }

    /**
     * Rows numbered after {@code after}, up to {@code last}, are new to the index (an import's, a migration's):
     * a few are indexed at once, in the caller's transaction; more are left to the build. While a build is pending,
     * it takes them as well.
     */
    static void added(Connection db, long after, long last) throws SQLException {
        if (last <= after || indexedTo(db).isPresent()) {
            return;
        }
        if (last - after <= CHUNK_ROWS) {
            SearchRows.fillRange(db, after, last);
        } else {
            defer(db, after);
        }
    }

    /** Leaves every row numbered after {@code indexedTo} to the build; part of the caller's transaction. */
    private static void defer(Connection db, long indexedTo) throws SQLException {
        OptionalLong now = indexedTo(db);
        if (now.isPresent() && now.getAsLong() <= indexedTo) {
            return;
        }
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM search_backlog");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO search_backlog (indexed_to) VALUES (?)")) {
            insert.setLong(1, indexedTo);
            insert.executeUpdate();
        }
    }

    /** How far the index is, as read in the caller's transaction. */
    static SearchIndexState state(Connection db, long lastSeq) throws SQLException {
        OptionalLong to = indexedTo(db);
        return to.isEmpty() ? SearchIndexState.WHOLE : new SearchIndexState(false, Math.min(to.getAsLong(), lastSeq),
                lastSeq);
    }

    /**
     * Indexes the next chunk of rows, in the caller's transaction, and moves the mark past them; once no row is
     * left, removes the backlog.
     *
     * @param lastSeq the highest number an event or source has, read in the same transaction
     * @return whether the index is now whole
     */
    static boolean step(Connection db, long lastSeq, int rows) throws SQLException {
        OptionalLong to = indexedTo(db);
        if (to.isEmpty()) {
            return true;
        }
        long from = to.getAsLong();
        if (from >= lastSeq) {
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM search_backlog");
            }
            return true;
        }
        long upTo = Math.min(lastSeq, from + rows);
        SearchRows.fillRange(db, from, upTo);
        try (PreparedStatement update = db.prepareStatement("UPDATE search_backlog SET indexed_to = ?")) {
            update.setLong(1, upTo);
            update.executeUpdate();
        }
        return false;
    }
}
