package org.sourceline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.Event;
import org.sourceline.model.Place;
import org.sourceline.model.Source;

/**
 * Writes many events in one transaction without holding them in memory: for the synthetic store generator and
 * other bulk loads. Nothing is visible to readers until {@link #commit()}; closing without committing rolls back.
 */
public final class BulkWriter implements AutoCloseable {
    private final Store store;
    private final Connection db;
    private final PreparedStatement source;
    private final PreparedStatement actor;
    private final PreparedStatement place;
    private final PreparedStatement event;
    private final PreparedStatement eventActor;
    private final PreparedStatement eventPlace;
    private final PreparedStatement eventTag;
    private final PreparedStatement citation;
    private final PreparedStatement search;
    private boolean committed;
    private long nextSeq;

    private final boolean fresh;

    /** The schema's secondary indexes (migration 1), by name: dropped and rebuilt around a fresh store's load. */
    static final java.util.Map<String, String> SECONDARY_INDEXES = java.util.Map.of(
            "events_by_time", "CREATE INDEX events_by_time ON events (start_s, end_s)",
            "event_actors_by_actor", "CREATE INDEX event_actors_by_actor ON event_actors (actor_id)",
            "event_places_by_place", "CREATE INDEX event_places_by_place ON event_places (place_id)",
            "citations_by_source", "CREATE INDEX citations_by_source ON citations (source_id, start_offset)");

    BulkWriter(Store store, Connection db, boolean fresh) throws StoreException {
        this.store = store;
        this.db = db;
        this.fresh = fresh;
        try {
            try (Statement pragma = db.createStatement()) {
                // A big page cache keeps a large transaction (and the full-text index it feeds) in memory.
                pragma.execute("PRAGMA cache_size = -262144");
                if (fresh) {
                    // A store being created has nothing to protect yet, and its writer checks its own references:
                    // no foreign-key lookups per row, no journal, no syncs until the end.
                    pragma.execute("PRAGMA foreign_keys = OFF");
                    pragma.execute("PRAGMA journal_mode = OFF");
                    pragma.execute("PRAGMA synchronous = OFF");
                }
            }
            if (fresh) {
                try (Statement drop = db.createStatement()) {
                    // Secondary indexes are built once at the end, by sorting, instead of row by row.
                    for (String index : SECONDARY_INDEXES.keySet()) {
                        drop.execute("DROP INDEX IF EXISTS " + index);
                    }
                }
            }
            db.setAutoCommit(false);
            source = db.prepareStatement("INSERT INTO sources (id, file, title, outlet, author, published, language,"
                    + " url, body_lines, note, raw_text, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            actor = db.prepareStatement("INSERT INTO actors (id, name, description) VALUES (?, ?, ?)");
            place = db.prepareStatement("INSERT INTO places (id, name, country) VALUES (?, ?, ?)");
            event = db.prepareStatement("INSERT INTO events (seq, id, title, title_en, summary, date, display_date,"
                    + " category, note, start_s, end_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery("SELECT coalesce(max(seq), 0) FROM events")) {
                rs.next();
                // Numbering the rows here spares a query for each generated key.
                nextSeq = rs.getLong(1) + 1;
            }
            eventActor = db.prepareStatement("INSERT INTO event_actors (event_seq, position, actor_id) VALUES (?, ?, ?)");
            eventPlace = db.prepareStatement("INSERT INTO event_places (event_seq, position, place_id) VALUES (?, ?, ?)");
            eventTag = db.prepareStatement("INSERT INTO event_tags (event_seq, position, tag) VALUES (?, ?, ?)");
            citation = db.prepareStatement("INSERT INTO citations (event_seq, position, source_id, quote, start_offset,"
                    + " end_offset) VALUES (?, ?, ?, ?, ?, ?)");
            search = db.prepareStatement("INSERT INTO search_index (kind, ref, title, body) VALUES (?, ?, ?, ?)");
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    public void source(Source s, Article article) throws StoreException {
        try {
            source.setString(1, s.id());
            source.setString(2, s.file());
            source.setString(3, s.title());
            source.setString(4, s.outlet());
            source.setString(5, s.author());
            source.setString(6, s.published().toString());
            source.setString(7, s.language());
            source.setString(8, s.url());
            source.setString(9, s.bodyLines().get(0).from() + "-" + s.bodyLines().get(0).to());
            source.setString(10, s.note());
            source.setString(11, article.rawText());
            source.setString(12, article.body());
            source.executeUpdate();
            search.setString(1, "source");
            search.setString(2, s.id());
            search.setString(3, s.title());
            search.setString(4, article.body());
            search.executeUpdate();
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    public void actor(Actor a) throws StoreException {
        try {
            actor.setString(1, a.id());
            actor.setString(2, a.name());
            actor.setString(3, a.description());
            actor.executeUpdate();
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    public void place(Place p) throws StoreException {
        try {
            place.setString(1, p.id());
            place.setString(2, p.name());
            place.setString(3, p.country());
            place.executeUpdate();
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /**
     * @param quoteStarts where each citation's quote starts in its source's body, in citation order
     * @param searchable  the text the search index holds for the event beside its title
     */
    public void event(Event e, int[] quoteStarts, String searchable) throws StoreException {
        try {
            long seq = nextSeq++;
            event.setLong(1, seq);
            event.setString(2, e.id());
            event.setString(3, e.title());
            event.setString(4, e.titleEn());
            event.setString(5, e.summary());
            event.setString(6, e.date().toString());
            event.setString(7, e.displayDate());
            event.setString(8, e.category());
            event.setString(9, e.note());
            event.setLong(10, e.date().earliestEpochSecond());
            event.setLong(11, e.date().latestEpochSecond());
            event.executeUpdate();
            positions(eventActor, seq, e.actors());
            positions(eventPlace, seq, e.places());
            positions(eventTag, seq, e.tags());
            for (int i = 0; i < e.citations().size(); i++) {
                Citation c = e.citations().get(i);
                citation.setLong(1, seq);
                citation.setInt(2, i);
                citation.setString(3, c.sourceId());
                citation.setString(4, c.quote());
                citation.setInt(5, quoteStarts[i]);
                citation.setInt(6, quoteStarts[i] + c.quote().length());
                citation.executeUpdate();
            }
            search.setString(1, "event");
            search.setString(2, e.id());
            search.setString(3, e.title());
            search.setString(4, searchable);
            search.executeUpdate();
        } catch (SQLException ex) {
            throw store.failure(ex);
        }
    }

    private static void positions(PreparedStatement st, long seq, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setLong(1, seq);
            st.setInt(2, i);
            st.setString(3, values.get(i));
            st.executeUpdate();
        }
    }

    public void commit() throws StoreException {
        try {
            if (fresh) {
                try (Statement create = db.createStatement()) {
                    for (String definition : SECONDARY_INDEXES.values()) {
                        create.execute(definition);
                    }
                }
            }
            db.commit();
            committed = true;
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            if (!committed) {
                db.rollback();
            }
            for (PreparedStatement st : new PreparedStatement[] {source, actor, place, event, eventActor, eventPlace,
                eventTag, citation, search}) {
                st.close();
            }
            db.setAutoCommit(true);
            if (fresh) {
                try (Statement pragma = db.createStatement()) {
                    pragma.execute("PRAGMA synchronous = FULL");
                    pragma.execute("PRAGMA journal_mode = WAL");
                    pragma.execute("PRAGMA foreign_keys = ON");
                }
            }
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }
}
