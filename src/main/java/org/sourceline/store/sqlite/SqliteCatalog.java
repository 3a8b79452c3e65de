package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.TimelineInfo;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.EventUses;
import org.sourceline.store.SourcePassage;
import org.sourceline.store.SourceText;
import org.sourceline.store.StoreException;

/** One event or source in full, the actors, places and sources events name, and the whole store for export. */
final class SqliteCatalog implements org.sourceline.store.CatalogReads {
    private final SqliteStore store;
    private final Connection db;

    SqliteCatalog(SqliteStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    private StoreException failure(SQLException e) {
        return store.failure(e);
    }

    /** The whole content of the store, as a timeline with its articles (for export). */
    @Override
    public LoadedTimeline load() throws StoreException {
        try {
            Map<String, String> meta = meta();
            Map<String, Source> sources = sources();
            Map<String, Article> articles = new HashMap<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, raw_text, body FROM sources")) {
                while (rs.next()) {
                    articles.put(rs.getString(1), new Article(rs.getString(2), rs.getString(3)));
                }
            }
            List<Actor> actors = new ArrayList<>(actorsById().values());
            List<Place> places = new ArrayList<>(placesById().values());
            List<Event> events = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM events ORDER BY start_s, end_s, id")) {
                while (rs.next()) {
                    events.add(eventById(rs.getString(1)).orElseThrow());
                }
            }
            List<Era> eras = store.hasEras() ? EraTable.all(db) : List.of();
            List<Category> categories = store.hasCategories() ? new ArrayList<>(categoriesById().values()) : List.of();
            Dataset dataset = new Dataset(meta.get("title"), meta.get("description"),
                    new ArrayList<>(sources.values()), actors, places, events, eras, categories);
            return new LoadedTimeline(dataset, articles, originals(null));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The files articles were read from, by source id: one source's, or every one's for a null id. */
    private Map<String, Original> originals(String sourceId) throws SQLException {
        Map<String, Original> found = new HashMap<>();
        if (!store.hasOriginals()) {
            return found;
        }
        try (PreparedStatement q = db.prepareStatement("SELECT source_id, file_name, media_type, bytes, page_lines"
                + " FROM source_originals" + (sourceId == null ? "" : " WHERE source_id = ?"))) {
            if (sourceId != null) {
                q.setString(1, sourceId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Original(rs.getString(2), rs.getString(3), rs.getBytes(4),
                            pageLines(rs.getString(5))));
                }
            }
        }
        return found;
    }

