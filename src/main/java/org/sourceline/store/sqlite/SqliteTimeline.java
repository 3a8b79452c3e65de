package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourceline.model.Era;
import org.sourceline.store.EventColumns;
import org.sourceline.store.EventRow;
import org.sourceline.store.StoreException;
import org.sourceline.store.TimeSpan;

/** The timeline's reads: every event in time order, kept ready as columns, and the eras. */
final class SqliteTimeline implements org.sourceline.store.TimelineReads {
    private final SqliteStore store;
    private final Connection db;

    SqliteTimeline(SqliteStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    private StoreException failure(SQLException e) {
        return store.failure(e);
    }

    /** Every event in time order (earliest instant, then latest, then id), without citations. */
    @Override
    public int eventCount() throws StoreException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<EventRow> listEvents() throws StoreException {
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT id, title, title_en, date, display_date, category, start_s, end_s FROM events"
                        + " ORDER BY start_s, end_s, id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return rows;
    }

    /**
     * Every event as the timeline needs it, in the order of {@link #listEvents()}. Read from the copy the store
     * keeps ready when there is one (one blob, a fraction of a second for a million events); otherwise built from
     * the events table and kept for next time. Any change to the events drops the kept copy in the same
     * transaction, so it is never stale.
     */
    @Override
    public EventColumns eventColumns() throws StoreException {
        try {
            if (store.version() < KEPT_COLUMNS_VERSION) {
                return readEventColumns();
            }
            try (PreparedStatement q = db.prepareStatement("SELECT data FROM timeline_cache WHERE format = ?")) {
                q.setInt(1, EventColumns.FORMAT);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        try {
                            return EventColumns.fromBytes(rs.getBytes(1));
                        } catch (IllegalArgumentException damaged) {
                            // Rebuilt below from the events themselves, which are the truth.
                        }
                    }
                }
            }
            db.setAutoCommit(false);
            try {
                EventColumns columns = readEventColumns();
                try {
                    keepEventColumns(columns);
                    db.commit();
                } catch (SQLException busyOrReadOnly) {
                    // Keeping the copy is an optimisation: another writer or a read-only file only costs speed.
                    db.rollback();
                }
                return columns;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<TimeSpan> eventTimeRange() throws StoreException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(start_s), max(end_s), count(*) FROM events")) {
            return rs.next() && rs.getLong(3) > 0 ? Optional.of(new TimeSpan(rs.getLong(1), rs.getLong(2)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private EventColumns readEventColumns() throws SQLException {
        EventColumns.Builder builder = new EventColumns.Builder();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT id, title, title_en, date, display_date, category,"
                        + " (SELECT group_concat(actor_id, char(31)) FROM (SELECT actor_id FROM event_actors"
                        + "   WHERE event_seq = events.seq ORDER BY position))"
                        + " FROM events");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String date = rs.getString(4);
                String actors = rs.getString(7);
                builder.add(rs.getString(1), rs.getString(2), rs.getString(3),
                        Sql.date(date, "event " + rs.getString(1)), date,
                        rs.getString(5), rs.getString(6), actors == null ? List.of()
                                : List.of(actors.split(String.valueOf(EventColumns.ACTOR_SEPARATOR))));
            }
        }
        return builder.build();
    }

    /** The schema version that added {@code timeline_cache}. */
    private static final int KEPT_COLUMNS_VERSION = 4;

    /** The columns built from the events table, ignoring any kept copy. */
    EventColumns readEventColumnsForTest() throws SQLException {
        return readEventColumns();
    }

    /** Keeps the columns for the next opening; part of the caller's transaction. */
    void keepEventColumns(EventColumns columns) throws SQLException {
        if (store.version() < KEPT_COLUMNS_VERSION) {
            return;   // a store held at an older schema (in tests) has nowhere to keep them
        }
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM timeline_cache");
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO timeline_cache (format, data) VALUES (?, ?)")) {
            insert.setInt(1, EventColumns.FORMAT);
            insert.setBytes(2, columns.toBytes());
            insert.executeUpdate();
        }
    }

    /** Events that overlap the window [fromSecond, toSecond), in time order. */
    @Override
    public List<EventRow> eventsBetween(long fromSecond, long toSecond) throws StoreException {
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT id, title, title_en, date, display_date, category, start_s, end_s FROM events"
                        + " WHERE start_s < ? AND end_s > ? ORDER BY start_s, end_s, id")) {
            q.setLong(1, toSecond);
            q.setLong(2, fromSecond);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return rows;
    }

    private static EventRow row(ResultSet rs) throws SQLException {
        return new EventRow(rs.getString(1), rs.getString(2), rs.getString(3),
                Sql.date(rs.getString(4), "event " + rs.getString(1)),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8));
    }


    /** Every era of the store in time order: the bands drawn behind the events. */
    @Override
    public List<Era> eras() throws StoreException {
        try {
            return store.hasEras() ? EraTable.all(db) : List.of();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

}
