package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.Citation;
import org.sourceline.model.Event;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Rules;
import org.sourceline.model.Source;
import org.sourceline.model.Violation;
import org.sourceline.store.RefusedChangeException;
import org.sourceline.store.RefusedChangeException.Reason;
import org.sourceline.store.StoreException;

/**
 * Applies changes to the store, each in one transaction: the rows of what changed, its search row and the time
 * index together, or nothing. Every "before" is checked against what the store holds, and every "after" against the
 * rules of the data, before anything is written.
 */
final class SqliteWrites {
    private final SqliteStore store;
    private final Connection db;
    /** The articles read during one change, by source id: a change citing one source many times reads it once. */
    private final Map<String, Article> articles = new HashMap<>();

    SqliteWrites(SqliteStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    void apply(Change change) throws StoreException {
        try {
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw store.failure(e);
        }
        boolean done = false;
        try {
            // The write lock first: what is checked below cannot then change before it is written.
            try (Statement lock = db.createStatement()) {
                lock.execute("DELETE FROM main.sl_meta WHERE 0");
            }
            applyParts(change);
            db.commit();
            done = true;
        } catch (SQLException e) {
            throw store.failure(e);
        } finally {
            if (!done) {
                rollBack();
            }
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // A broken connection: the store reports it at its next use.
            }
        }
    }

    /**
     * Applies a change within the caller's transaction, which holds the write lock: an import applies its updates
     * so. Nothing is committed or rolled back here.
     */
    void applyWithin(Change change) throws StoreException, SQLException {
        applyParts(change);
    }

    private void applyParts(Change change) throws StoreException, SQLException {
        try {
            for (Change part : change.parts()) {
                applyPart(part);
            }
        } catch (StoreFailure e) {
            throw (SQLException) e.getCause();
        }
    }