    /** "1,14,30" → [1, 14, 30]; "" → []. */
    static List<Integer> pageLines(String text) {
        List<Integer> lines = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                lines.add(Integer.parseInt(part.strip()));
            }
        }
        return lines;
    }

    static String pageLines(List<Integer> lines) {
        return String.join(",", lines.stream().map(String::valueOf).toList());
    }

    private Map<String, List<String>> grouped(String sql) throws SQLException {
        Map<String, List<String>> groups = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return groups;
    }

    private Map<String, Source> sources() throws SQLException {
        Map<String, Source> sources = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, file, title, outlet, author, published, language, url, body_lines, note"
                        + " FROM sources ORDER BY id")) {
            while (rs.next()) {
                sources.put(rs.getString(1), sourceFrom(rs));
            }
        }
        return sources;
    }

    private static Source sourceFrom(ResultSet rs) throws SQLException {
        List<LineRange> ranges = new ArrayList<>();
        for (String part : rs.getString(9).split(",")) {
            String[] ends = part.split("-");
            ranges.add(new LineRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
        }
        return new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.date(rs.getString(6), "source " + rs.getString(1)), rs.getString(7), rs.getString(8), ranges,
                rs.getString(10));
    }

    /** One event with everything it says, or empty if no event has that id. */
    @Override
    public Optional<Event> event(String id) throws StoreException {
        try {
            return eventById(id);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<Event> eventById(String id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT seq, id, title, title_en, summary, date, display_date, category, note FROM events WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long seq = rs.getLong(1);
                List<Citation> citations = new ArrayList<>();
                try (PreparedStatement c = db.prepareStatement(
                        "SELECT source_id, quote FROM citations WHERE event_seq = ? ORDER BY position")) {
                    c.setLong(1, seq);
                    try (ResultSet crs = c.executeQuery()) {
                        while (crs.next()) {
                            citations.add(new Citation(crs.getString(1), crs.getString(2)));
                        }
                    }
                }
                return Optional.of(new Event(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Sql.date(rs.getString(6), "event " + rs.getString(2)), rs.getString(7), rs.getString(8),
                        Sql.values(db, "SELECT actor_id FROM event_actors WHERE event_seq = ? ORDER BY position", seq),
                        Sql.values(db, "SELECT place_id FROM event_places WHERE event_seq = ? ORDER BY position", seq),
                        Sql.values(db, "SELECT tag FROM event_tags WHERE event_seq = ? ORDER BY position", seq),
                        citations, rs.getString(9)));
            }
        }
    }


    /** The passages an event cites, each with its source and offsets in the source's body. */
    @Override
    public TimelineInfo info() throws StoreException {
        try {
            Map<String, String> meta = meta();
            return new TimelineInfo(meta.get("title"), meta.get("description"));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Map<String, String> meta() throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM sl_meta")) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        return meta;
    }

    @Override
    public Optional<SourceDocument> sourceDocument(String sourceId) throws StoreException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT id, file, title, outlet, author, published, language, url, body_lines, note, raw_text, body"
                        + " FROM sources WHERE id = ?")) {
            q.setString(1, sourceId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Source source = sourceFrom(rs);
                Article article = new Article(rs.getString(11), rs.getString(12));
                return Optional.of(new SourceDocument(source, article, originals(sourceId).get(sourceId)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Event> eventsCiting(String sourceId) throws StoreException {
        return eventsWhere("EXISTS (SELECT 1 FROM citations c WHERE c.event_seq = e.seq AND c.source_id = ?)",
                sourceId);
    }

    @Override
    public List<Event> eventsNaming(String actorId) throws StoreException {
        return eventsWhere("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_seq = e.seq AND x.actor_id = ?)",
                actorId);
    }

    @Override
    public List<Event> eventsAt(String placeId) throws StoreException {
        return eventsWhere("EXISTS (SELECT 1 FROM event_places x WHERE x.event_seq = e.seq AND x.place_id = ?)",
                placeId);
    }

    @Override
    public EventUses uses(EventUses.Of what, String id, int limit) throws StoreException {
        // Counted from the index of the thing used; the first events taken in time order.
        String seqs = switch (what) {
            case SOURCE -> "SELECT DISTINCT event_seq FROM citations WHERE source_id = ?";
            case ACTOR -> "SELECT event_seq FROM event_actors WHERE actor_id = ?";
            case PLACE -> "SELECT event_seq FROM event_places WHERE place_id = ?";
            case CATEGORY -> "SELECT seq FROM events WHERE category = ?";
        };
        try {
            int count;
            try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM (" + seqs + ")")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                }
            }
            if (count == 0 || limit <= 0) {
                return new EventUses(count, List.of());
            }
            List<String> ids = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT e.id FROM events e WHERE e.seq IN (" + seqs
                    + ") ORDER BY e.start_s, e.end_s, e.id LIMIT ?")) {
                q.setString(1, id);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            List<Event> first = new ArrayList<>(ids.size());
            for (String eventId : ids) {
                first.add(eventById(eventId).orElseThrow());
            }
            return new EventUses(count, first);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The events a condition on {@code e} with one bound value lets through, whole, in time order. */
    private List<Event> eventsWhere(String condition, String value) throws StoreException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT e.id FROM events e WHERE " + condition
                + " ORDER BY e.start_s, e.end_s, e.id")) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            List<Event> events = new ArrayList<>(ids.size());
            for (String id : ids) {
                events.add(eventById(id).orElseThrow());
            }
            return events;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<CitedPassage> passagesOf(String eventId) throws StoreException {
        List<CitedPassage> passages = new ArrayList<>();
        try {
            Map<String, Source> sources = sources();
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT c.source_id, c.quote, c.start_offset, c.end_offset FROM citations c"
                            + " JOIN events e ON e.seq = c.event_seq WHERE e.id = ? ORDER BY c.position")) {
                q.setString(1, eventId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        passages.add(new CitedPassage(new Citation(rs.getString(1), rs.getString(2)),
                                sources.get(rs.getString(1)), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            return withPages(passages);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The passages, each with the page of its source's original file it starts on, for sources that have pages. */
    private List<CitedPassage> withPages(List<CitedPassage> passages) throws SQLException {
        if (!store.hasOriginals() || passages.isEmpty()) {
            return passages;
        }
        // Only the pages and the text: never the file's bytes, which may be large.
        Map<String, Optional<Paged>> paged = new HashMap<>();
        List<CitedPassage> out = new ArrayList<>(passages.size());
        try (PreparedStatement q = db.prepareStatement("SELECT o.page_lines, s.raw_text, s.body"
                + " FROM source_originals o JOIN sources s ON s.id = o.source_id WHERE o.source_id = ?")) {
            for (CitedPassage p : passages) {
                String id = p.source().id();
                if (!paged.containsKey(id)) {
                    q.setString(1, id);
                    Paged found = null;
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next() && !rs.getString(1).isBlank()) {
                            found = new Paged(pageLines(rs.getString(1)), new Article(rs.getString(2),
                                    rs.getString(3)));
                        }
                    }
                    paged.put(id, Optional.ofNullable(found));
                }
                Optional<Paged> pages = paged.get(id);
                if (pages.isEmpty()) {
                    out.add(p);
                    continue;
                }
                int line = pages.get().article().lineOf(p.source().bodyLines(), p.start());
                out.add(new CitedPassage(p.citation(), p.source(), p.start(), p.end(),
                        Original.pageOfLine(pages.get().lines(), line)));
            }
        }
        return out;
    }

    /** The line each page starts at, and the text they count in. */
    private record Paged(List<Integer> lines, Article article) {
    }

    /** A source's article body and the passages events cite in it, or empty if there is no such source. */
    @Override
    public Optional<SourceText> sourceText(String sourceId) throws StoreException {
        try {
            Source source = null;
            String body = null;
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT id, file, title, outlet, author, published, language, url, body_lines, note, body"
                            + " FROM sources WHERE id = ?")) {
                q.setString(1, sourceId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    source = sourceFrom(rs);
                    body = rs.getString(11);
                }
            }
            List<SourcePassage> passages = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT e.id, e.title, c.start_offset, c.end_offset FROM citations c"
                            + " JOIN events e ON e.seq = c.event_seq WHERE c.source_id = ?"
                            + " ORDER BY c.start_offset, c.end_offset, e.start_s, e.id")) {
                q.setString(1, sourceId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        passages.add(new SourcePassage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            return Optional.of(new SourceText(source, body, passages));
        } catch (SQLException e) {
            throw failure(e);
        }
    }


    /** Every actor of the store, by id. */
    @Override
    public Map<String, Actor> actorsById() throws StoreException {
        Map<String, Actor> actors = new LinkedHashMap<>();
        try {
            Map<String, List<String>> aliases = grouped(
                    "SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, position");
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, description FROM actors ORDER BY id")) {
                while (rs.next()) {
                    actors.put(rs.getString(1), new Actor(rs.getString(1), rs.getString(2),
                            aliases.getOrDefault(rs.getString(1), List.of()), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return actors;
    }

    @Override
    public Map<String, Category> categoriesById() throws StoreException {
        Map<String, Category> categories = new LinkedHashMap<>();
        try {
            if (!store.hasCategories()) {
                // A store held at an older schema (in tests): its categories are named by their ids alone.
                List<String> colors = new ArrayList<>();
                try (Statement s = db.createStatement();
                     ResultSet rs = s.executeQuery("SELECT DISTINCT category FROM events ORDER BY category")) {
                    while (rs.next()) {
                        Category c = Category.named(rs.getString(1), colors);
                        colors.add(c.color());
                        categories.put(c.id(), c);
                    }
                }
                return categories;
            }
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, label, label_en, color FROM categories ORDER BY id")) {
                while (rs.next()) {
                    categories.put(rs.getString(1), new Category(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return categories;
    }

    /** Every place of the store, by id. */
    @Override
    public Map<String, Place> placesById() throws StoreException {
        Map<String, Place> places = new LinkedHashMap<>();
        try {
            Map<String, List<String>> aliases = store.hasPlaceAliases()
                    ? grouped("SELECT place_id, alias FROM place_aliases ORDER BY place_id, position") : Map.of();
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, country FROM places ORDER BY id")) {
                while (rs.next()) {
                    places.put(rs.getString(1), new Place(rs.getString(1), rs.getString(2),
                            aliases.getOrDefault(rs.getString(1), List.of()), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return places;
    }

    /** The sources each event cites, by event id, each source once, in the order of first citation. */
    @Override
    public Map<String, List<String>> sourcesOfEvents() throws StoreException {
        try {
            Map<String, List<String>> cited = grouped("SELECT e.id, c.source_id FROM citations c"
                    + " JOIN events e ON e.seq = c.event_seq ORDER BY e.id, c.position");
            cited.replaceAll((id, sources) -> sources.stream().distinct().toList());
            return cited;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every source of the store, by id. */
    @Override
    public Map<String, Source> sourcesById() throws StoreException {
        try {
            return sources();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every event's actors, by event id: lanes by actor need them for every event at once. */
    @Override
    public Map<String, List<String>> actorsOfEvents() throws StoreException {
        try {
            return grouped("SELECT e.id, ea.actor_id FROM event_actors ea JOIN events e ON e.seq = ea.event_seq"
                    + " ORDER BY e.id, ea.position");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

}
