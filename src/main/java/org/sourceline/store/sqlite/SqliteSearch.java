package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourceline.model.EventFilter;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.SearchTerms;
import org.sourceline.store.SearchHit;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.SearchNotReadyException;
import org.sourceline.store.StoreException;

/**
 * Search with SQLite's full-text index (FTS5): ranked with bm25, words in a title weighing more than words in
 * a text, each answer saying where the words were found; and the filters beside it as SQL conditions.
 */
final class SqliteSearch implements org.sourceline.store.SearchReads {
    private final SqliteStore store;
    private final Connection db;

    SqliteSearch(SqliteStore store, Connection db) {
        this.store = store;
        this.db = db;
    }

    private StoreException failure(SQLException e) {
        return store.failure(e);
    }

    /** Beyond this many matching rows, ranking them all costs more than a first page may take. */
    static final int RANKED_AT_MOST = 2000;

    /**
     * Whether a query matches too many rows to rank; a broad query's first page comes in index order instead.
     * The query with its last word taken whole is asked first: it matches a subset, so if that is already too many,
     * the prefix query (costlier to set up) need not be counted.
     */
    private boolean isBroad(SearchTerms terms, String match) throws StoreException {
        String whole = FtsQuery.wholeWords(terms);
        return countsPastRanking(whole) || !whole.equals(match) && countsPastRanking(match);
    }

