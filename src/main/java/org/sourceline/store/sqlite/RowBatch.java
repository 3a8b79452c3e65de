package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Inserts rows into one table many at a time: one statement with {@link #ROWS} sets of bound parameters costs
 * far less than as many statements of one row each, whose per-call overhead in the driver dominates small rows.
 * Rows are written in the order they were added; {@link #flush()} writes what is left.
 */
final class RowBatch implements AutoCloseable {
    /** Rows per statement: SQLite accepts up to 32,766 parameters, and beyond this the gain is gone. */
    static final int ROWS = 64;

    private final Connection db;
    private final String insert;
    private final int columns;
    private final Object[] values;
    private int rows;
    private PreparedStatement full;

    /** @param insert the statement up to its values, e.g. {@code INSERT INTO t (a, b)} */
    RowBatch(Connection db, String insert, int columns) {
        this.db = db;
        this.insert = insert;
        this.columns = columns;
        this.values = new Object[ROWS * columns];
    }

    /** Adds one row: as many values as the table has columns, each a String, Long, Integer or null. */
    void add(Object... row) throws SQLException {
        System.arraycopy(row, 0, values, rows * columns, columns);
        if (++rows == ROWS) {
            if (full == null) {
                full = db.prepareStatement(sql(ROWS));
            }
            execute(full, ROWS);
        }
    }

    void flush() throws SQLException {
        if (rows > 0) {
            try (PreparedStatement rest = db.prepareStatement(sql(rows))) {
                execute(rest, rows);
            }
        }
    }

    private void execute(PreparedStatement st, int count) throws SQLException {
        for (int i = 0; i < count * columns; i++) {
            Object v = values[i];
            if (v instanceof String s) {
                st.setString(i + 1, s);
            } else if (v instanceof Long l) {
                st.setLong(i + 1, l);
            } else if (v instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (v == null) {
                st.setNull(i + 1, Types.NULL);
            } else {
                throw new IllegalArgumentException("cannot store a " + v.getClass().getSimpleName());
            }
            values[i] = null;
        }
        st.executeUpdate();
        rows = 0;
    }

    private String sql(int count) {
        String row = "(?" + ", ?".repeat(columns - 1) + ")";
        StringBuilder sql = new StringBuilder(insert.length() + count * (row.length() + 2)).append(insert)
                .append(" VALUES ").append(row);
        for (int i = 1; i < count; i++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
