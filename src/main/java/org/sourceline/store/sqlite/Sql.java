package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small reads the parts of the store share. */
final class Sql {
    private Sql() {
    }

    /** The first column of every row of a query that binds one number (an event's seq), in order. */
    static List<String> values(Connection db, String sql, long seq) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
