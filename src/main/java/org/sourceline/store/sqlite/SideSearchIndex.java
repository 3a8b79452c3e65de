package org.sourceline.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The full-text index of a store being filled from nothing, built on a second core: rows go to a file of its own,
 * written by its own thread and connection while the store's connection writes everything else, and are moved
 * into the store once all are in. Feeding the index in the same connection cost twice its own time: its merges
 * pushed the other tables' pages out of the cache.
 *
 * <p>The side file holds a table made from the store's own definition of {@code search_index}; at the end, the
 * tables behind it (its terms, its copy of the text, its sizes and settings) replace the store's, which are empty,
 * in the store's transaction. Only for an empty index: a store with content takes its rows the ordinary way.
 */
final class SideSearchIndex {
    /**
     * Rows waiting for the index's thread; full, it holds the writer back rather than filling the heap. Room for
     * twice what is staged at once, so that the writer goes on while the thread indexes what it staged.
     */
    private static final int QUEUE = 32_768;
    /** The text the queue may hold, in KB: long articles fill it before its rows run out. */
    private static final int QUEUED_KB = 32 * 1024;
    private static final Object[] END = new Object[0];
    static final String SCHEMA = "side";
    /** Rows staged in memory before they are indexed at once (about 12 MB of text for generated events)… */
    private static final int STAGED_ROWS = 16_384;
    /** …or fewer, once they hold this many characters of text. */
    private static final long STAGED_TEXT = 16L << 20;

    private final Path file;
    private final int stagedRows;
    private final Connection side;
    private final BlockingQueue<Object[]> rows = new ArrayBlockingQueue<>(QUEUE);
    /** Room for text in the queue, in KB: taken by the writer for each row, given back as the thread takes it. */
    private final Semaphore room;
    private final int queuedKb;
    private final long stagedText;
    private final Thread worker;
    private volatile Throwable failure;
    /** Set when the import is given up: the thread stops without indexing what it still holds. */
    private volatile boolean abandoned;
    private boolean ended;

    /**
     * Creates the side file beside the store, with the store's definition of the index, and attaches it to the
     * store's connection (outside any transaction: SQLite attaches only there).
     */
    SideSearchIndex(Path storeFile, Connection db) throws SQLException {
        this(storeFile, db, STAGED_ROWS, STAGED_TEXT, QUEUED_KB);
    }

