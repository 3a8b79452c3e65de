package org.sourceline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourceline.model.Article;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Actor;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.EventFilter;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.Place;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.SearchTerms;
import org.sourceline.model.Source;
import org.sqlite.SQLiteConfig;

/**
 * A Sourceline store: one SQLite file. Not thread-safe: the app uses it from one background thread, never from
 * the JavaFX thread.
 */
public final class Store implements AutoCloseable {
    private final Path file;
    private final Connection db;
    /** Schema version after opening; a store opened at an older version for tests has no search index. */
    private int version;

    private Store(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens a store, creating it if the file does not exist, and brings its schema up to date. */
    public static Store open(Path file) throws StoreException {
        return open(file, Schema.LATEST);
    }

    /** Opens a store migrated up to {@code version} only; tests use it to build stores of older versions. */
    static Store open(Path file, int version) throws StoreException {
        return open(file, Schema.MIGRATIONS, version);
    }

    /** Opens a store with the given migrations: tests pass a failing one to check that a store is restored. */
    static Store open(Path file, List<Schema.Migration> migrations, int version) throws StoreException {
        boolean existed = Files.exists(file);
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": this is a folder, not a store");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new StoreException(file + ": the folder " + folder + " does not exist");
        }
        if (existed) {
            StoreFile.check(file);
        }
        Store store = new Store(file, connect(file));
        try {
            store.prepare(existed, migrations, version);
        } catch (StoreException e) {
            store.close();
            throw e;
        } catch (SQLException e) {
            store.close();
            throw new StoreException(file + ": " + describe(e), e);
        }
        return store;
    }

    private static Connection connect(Path file) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // A second writer waits this long for the first to finish before it is told the store is busy.
        config.setBusyTimeout(3000);
        // Otherwise every update runs a second query for generated keys, which the store never asks for.
        config.setGetGeneratedKeys(false);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + describe(e), e);
        }
    }

    private static String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return "this file is not a SQLite database";
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return "the store is busy: another program is writing to it; try again in a moment";
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return "the database is damaged (" + message + ")";
        }
        return message;
    }

    private void prepare(boolean existed, List<Schema.Migration> migrations, int targetVersion)
            throws SQLException, StoreException {
        int version = userVersion();
        if (version > Schema.LATEST) {
            throw new StoreException(file + ": the store was written by a newer Sourceline (schema version "
                    + version + "; this build knows up to " + Schema.LATEST + "); it was left untouched");
        }
        if (existed && version == 0 && hasForeignTables()) {
            throw new StoreException(file + ": this database was not made by Sourceline; it was left untouched");
        }
        if (version > 0 && !hasOwnTables()) {
            throw new StoreException(file + ": this database was not made by Sourceline (its tables are not a"
                    + " Sourceline store's); it was left untouched");
        }
        List<Schema.Migration> pending = migrations.stream()
                .filter(m -> m.version() > version && m.version() <= targetVersion).toList();
        Path backup = null;
        if (existed && version > 0 && !pending.isEmpty()) {
            backup = backUp(version);
        }
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
        }
        for (Schema.Migration m : pending) {
            try {
                migrate(m);
            } catch (SQLException e) {
                if (backup == null) {
                    throw e;
                }
                restore(backup);
                throw new StoreException(file + ": upgrading the store to schema version " + m.version() + " failed ("
                        + describe(e) + "); the store was restored from " + backup.getFileName(), e);
            }
        }
        this.version = userVersion();
    }

    private boolean hasOwnTables() throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('sl_meta', 'events', 'sources')")) {
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getInt(1) == 3;
            }
        }
    }

    /** A consistent copy of the store as it is, beside it, before a migration changes it: NAME.bak-vN. */
    private Path backUp(int fromVersion) throws SQLException, StoreException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak-v" + fromVersion);
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(file.getFileName() + ".bak-v" + fromVersion + "-" + n);
        }
        try (PreparedStatement vacuum = db.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, backup.toAbsolutePath().toString());
            vacuum.execute();
        }
        return backup;
    }

    private void restore(Path backup) throws StoreException {
        close();
        try {
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
            Files.copy(backup, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new StoreException(file + ": upgrading the store failed and restoring it from " + backup
                    + " failed too (" + e.getMessage() + "); the backup is intact: copy it over the store", e);
        }
    }

    boolean hasSearchIndex() {
        return version >= 2;
    }

    boolean hasEras() {
        return version >= EraTable.SINCE_VERSION;
    }

    private boolean hasForeignTables() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private void migrate(Schema.Migration m) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
            // user_version is a constant, not user input: PRAGMA takes no bound parameter.
            s.execute("PRAGMA user_version = " + m.version());
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    public Path file() {
        return file;
    }

    /** Deletes a store's file and the files SQLite keeps beside it (its log, shared memory and journal). */
    public static void deleteFiles(Path file) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    public int userVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public int eventCount() throws StoreException {
        return count("SELECT count(*) FROM events");
    }

    public boolean isEmpty() throws StoreException {
        return eventCount() == 0 && count("SELECT count(*) FROM sources") == 0;
    }

    private int count(String sql) throws StoreException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * A writer that adds a timeline to the store in one transaction, all or nothing, taking the fast way when the
     * store is empty.
     *
     * @param replace empty the store first (in the same transaction)
     */
    public BulkWriter importWriter(boolean replace) throws StoreException {
        return writer(holdsNothing() ? BulkWriter.Mode.EMPTY : BulkWriter.Mode.MERGE, replace);
    }

    BulkWriter writer(BulkWriter.Mode mode, boolean replace) throws StoreException {
        return new BulkWriter(this, db, mode, replace);
    }

    /** No event, source, actor, place, era, title or description: what an import may fill as a new store. */
    boolean holdsNothing() throws StoreException {
        return count("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM sources)"
                + " + (SELECT count(*) FROM actors) + (SELECT count(*) FROM places)"
                + " + (SELECT count(*) FROM sl_meta)") == 0 && (!hasEras() || count("SELECT count(*) FROM eras") == 0);
    }

    /**
     * A writer that fills a store being created, trading crash safety for speed: for a store built under a
     * temporary name only, which is thrown away if interrupted.
     */
    public BulkWriter bulkWriterForNewStore() throws StoreException {
        if (!isEmpty()) {
            throw new StoreException(file + ": a store being created must be empty");
        }
        return writer(BulkWriter.Mode.NEW_FILE, false);
    }

    StoreException failure(SQLException e) {
        return new StoreException(file + ": " + describe(e), e);
    }

    int version() {
        return version;
    }

    /**
     * Adds a validated timeline to the store in one transaction: either all of it is stored or nothing changes.
     *
     * @param replace empty the store first (in the same transaction)
     */
    public void importTimeline(LoadedTimeline timeline, boolean replace) throws StoreException {
        Dataset d = timeline.dataset();
        try (BulkWriter writer = importWriter(replace)) {
            writer.meta(d.title(), d.description());
            for (Source s : d.sources()) {
                writer.source(s, timeline.articles().get(s.id()));
            }
            for (Actor a : d.actors()) {
                writer.actor(a);
            }
            for (Place p : d.places()) {
                writer.place(p);
            }
            for (Event e : d.events()) {
                writer.event(e);
            }
            writer.eras(d.eras());
            writer.commit();
        }
    }

    void clear() throws SQLException {
        try (Statement s = db.createStatement()) {
            if (hasSearchIndex()) {
                s.execute("DELETE FROM search_index");
            }
            for (String table : List.of("citations", "event_tags", "event_places", "event_actors",
                    "events", "actor_aliases", "actors", "places", "sources", "sl_meta")) {
                s.execute("DELETE FROM " + table);
            }
        }
        if (hasEras()) {
            EraTable.clear(db);
        }
    }

    /** Every event in time order (earliest instant, then latest, then id), without citations. */
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
    public EventColumns eventColumns() throws StoreException {
        try {
            if (version < KEPT_COLUMNS_VERSION) {
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

    /** The earliest start and the latest end of all events, in epoch seconds, or null when there are none. */
    public long[] eventTimeRange() throws StoreException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT min(start_s), max(end_s), count(*) FROM events")) {
            return rs.next() && rs.getLong(3) > 0 ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
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
                builder.add(rs.getString(1), rs.getString(2), rs.getString(3), EdtfDate.parse(date), date,
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
        if (version < KEPT_COLUMNS_VERSION) {
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
        return new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), EdtfDate.parse(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8));
    }

    /** The whole content of the store, as a timeline with its articles (for export). */
    public LoadedTimeline load() throws StoreException {
        try {
            Map<String, String> meta = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM sl_meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
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
            List<Era> eras = hasEras() ? EraTable.all(db) : List.of();
            Dataset dataset = new Dataset(meta.get("title"), meta.get("description"),
                    new ArrayList<>(sources.values()), actors, places, events, eras);
            return new LoadedTimeline(dataset, articles);
        } catch (SQLException e) {
            throw failure(e);
        }
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
                EdtfDate.parse(rs.getString(6)), rs.getString(7), rs.getString(8), ranges, rs.getString(10));
    }

    /** One event with everything it says, or empty if no event has that id. */
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
                        EdtfDate.parse(rs.getString(6)), rs.getString(7), rs.getString(8),
                        values("SELECT actor_id FROM event_actors WHERE event_seq = ? ORDER BY position", seq),
                        values("SELECT place_id FROM event_places WHERE event_seq = ? ORDER BY position", seq),
                        values("SELECT tag FROM event_tags WHERE event_seq = ? ORDER BY position", seq),
                        citations, rs.getString(9)));
            }
        }
    }

    private List<String> values(String sql, long seq) throws SQLException {
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

    /** The passages an event cites, each with its source and offsets in the source's body. */
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
        } catch (SQLException e) {
            throw failure(e);
        }
        return passages;
    }

    /** A source's article body and the passages events cite in it, or empty if there is no such source. */
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

    /** Every era of the store in time order: the bands drawn behind the events. */
    public List<Era> eras() throws StoreException {
        try {
            return hasEras() ? EraTable.all(db) : List.of();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every actor of the store, by id. */
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

    /** Every place of the store, by id. */
    public Map<String, Place> placesById() throws StoreException {
        Map<String, Place> places = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, country FROM places ORDER BY id")) {
            while (rs.next()) {
                places.put(rs.getString(1), new Place(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return places;
    }

    /** The sources each event cites, by event id, each source once, in the order of first citation. */
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
    public Map<String, Source> sourcesById() throws StoreException {
        try {
            return sources();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every event's actors, by event id: lanes by actor need them for every event at once. */
    public Map<String, List<String>> actorsOfEvents() throws StoreException {
        try {
            return grouped("SELECT e.id, ea.actor_id FROM event_actors ea JOIN events e ON e.seq = ea.event_seq"
                    + " ORDER BY e.id, ea.position");
        } catch (SQLException e) {
            throw failure(e);
        }
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
    public List<SearchHit> search(SearchQuery query, int limit) throws StoreException {
        String match = FtsQuery.of(query.terms());
        if (match.isEmpty() || !hasSearchIndex() || limit <= 0) {
            return List.of();
        }
        Where events = eventWhere(query.filter());
        Where sources = in("search_index.ref", query.filter().sources());
        String sql = "SELECT search_index.kind, search_index.ref,"
                + " snippet(search_index, 2, char(2), char(3), '…', 12),"
                + " snippet(search_index, 3, char(2), char(3), '…', " + SNIPPET_WORDS + ")"
                + " FROM search_index LEFT JOIN events e ON search_index.kind = 'event' AND e.id = search_index.ref"
                + " WHERE search_index MATCH ?"
                + " AND ((search_index.kind = 'event' AND e.seq IS NOT NULL AND " + events.sql() + ")"
                + " OR (search_index.kind = 'source' AND " + sources.sql() + "))"
                + (isBroad(query.terms(), match) ? " ORDER BY search_index.rowid LIMIT ?"
                        : " ORDER BY bm25(search_index, 0.0, 0.0, 4.0, 1.0), search_index.rowid LIMIT ?");
        record Row(String kind, String ref, String titleSnippet, String bodySnippet) {
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
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            List<SearchHit> hits = new ArrayList<>(rows.size());
            for (Row row : rows) {
                hits.add("event".equals(row.kind())
                        ? eventHit(row.ref(), row.titleSnippet(), row.bodySnippet(), query.terms())
                        : sourceHit(row.ref(), row.titleSnippet(), row.bodySnippet(), query.terms()));
            }
            return hits;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The id of every event that the search finds and the filter lets through: what the timeline highlights. */
    public Set<String> matchingEventIds(SearchQuery query) throws StoreException {
        String match = FtsQuery.of(query.terms());
        if (match.isEmpty() || !hasSearchIndex()) {
            return Set.of();
        }
        Where where = eventWhere(query.filter());
        return ids("SELECT e.id FROM search_index JOIN events e ON e.id = search_index.ref"
                + " WHERE search_index MATCH ? AND search_index.kind = 'event' AND " + where.sql(), match, where);
    }

    /** The id of every event the filter lets through. */
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

    private SearchHit eventHit(String id, String titleSnippet, String bodySnippet, SearchTerms terms)
            throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        String title = id;
        long seq;
        try (PreparedStatement q = db.prepareStatement("SELECT seq, title, title_en, summary FROM events WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new SearchHit(SearchHit.Kind.EVENT, id, id, SearchHit.Field.SUMMARY, null, id, bodySnippet,
                            -1, -1);
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
        try (PreparedStatement q = db.prepareStatement("SELECT a.name, (SELECT group_concat(alias, char(31))"
                + " FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id ORDER BY position))"
                + " FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_seq = ? ORDER BY ea.position")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    candidates.add(new Candidate(SearchHit.Field.ACTOR, name, name));
                    if (rs.getString(2) != null) {
                        for (String alias : rs.getString(2).split("\u001f")) {
                            candidates.add(new Candidate(SearchHit.Field.ACTOR, name + " (" + alias + ")", alias));
                        }
                    }
                }
            }
        }
        for (String place : values("SELECT p.name FROM event_places ep JOIN places p ON p.id = ep.place_id"
                + " WHERE ep.event_seq = ? ORDER BY ep.position", seq)) {
            candidates.add(new Candidate(SearchHit.Field.PLACE, place, place));
        }
        for (String quote : values("SELECT quote FROM citations WHERE event_seq = ? ORDER BY position", seq)) {
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
            // The index and this reading of the words disagree (a rare character): say no more than the index.
            return new SearchHit(SearchHit.Kind.EVENT, id, id, SearchHit.Field.SUMMARY, null, title,
                    bodySnippet, -1, -1);
        }
        // The title is shown beside every hit anyway: the words in context elsewhere say more, where there are any.
        Candidate context = best.field() == SearchHit.Field.TITLE && bestBesideTitle != null ? bestBesideTitle : best;
        String snippet = terms.snippet(context.text(), SNIPPET_WORDS, SearchHit.MARK_START, SearchHit.MARK_END);
        return new SearchHit(SearchHit.Kind.EVENT, id, id, best.field(), best.fieldText(), title,
                snippet.isEmpty() ? titleSnippet : snippet, -1, -1);
    }

    private SearchHit sourceHit(String id, String titleSnippet, String bodySnippet, SearchTerms terms)
            throws SQLException {
        String title;
        String body;
        try (PreparedStatement q = db.prepareStatement("SELECT title, body FROM sources WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return new SearchHit(SearchHit.Kind.SOURCE, id, null, SearchHit.Field.SOURCE_TEXT, null, id,
                            bodySnippet, -1, -1);
                }
                title = rs.getString(1);
                body = rs.getString(2);
            }
        }
        // The reader opens at the passage the snippet shows (FTS5 picks the one with most of the query's words),
        // not at the query's first words elsewhere in the article.
        Optional<SearchTerms.Match> match = shownIn(body, bodySnippet).or(() -> terms.firstIn(body));
        if (match.isEmpty() && terms.countIn(title) > 0) {
            return new SearchHit(SearchHit.Kind.SOURCE, id, null, SearchHit.Field.SOURCE_TITLE, null, title,
                    titleSnippet, -1, -1);
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

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // Closing a connection that failed to open has nothing left to release.
        }
    }
}
