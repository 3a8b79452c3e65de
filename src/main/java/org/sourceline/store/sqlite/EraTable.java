package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Era;

/** The eras of a store (schema version 3 on), kept apart from the events they frame. */
final class EraTable {
    static final int SINCE_VERSION = 3;

    private EraTable() {
    }

    static void insert(Connection db, List<Era> eras) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "INSERT INTO eras (id, label, date, category, color, start_s, end_s) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Era era : eras) {
                st.setString(1, era.id());
                st.setString(2, era.label());
                st.setString(3, era.date().toString());
                st.setString(4, era.category());
                st.setString(5, era.color());
                st.setLong(6, era.date().earliestEpochSecond());
                st.setLong(7, era.date().latestEpochSecond());
                st.executeUpdate();
            }
        }
    }

    static void clear(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM eras");
        }
    }

    /** The ids among {@code eras} that the store already holds, as "era ID". */
    static List<String> clashes(Connection db, List<Era> eras) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM eras WHERE id = ?")) {
            for (Era era : eras) {
                q.setString(1, era.id());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        found.add("era " + era.id());
                    }
                }
            }
        }
        return found;
    }

    /** Every era in time order: earliest instant, then latest, then id. */
    static List<Era> all(Connection db) throws SQLException {
        List<Era> eras = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, label, date, category, color FROM eras"
                     + " ORDER BY start_s, end_s, id")) {
            while (rs.next()) {
                eras.add(new Era(rs.getString(1), rs.getString(2), Sql.date(rs.getString(3), "era " + rs.getString(1)),
                        rs.getString(4),
                        rs.getString(5)));
            }
        }
        return eras;
    }
}
