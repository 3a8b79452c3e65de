package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;

/** Small reads the parts of the store share. */
final class Sql {
    private Sql() {
    }

    /**
     * A date as the store keeps it. Sourceline writes only dates it has checked: one that cannot be read was put
     * there by another program, and is reported as such, naming what it belongs to, not as a parsing error.
     */
    static EdtfDate date(String text, String owner) throws SQLException {
        try {
            return EdtfDate.parse(text);
        } catch (EdtfException | NullPointerException e) {
            throw new SQLException("the store holds a date it cannot read for " + owner + ": \"" + text + "\" ("
                    + e.getMessage() + "); it was changed by another program; the store was left as it is", e);
        }
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