    private void rollBack() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The transaction went with the connection: nothing was committed.
        }
    }

    private void applyPart(Change part) throws SQLException, StoreException {
        if (part instanceof Change.OfEvent c) {
            event(c);
        } else if (part instanceof Change.OfSource c) {
            source(c);
        } else if (part instanceof Change.OfActor c) {
            actor(c);
        } else if (part instanceof Change.OfPlace c) {
            place(c);
        } else if (part instanceof Change.OfCategory c) {
            category(c);
        } else if (part instanceof Change.OfEra c) {
            era(c);
        } else if (part instanceof Change.OfInfo c) {
            info(c);
        } else {
            throw new IllegalArgumentException("not a single change: " + part);
        }
    }

    private RefusedChangeException refused(Reason reason, String subject) {
        return new RefusedChangeException(store.location(), reason, subject, List.of(), List.of());
    }

    private RefusedChangeException invalid(String subject, List<Violation> violations) {
        return new RefusedChangeException(store.location(), Reason.INVALID, subject, violations, List.of());
    }

    /** Refuses a change whose "before" is not what the store holds now. */
    private <T> void expect(T before, Optional<T> current, String subject) throws RefusedChangeException {
        if (before == null && current.isPresent()) {
            throw refused(Reason.ALREADY_THERE, subject);
        }
        if (before != null && !current.map(before::equals).orElse(false)) {
            throw refused(Reason.CHANGED_SINCE, subject);
        }
    }

    // ---- events ---------------------------------------------------------------------------------------------

    private void event(Change.OfEvent c) throws SQLException, StoreException {
        String subject = "event " + c.id();
        expect(c.before(), store.event(c.id()), subject);
        Long seq = c.before() == null ? null : eventSeq(c.id());
        if (c.after() == null) {
            deleteSearchRow(seq);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM events WHERE seq = ?")) {
                delete.setLong(1, seq);
                delete.executeUpdate();
            }
            return;
        }
        Event e = c.after();
        Rules.EventCheck check = Rules.event(e, references());
        if (!check.ok()) {
            throw invalid(subject, check.violations());
        }
        String date = e.date().toString();
        if (seq == null) {
            seq = store.lastSeq() + 1;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO events (seq, id, title, title_en,"
                    + " summary, date, display_date, category, note, start_s, end_s)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setString(2, e.id());
                bindEvent(insert, 3, e, date);
                insert.executeUpdate();
            }
        } else {
            try (PreparedStatement update = db.prepareStatement("UPDATE events SET title = ?, title_en = ?,"
                    + " summary = ?, date = ?, display_date = ?, category = ?, note = ?, start_s = ?, end_s = ?"
                    + " WHERE seq = ?")) {
                bindEvent(update, 1, e, date);
                update.setLong(10, seq);
                update.executeUpdate();
            }
            for (String table : List.of("event_actors", "event_places", "event_tags", "citations")) {
                // Table names are constants of this class: identifiers cannot be bound.
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE event_seq = ?")) {
                    delete.setLong(1, seq);
                    delete.executeUpdate();
                }
            }
        }
        insertList("INSERT INTO event_actors (event_seq, position, actor_id) VALUES (?, ?, ?)", seq, e.actors());
        insertList("INSERT INTO event_places (event_seq, position, place_id) VALUES (?, ?, ?)", seq, e.places());
        insertList("INSERT INTO event_tags (event_seq, position, tag) VALUES (?, ?, ?)", seq, e.tags());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO citations (event_seq, position, source_id,"
                + " quote, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < e.citations().size(); i++) {
                Citation citation = e.citations().get(i);
                int start = check.quoteStarts()[i];
                insert.setLong(1, seq);
                insert.setInt(2, i);
                insert.setString(3, citation.sourceId());
                insert.setString(4, citation.quote());
                insert.setInt(5, start);
                insert.setInt(6, start + citation.quote().length());
                insert.executeUpdate();
            }
        }
        reindexEvent(seq);
    }

    private static void bindEvent(PreparedStatement st, int first, Event e, String date) throws SQLException {
        st.setString(first, e.title());
        st.setString(first + 1, e.titleEn());
        st.setString(first + 2, e.summary());
        st.setString(first + 3, date);
        st.setString(first + 4, e.displayDate());
        st.setString(first + 5, e.category());
        st.setString(first + 6, e.note());
        st.setLong(first + 7, e.date().earliestEpochSecond());
        st.setLong(first + 8, e.date().latestEpochSecond());
    }

    private void insertList(String sql, long seq, List<String> values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setLong(1, seq);
                insert.setInt(2, i);
                insert.setString(3, values.get(i));
                insert.executeUpdate();
            }
        }
    }

    private long eventSeq(String id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT seq FROM events WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What an event's references are checked against: the store as it is within this transaction. */
    private Rules.References references() {
        return new Rules.References() {
            @Override
            public boolean hasActor(String id) {
                return exists("SELECT 1 FROM actors WHERE id = ?", id);
            }

            @Override
            public boolean hasPlace(String id) {
                return exists("SELECT 1 FROM places WHERE id = ?", id);
            }

            @Override
            public boolean hasCategory(String id) {
                return !store.hasCategories() || exists("SELECT 1 FROM categories WHERE id = ?", id);
            }

            @Override
            public Article article(String sourceId) {
                return articles.computeIfAbsent(sourceId, id -> {
                    try {
                        return readArticle(id);
                    } catch (SQLException e) {
                        throw new StoreFailure(e);
                    }
                });
            }
        };
    }

    private boolean exists(String sql, String id) {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    private Article readArticle(String sourceId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT raw_text, body FROM sources WHERE id = ?")) {
            q.setString(1, sourceId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Article(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    /** An SQL failure inside a check the rules call back into; unwrapped where the change is applied. */
    private static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super(cause);
        }
    }

    // ---- search rows ----------------------------------------------------------------------------------------

    /**
     * Whether the row numbered {@code seq} is the index's to keep now: not while the index's build has yet to reach
     * it (that build reads it as the store holds it when it does).
     */
    private boolean indexed(long seq) throws SQLException {
        return store.hasSearchIndex() && (!store.hasSearchBacklog() || SearchBacklog.covers(db, seq));
    }

    private void deleteSearchRow(long seq) throws SQLException {
        if (!indexed(seq)) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM search_index WHERE rowid = ?")) {
            delete.setLong(1, seq);
            delete.executeUpdate();
        }
    }

    /** Writes an event's search row anew from what the store now holds of it. */
    private void reindexEvent(long seq) throws SQLException {
        if (!indexed(seq)) {
            return;
        }
        deleteSearchRow(seq);
        SearchRows.indexEvent(db, seq, store.hasPlaceAliases());
    }

    private void reindexEventsWhere(String sql, String id) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        for (long seq : seqs) {
            reindexEvent(seq);
        }
    }

    // ---- sources --------------------------------------------------------------------------------------------

    private void source(Change.OfSource c) throws SQLException, StoreException {
        String subject = "source " + c.id();
        expect(c.before(), store.sourceDocument(c.id()), subject);
        if (c.after() == null) {
            List<String> citing = ids("SELECT DISTINCT e.id FROM citations c JOIN events e ON e.seq = c.event_seq"
                    + " WHERE c.source_id = ? ORDER BY e.id", c.id());
            if (!citing.isEmpty()) {
                throw new RefusedChangeException(store.location(), Reason.IN_USE, subject, List.of(), citing);
            }
            long seq = sourceSeq(c.id());
            deleteSearchRow(seq);
            writeOriginal(c.id(), null);
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM sources WHERE id = ?")) {
                delete.setString(1, c.id());
                delete.executeUpdate();
            }
            return;
        }
        Source s = c.after().source();
        Article article = c.after().article();
        List<Violation> broken = new ArrayList<>(Rules.source(s));
        try {
            if (!Article.cut(article.rawText(), s.bodyLines()).body().equals(article.body())) {
                throw new IllegalArgumentException("the body is not the text of the body lines");
            }
        } catch (IllegalArgumentException e) {
            throw new RefusedChangeException(store.location(), Reason.INVALID, subject + " (" + e.getMessage() + ")",
                    broken, List.of());
        }
        if (!broken.isEmpty()) {
            throw invalid(subject, broken);
        }
        String ranges = String.join(",", s.bodyLines().stream().map(r -> r.from() + "-" + r.to()).toList());
        long seq;
        if (c.before() == null) {
            seq = store.lastSeq() + 1;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO sources (file, title, outlet, author,"
                    + " published, language, url, body_lines, note, raw_text, body, id, seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindSource(insert, s, article, ranges);
                insert.setString(12, s.id());
                insert.setLong(13, seq);
                insert.executeUpdate();
            }
        } else {
            seq = sourceSeq(c.id());
            try (PreparedStatement update = db.prepareStatement("UPDATE sources SET file = ?, title = ?, outlet = ?,"
                    + " author = ?, published = ?, language = ?, url = ?, body_lines = ?, note = ?, raw_text = ?,"
                    + " body = ? WHERE id = ?")) {
                bindSource(update, s, article, ranges);
                update.setString(12, s.id());
                update.executeUpdate();
            }
            if (!c.before().article().body().equals(article.body())) {
                moveCitations(subject, s.id(), article.body());
            }
        }
        writeOriginal(s.id(), c.after().original());
        if (indexed(seq)) {
            deleteSearchRow(seq);
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (?, 'source', ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setString(2, s.id());
                insert.setString(3, s.title());
                insert.setString(4, article.body());
                insert.executeUpdate();
            }
        }
    }

    /** The file a source's article was read from, kept byte for byte, or none. */
    private void writeOriginal(String sourceId, Original original) throws SQLException, StoreException {
        store.checkOriginal(original);
        if (!store.hasOriginals()) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM source_originals WHERE source_id = ?")) {
            delete.setString(1, sourceId);
            delete.executeUpdate();
        }
        if (original == null) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO source_originals (source_id, file_name,"
                + " media_type, bytes, page_lines) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sourceId);
            insert.setString(2, original.fileName());
            insert.setString(3, original.mediaType());
            insert.setBytes(4, original.bytes());
            insert.setString(5, SqliteCatalog.pageLines(original.pageLines()));
            insert.executeUpdate();
        }
    }

    private static void bindSource(PreparedStatement st, Source s, Article article, String ranges)
            throws SQLException {
        st.setString(1, s.file());
        st.setString(2, s.title());
        st.setString(3, s.outlet());
        st.setString(4, s.author());
        st.setString(5, s.published().toString());
        st.setString(6, s.language());
        st.setString(7, s.url());
        st.setString(8, ranges);
        st.setString(9, s.note());
        st.setString(10, article.rawText());
        st.setString(11, article.body());
    }

    /**
     * A source's text changed: every quote of it must still stand verbatim in the new body, where its offsets are
     * found again; otherwise the change is refused, naming the events whose quotes are gone.
     */
    private void moveCitations(String subject, String sourceId, String body) throws SQLException,
            RefusedChangeException {
        record Cited(long seq, int position, String eventId, String quote) {
        }
        List<Cited> cited = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT c.event_seq, c.position, e.id, c.quote FROM citations c"
                + " JOIN events e ON e.seq = c.event_seq WHERE c.source_id = ? ORDER BY e.id, c.position")) {
            q.setString(1, sourceId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    cited.add(new Cited(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<String> lost = new ArrayList<>();
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE citations SET start_offset = ?, end_offset = ? WHERE event_seq = ? AND position = ?")) {
            for (Cited c : cited) {
                int start = body.indexOf(c.quote());
                if (start < 0) {
                    if (!lost.contains(c.eventId())) {
                        lost.add(c.eventId());
                    }
                    continue;
                }
                update.setInt(1, start);
                update.setInt(2, start + c.quote().length());
                update.setLong(3, c.seq());
                update.setInt(4, c.position());
                update.executeUpdate();
            }
        }
        if (!lost.isEmpty()) {
            throw new RefusedChangeException(store.location(), Reason.IN_USE, subject, List.of(), lost);
        }
    }

    private long sourceSeq(String id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT seq FROM sources WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> ids(String sql, String id) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    // ---- actors and places ----------------------------------------------------------------------------------

    private void actor(Change.OfActor c) throws SQLException, StoreException {
        String subject = "actor " + c.id();
        expect(c.before(), Optional.ofNullable(store.actorsById().get(c.id())), subject);
        if (c.after() == null) {
            refuseIfNamed(subject, "SELECT DISTINCT e.id FROM event_actors x JOIN events e ON e.seq = x.event_seq"
                    + " WHERE x.actor_id = ? ORDER BY e.id", c.id());
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM actors WHERE id = ?")) {
                delete.setString(1, c.id());
                delete.executeUpdate();
            }
            return;
        }
        Actor a = c.after();
        List<Violation> broken = Rules.actor(a);
        if (!broken.isEmpty()) {
            throw invalid(subject, broken);
        }
        if (c.before() == null) {
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO actors (name, description, id) VALUES (?, ?, ?)")) {
                insert.setString(1, a.name());
                insert.setString(2, a.description());
                insert.setString(3, a.id());
                insert.executeUpdate();
            }
        } else {
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE actors SET name = ?, description = ? WHERE id = ?")) {
                update.setString(1, a.name());
                update.setString(2, a.description());
                update.setString(3, a.id());
                update.executeUpdate();
            }
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM actor_aliases WHERE actor_id = ?")) {
                delete.setString(1, a.id());
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO actor_aliases (actor_id, position, alias) VALUES (?, ?, ?)")) {
            for (int i = 0; i < a.aliases().size(); i++) {
                insert.setString(1, a.id());
                insert.setInt(2, i);
                insert.setString(3, a.aliases().get(i));
                insert.executeUpdate();
            }
        }
        if (c.before() != null && !(c.before().name().equals(a.name()) && c.before().aliases().equals(a.aliases()))) {
            // Events are found by the names and spellings of their actors.
            reindexEventsWhere("SELECT event_seq FROM event_actors WHERE actor_id = ?", a.id());
        }
    }

    private void place(Change.OfPlace c) throws SQLException, StoreException {
        String subject = "place " + c.id();
        expect(c.before(), Optional.ofNullable(store.placesById().get(c.id())), subject);
        if (c.after() == null) {
            refuseIfNamed(subject, "SELECT DISTINCT e.id FROM event_places x JOIN events e ON e.seq = x.event_seq"
                    + " WHERE x.place_id = ? ORDER BY e.id", c.id());
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM places WHERE id = ?")) {
                delete.setString(1, c.id());
                delete.executeUpdate();
            }
            return;
        }
        Place p = c.after();
        List<Violation> broken = Rules.place(p);
        if (!broken.isEmpty()) {
            throw invalid(subject, broken);
        }
        store.checkPlaceAliases(p);
        String sql = c.before() == null ? "INSERT INTO places (name, country, id) VALUES (?, ?, ?)"
                : "UPDATE places SET name = ?, country = ? WHERE id = ?";
        try (PreparedStatement write = db.prepareStatement(sql)) {
            write.setString(1, p.name());
            write.setString(2, p.country());
            write.setString(3, p.id());
            write.executeUpdate();
        }
        if (store.hasPlaceAliases()) {
            if (c.before() != null) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM place_aliases WHERE place_id = ?")) {
                    delete.setString(1, p.id());
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO place_aliases (place_id, position, alias) VALUES (?, ?, ?)")) {
                for (int i = 0; i < p.aliases().size(); i++) {
                    insert.setString(1, p.id());
                    insert.setInt(2, i);
                    insert.setString(3, p.aliases().get(i));
                    insert.executeUpdate();
                }
            }
        }
        if (c.before() != null && !(c.before().name().equals(p.name()) && c.before().aliases().equals(p.aliases()))) {
            // Events are found by the names and spellings of their places.
            reindexEventsWhere("SELECT event_seq FROM event_places WHERE place_id = ?", p.id());
        }
    }

    private void category(Change.OfCategory c) throws SQLException, StoreException {
        String subject = "category " + c.id();
        expect(c.before(), Optional.ofNullable(store.categoriesById().get(c.id())), subject);
        if (c.after() == null) {
            refuseIfNamed(subject, "SELECT id FROM events WHERE category = ? ORDER BY id", c.id());
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM categories WHERE id = ?")) {
                delete.setString(1, c.id());
                delete.executeUpdate();
            }
            return;
        }
        Category k = c.after();
        List<Violation> broken = Rules.category(k);
        if (!broken.isEmpty()) {
            throw invalid(subject, broken);
        }
        String sql = c.before() == null ? "INSERT INTO categories (label, label_en, color, id) VALUES (?, ?, ?, ?)"
                : "UPDATE categories SET label = ?, label_en = ?, color = ? WHERE id = ?";
        try (PreparedStatement write = db.prepareStatement(sql)) {
            write.setString(1, k.label());
            write.setString(2, k.labelEn());
            write.setString(3, k.color());
            write.setString(4, k.id());
            write.executeUpdate();
        }
    }

    private void era(Change.OfEra c) throws SQLException, StoreException {
        String subject = "era " + c.id();
        if (!store.hasEras()) {
            throw new StoreException(store.location() + ": this store predates eras (schema version "
                    + store.version() + ")");
        }
        expect(c.before(), EraTable.all(db).stream().filter(e -> e.id().equals(c.id())).findFirst(), subject);
        if (c.after() != null) {
            List<Violation> broken = Rules.era(c.after());
            if (!broken.isEmpty()) {
                throw invalid(subject, broken);
            }
        }
        if (c.before() != null) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM eras WHERE id = ?")) {
                delete.setString(1, c.id());
                delete.executeUpdate();
            }
        }
        if (c.after() != null) {
            EraTable.insert(db, List.of(c.after()));
        }
    }

    private void info(Change.OfInfo c) throws SQLException, StoreException {
        expect(c.before(), Optional.of(store.info()), "the timeline's title");
        for (String[] entry : new String[][] {{"title", c.after().title()}, {"description", c.after().description()}}) {
            try (PreparedStatement write = db.prepareStatement(entry[1] == null ? "DELETE FROM sl_meta WHERE key = ?"
                    : "INSERT INTO sl_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                write.setString(1, entry[0]);
                if (entry[1] != null) {
                    write.setString(2, entry[1]);
                }
                write.executeUpdate();
            }
        }
    }

    private void refuseIfNamed(String subject, String sql, String id) throws SQLException, RefusedChangeException {
        List<String> naming = ids(sql, id);
        if (!naming.isEmpty()) {
            throw new RefusedChangeException(store.location(), Reason.IN_USE, subject, List.of(), naming);
        }
    }
}
