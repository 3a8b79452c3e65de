package org.sourceline.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sourceline.store.StoreException;

/**
 * What SQLite alone takes to build a store's search index from its texts, for the benchmark: the texts are copied
 * first into a scratch file, untimed, as the index takes them; then the same index is built from them in one
 * statement, with no journal and no sync. The build behind the timeline is measured against this floor.
 */
public final class SearchFloor {
    private SearchFloor() {
    }

    /**
     * @param store   the store whose texts are indexed; only read (its search index need not be built)
     * @param scratch a file to create for the measure, deleted after
     * @return the seconds the index took to build
     */
    public static double seconds(Path store, Path scratch) throws StoreException {
        try {
            Files.deleteIfExists(scratch);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + scratch.toAbsolutePath())) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA journal_mode = OFF");
                    s.execute("PRAGMA synchronous = OFF");
                    s.execute("CREATE TABLE texts (seq INTEGER PRIMARY KEY, kind TEXT, ref TEXT, title TEXT,"
                            + " body TEXT)");
                    s.execute(Schema.CONTENTLESS_INDEX);
                }
                try (PreparedStatement attach = db.prepareStatement("ATTACH DATABASE ? AS store")) {
                    attach.setString(1, store.toAbsolutePath().toString());
                    attach.execute();
                }
                db.setAutoCommit(false);
                copyTexts(db);
                db.commit();
                long start = System.nanoTime();
                try (Statement s = db.createStatement()) {
                    s.execute("INSERT INTO search_index (rowid, kind, ref, title, body)"
                            + " SELECT seq, kind, ref, title, body FROM texts ORDER BY seq");
                }
                db.commit();
                return (System.nanoTime() - start) / 1e9;
            } finally {
                Files.deleteIfExists(scratch);
            }
        } catch (SQLException | IOException e) {
            throw new StoreException(scratch + ": measuring the search index's floor failed: " + e.getMessage(), e);
        }
    }

    /** The store's texts, read through the attached store by the index's own definition of its rows. */
    private static void copyTexts(Connection db) throws SQLException {
        // The rows' query names the store's tables unqualified: they are found in the attached store, the scratch
        // file having none of them.
        SearchRows.copyTexts(db, "main.texts");
    }
}