    /**
     * @param stagedRows how many rows are staged before they are indexed at once
     * @param stagedText or how many characters of text, whichever comes first
     * @param queuedKb   how much text, in KB, may wait for the index's thread
     */
    SideSearchIndex(Path storeFile, Connection db, int stagedRows, long stagedText, int queuedKb) throws SQLException {
        this.stagedRows = stagedRows;
        this.stagedText = stagedText;
        this.queuedKb = queuedKb;
        this.room = new Semaphore(queuedKb);
        Path dir = storeFile.toAbsolutePath().getParent();
        try {
            // A name of its own beside the store: two imports into the same empty store never share it.
            this.file = Files.createTempFile(dir, "." + storeFile.getFileName() + ".", ".search");
        } catch (IOException e) {
            throw new SQLException("cannot create a scratch file in " + dir + ": " + e.getMessage(), e);
        }
        Connection opened = null;
        boolean attached = false;
        try {
            String definition;
            try (Statement q = db.createStatement();
                 ResultSet rs = q.executeQuery("SELECT sql FROM sqlite_schema WHERE name = 'search_index'")) {
                if (!rs.next()) {
                    throw new SQLException("the store has no search index");
                }
                definition = rs.getString(1);
            }
            opened = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = opened.createStatement()) {
                // A scratch file: nothing to protect, and it is thrown away if anything fails.
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -131072");
                s.execute(definition);
                // No merging while rows pour in: the index is merged once, into one segment, when all are in.
                s.execute("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)");
            }
            try (PreparedStatement attach = db.prepareStatement("ATTACH DATABASE ? AS " + SCHEMA)) {
                attach.setString(1, file.toString());
                attach.execute();
                attached = true;
            }
            side = opened;
            worker = new Thread(this::write, "search-index-" + file.getFileName());
            worker.setDaemon(true);
            worker.start();
        } catch (SQLException | RuntimeException e) {
            discard(opened, attached ? db : null);
            throw e;
        }
    }

    /** Closes the side connection, detaches the side file and removes it: nothing of it is kept. */
    private void discard(Connection opened, Connection attachedTo) {
        if (opened != null) {
            try {
                opened.close();
            } catch (SQLException ignored) {
                // A scratch connection: nothing of it is kept.
            }
        }
        if (attachedTo != null) {
            try (Statement s = attachedTo.createStatement()) {
                s.execute("DETACH DATABASE " + SCHEMA);
            } catch (SQLException ignored) {
                // Not attached, or the connection is gone: either way the store does not hold it.
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover scratch file beside the store, hidden; nothing reads it.
        }
    }

    /**
     * One row of the index; waits while the index's thread is behind.
     *
     * @param rowid the row's key, or null to let the index number it; keys come in ascending order
     */
    void add(Long rowid, String kind, String ref, String title, String body) throws SQLException {
        check();
        Object[] row = {rowid, kind, ref, title, body};
        try {
            while (!room.tryAcquire(weight(row), 100, TimeUnit.MILLISECONDS)) {
                check();
            }
            while (!rows.offer(row, 100, TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while indexing", e);
        }
    }

    /** What a row holds of the queue's room: a unit per KB of text, at least one, at most all. */
    private int weight(Object[] row) {
        return (int) Math.min(queuedKb, 1 + textLength(row) / 1024);
    }

    private static long textLength(Object[] row) {
        return (row[3] == null ? 0L : ((String) row[3]).length()) + (row[4] == null ? 0L : ((String) row[4]).length());
    }

    private void check() throws SQLException {
        Throwable f = failure;
        if (f != null) {
            throw f instanceof SQLException s ? s : new SQLException("building the search index failed: " + f, f);
        }
    }

    private void write() {
        try {
            try (Statement s = side.createStatement()) {
                s.execute("PRAGMA temp_store = MEMORY");
                s.execute("CREATE TEMP TABLE staged (key, kind, ref, title, body)");
            }
            side.setAutoCommit(false);
            try (RowBatch batch = new RowBatch(side, "INSERT INTO temp.staged (key, kind, ref, title, body)", 5);
                 Statement s = side.createStatement()) {
                int staged = 0;
                long text = 0;
                for (Object[] row = rows.take(); row != END && !abandoned; row = rows.take()) {
                    room.release(weight(row));
                    batch.add(row);
                    text += textLength(row);
                    if (++staged == stagedRows || text >= stagedText) {
                        batch.flush();
                        index(s);
                        staged = 0;
                        text = 0;
                    }
                }
                if (!abandoned) {
                    batch.flush();
                    index(s);
                }
            }
            if (!abandoned) {
                try (Statement s = side.createStatement()) {
                    // One segment to search, built in one merge rather than level by level as rows came (a fifth
                    // less work for the index of a million events); then the store's usual merging again.
                    s.execute("INSERT INTO search_index (search_index) VALUES ('optimize')");
                    s.execute("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 4)");
                }
            }
            side.commit();
        } catch (Throwable e) {
            failure = e;
            // Whoever waits to add a row sees the failure; nothing more is taken from the queue.
        }
    }

    /**
     * Indexes the rows staged, in one statement. Given to FTS5 64 at a time, as they come, the rows of a million
     * events cost the index's thread 28 CPU-seconds; staged and given 16,384 at a time, 24 (two runs each).
     */
    private static void index(Statement s) throws SQLException {
        // A null key lets the index number the row, as it would without one.
        s.execute("INSERT INTO search_index (rowid, kind, ref, title, body)"
                + " SELECT key, kind, ref, title, body FROM temp.staged ORDER BY rowid");
        s.execute("DELETE FROM temp.staged");
    }

    /**
     * Waits for every row to be indexed, then replaces the store's empty index with the one built aside, in the
     * store's current transaction.
     *
     * <p>The tables behind the index are written directly, past FTS5, which keeps what it read of them per
     * connection and reads again at the start of the next transaction that uses the index. So the store's
     * connection must not use the index in this transaction before the move, nor after it until commit: the
     * writer never does (tested: a store that searched while empty finds what is then imported into it).
     */
    void moveInto(Connection db) throws SQLException {
        end();
        check();
        List<String> tables = new ArrayList<>();
        try (Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT name FROM " + SCHEMA + ".sqlite_schema"
                     + " WHERE type = 'table' AND name GLOB 'search_index_*' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = db.createStatement()) {
            for (String table : tables) {
                // Names read from the side file's schema, which this class created: identifiers cannot be bound.
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                s.execute("DELETE FROM main." + quoted);
                s.execute("INSERT INTO main." + quoted + " SELECT * FROM " + SCHEMA + "." + quoted);
            }
        }
    }

    /** Lets the index's thread finish what it holds, and waits for it. */
    private void end() throws SQLException {
        finish();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while indexing", e);
        }
    }

    /**
     * Tells the index's thread that no more rows come, without waiting for it: it indexes what it holds and
     * merges the index while the caller does other work.
     */
    void finish() throws SQLException {
        if (ended) {
            return;
        }
        try {
            while (worker.isAlive() && !rows.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // The thread is still taking rows: wait for room.
            }
            ended = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while indexing", e);
        }
    }

    /** Detaches and removes the side file; called once the store's transaction has ended, either way. */
    void close(Connection db) {
        abandoned = true;
        // Waiting for a row that will not come, or about to: the thread stops at its next wait. (After a move into
        // the store, it is already done.)
        worker.interrupt();
        // The side connection is closed only once its thread is done with it.
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        discard(side, db);
    }
}