    /** Counting stops at {@link #RANKED_AT_MOST}: this costs no more than reading that many entries of the index. */
    private boolean countsPastRanking(String match) throws StoreException {
        try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM search_index"
                + " WHERE search_index MATCH ? LIMIT " + (RANKED_AT_MOST + 1) + ")")) {
            q.setString(1, match);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getInt(1) > RANKED_AT_MOST;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The best answers to a search, most relevant first (bm25, words in a title weighing more than words in a
     * text): events that pass the query's filter, and article text of the sources the filter lets through (with
     * no source chosen, of every source). Each answer says where the words were found.
     */
    @Override
    public List<SearchHit> search(SearchQuery query, int limit) throws StoreException {
        String match = FtsQuery.of(query.terms());
        if (match.isEmpty() || !store.hasSearchIndex() || limit <= 0) {
            return List.of();
        }
        return store.inOneReading(() -> {
            checkReady();
            return hits(query, match, limit);
        });
    }

    /** Refuses to answer from an index that lacks rows: a partial list would pass for the whole answer. */
    private void checkReady() throws StoreException {
        SearchIndexState state = store.searchIndexState();
        if (!state.whole()) {
            throw new SearchNotReadyException(store.location(), state);
        }
    }

    private List<SearchHit> hits(SearchQuery query, String match, int limit) throws StoreException {
        Where events = eventWhere(query.filter());
        Where sources = in("search_index.ref", query.filter().sources());
        String sql = "SELECT search_index.kind, search_index.ref"
                + " FROM search_index LEFT JOIN events e ON search_index.kind = 'event' AND e.id = search_index.ref"
                + " WHERE search_index MATCH ?"
                + " AND ((search_index.kind = 'event' AND e.seq IS NOT NULL AND " + events.sql() + ")"
                + " OR (search_index.kind = 'source' AND " + sources.sql() + "))"
                + (isBroad(query.terms(), match) ? " ORDER BY search_index.rowid LIMIT ?"
                        : " ORDER BY bm25(search_index, 0.0, 0.0, 4.0, 1.0), search_index.rowid LIMIT ?");
        record Row(String kind, String ref) {
        }
        List<Row> rows = new ArrayList<>();
        try {
            try (PreparedStatement q = db.prepareStatement(sql)) {
                int p = 1;
                q.setString(p++, match);
                p = bind(q, p, events.params());
                p = bind(q, p, sources.params());
                q.setInt(p, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            List<SearchHit> hits = new ArrayList<>(rows.size());
            for (Row row : rows) {
                hits.add("event".equals(row.kind()) ? eventHit(row.ref(), query.terms())
                        : sourceHit(row.ref(), query.terms()));
            }
            return hits;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The id of every event that the search finds and the filter lets through: what the timeline highlights. */
    @Override
    public Set<String> matchingEventIds(SearchQuery query) throws StoreException {
        String match = FtsQuery.of(query.terms());
        if (match.isEmpty() || !store.hasSearchIndex()) {
            return Set.of();
        }
        Where where = eventWhere(query.filter());
        return store.inOneReading(() -> {
            checkReady();
            return ids("SELECT e.id FROM search_index JOIN events e ON e.id = search_index.ref"
                    + " WHERE search_index MATCH ? AND search_index.kind = 'event' AND " + where.sql(), match, where);
        });
    }

    /** The id of every event the filter lets through. */
    @Override
    public Set<String> eventIdsPassing(EventFilter filter) throws StoreException {
        Where where = eventWhere(filter);
        return ids("SELECT e.id FROM events e WHERE " + where.sql(), null, where);
    }

    private Set<String> ids(String sql, String match, Where where) throws StoreException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            int p = 1;
            if (match != null) {
                q.setString(p++, match);
            }
            bind(q, p, where.params());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return Set.copyOf(ids);
    }

    /** A condition on the events table (as {@code e}) and the values it binds, in order. */
    private record Where(String sql, List<Object> params) {
    }

    /** Any of the chosen values in each facet, every facet at once; an empty facet lets all through. */
    private static Where eventWhere(EventFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(parts, params, in("e.category", filter.categories()));
        add(parts, params, exists("event_actors", "actor_id", filter.actors()));
        add(parts, params, exists("event_places", "place_id", filter.places()));
        add(parts, params, exists("citations", "source_id", filter.sources()));
        if (filter.from() != null) {
            parts.add("e.end_s > ?");
            params.add(filter.fromSecond());
        }
        if (filter.to() != null) {
            parts.add("e.start_s < ?");
            params.add(filter.toSecond());
        }
        return new Where(parts.isEmpty() ? "1" : String.join(" AND ", parts), params);
    }

    private static void add(List<String> parts, List<Object> params, Where where) {
        if (!where.params().isEmpty()) {
            parts.add(where.sql());
            params.addAll(where.params());
        }
    }

    /** {@code column IN (?, ?…)}, one placeholder per value; no value lets every row through. */
    private static Where in(String column, Set<String> values) {
        if (values.isEmpty()) {
            return new Where("1", List.of());
        }
        List<Object> sorted = new ArrayList<>(new java.util.TreeSet<>(values));
        return new Where(column + " IN (" + String.join(", ", java.util.Collections.nCopies(sorted.size(), "?")) + ")",
                sorted);
    }

    private static Where exists(String table, String column, Set<String> values) {
        Where in = in("x." + column, values);
        return new Where("EXISTS (SELECT 1 FROM " + table + " x WHERE x.event_seq = e.seq AND " + in.sql() + ")",
                in.params());
    }

    private static int bind(PreparedStatement q, int first, List<Object> params) throws SQLException {
        int p = first;
        for (Object value : params) {
            q.setObject(p++, value);
        }
        return p;
    }

    /** A text of an event in which the words may have been found. */
    private record Candidate(SearchHit.Field field, String fieldText, String text) {
    }

    /** About two lines of the results list. */
    private static final int SNIPPET_WORDS = 18;

    /** How many words a title's snippet shows: a title is shown whole beside the hit. */
    private static final int TITLE_WORDS = 12;

    private SearchHit eventHit(String id, SearchTerms terms) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        String title = id;
        long seq;
        try (PreparedStatement q = db.prepareStatement("SELECT seq, title, title_en, summary FROM events WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new SearchHit(SearchHit.Kind.EVENT, id, id, SearchHit.Field.SUMMARY, null, id, "", -1, -1);
                }
                seq = rs.getLong(1);
                title = rs.getString(2);
                candidates.add(new Candidate(SearchHit.Field.TITLE, null, title));
                if (rs.getString(3) != null) {
                    candidates.add(new Candidate(SearchHit.Field.TITLE, null, rs.getString(3)));
                }
                candidates.add(new Candidate(SearchHit.Field.SUMMARY, null, rs.getString(4)));
            }
        }
        named(candidates, SearchHit.Field.ACTOR, "SELECT a.name, (SELECT group_concat(alias, char(31))"
                + " FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id ORDER BY position))"
                + " FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_seq = ? ORDER BY ea.position",
                seq);
        named(candidates, SearchHit.Field.PLACE, "SELECT p.name, " + (store.hasPlaceAliases()
                ? "(SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM place_aliases"
                        + " WHERE place_id = p.id ORDER BY position))" : "NULL")
                + " FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_seq = ?"
                + " ORDER BY ep.position", seq);
        for (String quote : Sql.values(db, "SELECT quote FROM citations WHERE event_seq = ? ORDER BY position", seq)) {
            candidates.add(new Candidate(SearchHit.Field.QUOTE, null, quote));
        }
        // Where most of the words are; on a tie, the first in reading order of the event (title, summary…).
        Candidate best = null;
        Candidate bestBesideTitle = null;
        int bestCount = 0;
        int besideTitleCount = 0;
        for (Candidate c : candidates) {
            int count = terms.countIn(c.text());
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
            if (c.field() != SearchHit.Field.TITLE && count > besideTitleCount) {
                bestBesideTitle = c;
                besideTitleCount = count;
            }
        }
        if (best == null) {
            // The index and this reading of the words disagree (a rare character): the summary, unmarked.
            String summary = candidates.stream().filter(c -> c.field() == SearchHit.Field.SUMMARY).findFirst()
                    .map(Candidate::text).orElse("");
            return new SearchHit(SearchHit.Kind.EVENT, id, id, SearchHit.Field.SUMMARY, null, title,
                    opening(summary), -1, -1);
        }
        // The title is shown beside every hit anyway: the words in context elsewhere say more, where there are any.
        Candidate context = best.field() == SearchHit.Field.TITLE && bestBesideTitle != null ? bestBesideTitle : best;
        String snippet = terms.snippet(context.text(), SNIPPET_WORDS, SearchHit.MARK_START, SearchHit.MARK_END);
        return new SearchHit(SearchHit.Kind.EVENT, id, id, best.field(), best.fieldText(), title,
                snippet.isEmpty() ? terms.snippet(title, TITLE_WORDS, SearchHit.MARK_START, SearchHit.MARK_END)
                        : snippet, -1, -1);
    }

    /**
     * The actors or places of an event, each a candidate by its name and by each of its other spellings, which is
     * shown beside the name: "Name (spelling)".
     *
     * @param sql selects each one's name and its spellings joined by U+001F, for the event's number
     */
    private void named(List<Candidate> candidates, SearchHit.Field field, String sql, long seq) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    candidates.add(new Candidate(field, name, name));
                    if (rs.getString(2) != null) {
                        for (String alias : rs.getString(2).split("\u001f")) {
                            candidates.add(new Candidate(field, name + " (" + alias + ")", alias));
                        }
                    }
                }
            }
        }
    }

    private SearchHit sourceHit(String id, SearchTerms terms) throws SQLException {
        String title;
        String body;
        try (PreparedStatement q = db.prepareStatement("SELECT title, body FROM sources WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new SearchHit(SearchHit.Kind.SOURCE, id, null, SearchHit.Field.SOURCE_TEXT, null, id, "",
                            -1, -1);
                }
                title = rs.getString(1);
                body = rs.getString(2);
            }
        }
        String bodySnippet = terms.bestSnippet(body, SNIPPET_WORDS, SearchHit.MARK_START, SearchHit.MARK_END);
        if (bodySnippet.isEmpty()) {
            bodySnippet = opening(body);
        }
        // The reader opens at the passage the snippet shows (the one with most of the query's words),
        // not at the query's first words elsewhere in the article.
        Optional<SearchTerms.Match> match = shownIn(body, bodySnippet).or(() -> terms.firstIn(body));
        if (match.isEmpty() && terms.countIn(title) > 0) {
            return new SearchHit(SearchHit.Kind.SOURCE, id, null, SearchHit.Field.SOURCE_TITLE, null, title,
                    terms.snippet(title, TITLE_WORDS, SearchHit.MARK_START, SearchHit.MARK_END), -1, -1);
        }
        int start = match.map(SearchTerms.Match::start).orElse(-1);
        int end = match.map(SearchTerms.Match::end).orElse(-1);
        String eventId = null;
        if (match.isPresent()) {
            try (PreparedStatement q = db.prepareStatement("SELECT e.id FROM citations c"
                    + " JOIN events e ON e.seq = c.event_seq"
                    + " WHERE c.source_id = ? AND c.start_offset < ? AND c.end_offset > ?"
                    + " ORDER BY c.start_offset, e.start_s, e.id LIMIT 1")) {
                q.setString(1, id);
                q.setInt(2, end);
                q.setInt(3, start);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        eventId = rs.getString(1);
                    }
                }
            }
        }
        return new SearchHit(SearchHit.Kind.SOURCE, id, eventId, SearchHit.Field.SOURCE_TEXT, null, title,
                bodySnippet, start, end);
    }

    /** The first words of a text, with "…" if it goes on: shown when the words found cannot be marked in it. */
    static String opening(String text) {
        String[] words = text.strip().split("\\s+", SNIPPET_WORDS + 1);
        if (words.length <= SNIPPET_WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, SNIPPET_WORDS)) + "…";
    }

    /**
     * Where the first words marked in a snippet lie in the text it was cut from: the snippet is a verbatim piece of
     * the text, with marks around matched words and an ellipsis where it was cut. Empty when it cannot be found.
     */
    static Optional<SearchTerms.Match> shownIn(String text, String snippet) {
        if (text == null || snippet == null) {
            return Optional.empty();
        }
        int open = snippet.indexOf(SearchHit.MARK_START);
        int close = open < 0 ? -1 : snippet.indexOf(SearchHit.MARK_END, open);
        if (close < 0) {
            return Optional.empty();
        }
        String plain = snippet.replace(String.valueOf(SearchHit.MARK_START), "")
                .replace(String.valueOf(SearchHit.MARK_END), "");
        int length = close - open - 1;
        // The ellipses are the snippet's own, unless the text has them too: try without them, then with.
        for (boolean cut : new boolean[] {true, false}) {
            String piece = plain;
            int at = open;
            if (cut && piece.startsWith("…")) {
                piece = piece.substring(1);
                at--;
            }
            if (cut && piece.endsWith("…")) {
                piece = piece.substring(0, piece.length() - 1);
            }
            int from = piece.isEmpty() || at < 0 ? -1 : text.indexOf(piece);
            if (from >= 0) {
                return Optional.of(new SearchTerms.Match(from + at, from + at + length));
            }
        }
        return Optional.empty();
    }

}
