package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the search index holds, read back for tests: the index keeps no copy of the texts, so a row is its key,
 * kind and id followed by every word the index holds for it, with its column and position. Two indexes that hold
 * the same rows read the same.
 */
public final class IndexContent {
    private IndexContent() {
    }

    /** Every row of the store's index, in the order of their keys. */
    public static List<String> rows(Connection db) throws SQLException {
        return rows(db, "main", "search_index");
    }

    /** Every row, with the rows' keys left out: for indexes that number the same rows differently. */
    public static List<String> rowsByRef(Connection db) throws SQLException {
        return rows(db).stream().map(row -> row.substring(row.indexOf(' ') + 1)).sorted().toList();
    }

    /**
     * The rows a build in one go gives, from what the store holds now: what every way of building must give. The
     * store is left as it was.
     */
    public static List<String> builtInOneGo(Connection db) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')");
            }
            SearchRows.fill(db, Schema.LATEST);
            return rows(db);
        } finally {
            db.rollback();
            db.setAutoCommit(auto);
        }
    }

    /**
     * The rows the index would hold for these texts, read the same way, through a scratch index of the same
     * definition with its texts: what the store's index must hold when it was given exactly these.
     *
     * @param texts each row's key, then its kind, id, title and body
     */
    public static List<String> rowsOf(Connection db, List<Object[]> texts) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.expected_index");
            s.execute("CREATE VIRTUAL TABLE temp.expected_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body,"
                    + " tokenize = 'unicode61 remove_diacritics 2')");
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO temp.expected_index (rowid, kind, ref, title, body) VALUES (?, ?, ?, ?, ?)")) {
            for (Object[] row : texts) {
                for (int i = 0; i < 5; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
        try {
            return rows(db, "temp", "expected_index");
        } finally {
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE temp.expected_index");
            }
        }
    }

    private static List<String> rows(Connection db, String schema, String table) throws SQLException {
        Map<Long, StringBuilder> rows = new TreeMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT rowid, kind, ref FROM " + schema + "." + table)) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new StringBuilder(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + " |"));
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS temp.index_words");
            s.execute("CREATE VIRTUAL TABLE temp.index_words USING fts5vocab(" + schema + ", " + table + ", instance)");
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc, col, offset, term FROM temp.index_words"
                     + " ORDER BY doc, col, offset, term")) {
            while (rs.next()) {
                StringBuilder row = rows.computeIfAbsent(rs.getLong(1), k -> new StringBuilder(k + " (no row) |"));
                row.append(' ').append(rs.getString(2)).append(':').append(rs.getInt(3)).append(':')
                        .append(rs.getString(4));
            }
        } finally {
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE temp.index_words");
            }
        }
        List<String> out = new ArrayList<>();
        rows.values().forEach(row -> out.add(row.toString()));
        return out;
    }
}
