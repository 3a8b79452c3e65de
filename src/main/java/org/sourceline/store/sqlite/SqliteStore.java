package org.sourceline.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.EventFilter;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.PathKind;
import org.sourceline.model.Place;
import org.sourceline.model.SearchQuery;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.TimelineInfo;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.EventColumns;
import org.sourceline.store.EventRow;
import org.sourceline.store.ImportOptions;
import org.sourceline.store.SearchHit;
import org.sourceline.store.SearchIndexState;
import org.sourceline.store.SourceText;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import org.sourceline.store.TimeSpan;
import org.sqlite.SQLiteConfig;

/**
 * A store in one SQLite file: opening it, bringing its schema up to date (with a backup restored if an upgrade
 * fails), and the connection its parts share — the timeline's reads, the catalog, search and the writers. Not
 * thread-safe: the app uses it from one background thread, never from the JavaFX thread.
 */
public final class SqliteStore implements Store {
    private final Path file;
    private final Connection db;
    /** Opened for reading only: nothing is written, not even the journal mode. */
    private final boolean readOnly;
    /** Opened read-only at an older schema version than this build's: to be upgraded by a writer first. */
    private boolean upgradeNeeded;
    /** Schema version after opening; a store opened at an older version for tests has no search index. */
    private int version;
    private final SqliteTimeline timeline;
    private final SqliteCatalog catalog;
    private final SqliteSearch search;

    private SqliteStore(Path file, Connection db, boolean readOnly) {
        this.file = file;
        this.db = db;
        this.readOnly = readOnly;
        this.timeline = new SqliteTimeline(this, db);
        this.catalog = new SqliteCatalog(this, db);
        this.search = new SqliteSearch(this, db);
    }

    /** Opens a store, creating it if the file does not exist, and brings its schema up to date. */
    public static SqliteStore open(Path file) throws StoreException {
        return open(file, Schema.MIGRATIONS, Schema.LATEST, false);
    }

    /**
     * Opens an existing store for reading only: nothing is written to it, not even its journal mode, so a store
     * the user may not change (a read-only file, folder or disk) can still be read, searched and exported. Every
     * write is refused with "the store is read-only".
     *
     * @throws StoreException if the store needs upgrading, which only a writer may do
     */
    public static SqliteStore openReadOnly(Path file) throws StoreException {
        SqliteStore store = open(file, Schema.MIGRATIONS, Schema.LATEST, true);
        if (store.upgradeNeeded) {
            int version = store.version;
            store.close();
            throw new StoreException(file + ": the store was written by an older Sourceline (schema version "
                    + version + ") and must be upgraded, which needs write access to it and its folder; it was left"
                    + " untouched");
        }
        return store;
    }

    /** An existing store opened to be changed, or read-only when it may not be written to. */
    public static SqliteStore openExisting(Path file) throws StoreException {
        checkLocation(file, true);
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isWritable(file) && (folder == null || Files.isWritable(folder))) {
            return open(file);
        }
        return openReadOnly(file);
    }

    /** Opens a store migrated up to {@code version} only; tests use it to build stores of older versions. */
    static SqliteStore open(Path file, int version) throws StoreException {
        return open(file, Schema.MIGRATIONS, version, false);
    }

    /** Opens a store with the given migrations: tests pass a failing one to check that a store is restored. */
    static SqliteStore open(Path file, List<Schema.Migration> migrations, int version) throws StoreException {
        return open(file, migrations, version, false);
    }

    private static SqliteStore open(Path file, List<Schema.Migration> migrations, int version, boolean readOnly)
            throws StoreException {
        boolean existed = checkLocation(file, readOnly);
        if (existed) {
            StoreFile.check(file);
        }
        SqliteStore store = new SqliteStore(file, connect(file, readOnly), readOnly);
        try {
            store.prepare(existed, migrations, version);
        } catch (StoreException e) {
            store.close();
            throw e;
        } catch (SQLException e) {
            store.close();
            throw new StoreException(file + ": " + describe(e, file), e);
        }
        return store;
    }

    /**
     * Refuses, before SQLite opens anything, a location that cannot be a store: a folder, a named pipe, a device
     * (SQLite would open and write to it), a file in a missing folder.
     *
     * @return whether the store exists already
     */
    private static boolean checkLocation(Path file, boolean mustExist) throws StoreException {
        if (file.toString().isEmpty()) {
            throw new StoreException("the store is named by an empty path; nothing was read or written");
        }
        PathKind kind = PathKind.quietly(file, true);
        switch (kind) {
            case FILE -> {
                return true;
            }
            case MISSING -> {
                if (mustExist) {
                    throw new StoreException(file + ": no such store (check the path); nothing was created");
                }
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null && !Files.isDirectory(folder)) {
                    throw new StoreException(file + ": the folder " + folder + " does not exist; nothing was"
                            + " created");
                }
                return false;
            }
            case FOLDER -> throw new StoreException(file + ": this is a folder, not a store");
            default -> throw new StoreException(file + ": this is " + kind.noun() + ", not a store; only a regular"
                    + " file can hold one; nothing was read or written");
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // A second writer waits this long for the first to finish before it is told the store is busy.
        config.setBusyTimeout(3000);
        // Otherwise every update runs a second query for generated keys, which the store never asks for.
        config.setGetGeneratedKeys(false);
        config.setReadOnly(readOnly);
        String location = file.toAbsolutePath().toString();
        Path folder = file.toAbsolutePath().getParent();
        if (readOnly && folder != null && !Files.isWritable(folder) && emptyOrMissing(Path.of(file + "-wal"))) {
            // SQLite reads a store in WAL mode through a shared-memory file beside it, which it cannot create in
            // a folder it may not write to. With no write-ahead log there, the file holds every committed change
            // and no one can be writing (a writer needs that folder too): it is read as it is, unchanging.
            location = file.toAbsolutePath().toUri() + "?immutable=1";
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + location, config.toProperties());
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + describe(e, file), e);
        }
    }

    private static boolean emptyOrMissing(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String describe(SQLException e) {
        return describe(e, null);
    }

    /** What went wrong, in the user's words; {@code file}, when known, lets a refusal to open say why. */
    static String describe(SQLException e, Path file) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_READONLY") || message.contains("readonly database")) {
            return "the store is read-only (the file, its folder or its disk may not be written to); nothing was"
                    + " changed";
        }
        if (message.contains("SQLITE_CANTOPEN") && file != null && Files.exists(file)) {
            return cannotOpen(file);
        }
        // The driver's own name for the error ("[SQLITE_CANTOPEN] ...") tells a person nothing.
        String said = message.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return "this file is not a SQLite database";
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return "the store is busy: another program is writing to it; try again in a moment";
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return "the database is damaged (" + said + ")";
        }
        if (message.contains("SQLITE_CANTOPEN")) {
            return "the file cannot be opened or created there (a name too long, a folder that cannot be written?)";
        }
        return said;
    }

    /** Why SQLite could not open a store that exists: most often a folder or file that may not be written to. */
    private static String cannotOpen(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isReadable(file)) {
            return "the file may not be read (permission denied)";
        }
        if (folder != null && !Files.isWritable(folder)) {
            return "its folder " + folder + " is read-only, and SQLite needs to write its journal beside the store;"
                    + " reading commands open it read-only";
        }
        if (!Files.isWritable(file)) {
            return "the file is read-only; reading commands open it read-only";
        }
        return "SQLite cannot open the file";
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
        if (readOnly) {
            if (version == 0) {
                throw new StoreException(file + ": the file is empty: it holds no store");
            }
            this.version = version;
            upgradeNeeded = !pending.isEmpty();
            return;
        }
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
        if (backup != null) {
            compactIfMostlyFree();
        }
    }

    /**
     * Gives back to the disk the pages an upgrade freed, when they are a large part of the file: the search index's
     * copy of the texts, dropped by version 9, was a third of a large store. Once, after an upgrade; a store that
     * cannot be compacted (a full disk) stays as it is, its free pages reused as it grows.
     */
    private void compactIfMostlyFree() {
        try (Statement s = db.createStatement()) {
            long free;
            long pages;
            try (ResultSet rs = s.executeQuery("SELECT (SELECT freelist_count FROM pragma_freelist_count),"
                    + " (SELECT page_count FROM pragma_page_count)")) {
                rs.next();
                free = rs.getLong(1);
                pages = rs.getLong(2);
            }
            if (free * 4 > pages) {
                s.execute("VACUUM");
            }
        } catch (SQLException e) {
            // Not compacted: the store is whole and upgraded all the same.
        }
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

    /** Sources numbered with the events, and index rows keyed by those numbers (schema version 5 on). */
    boolean hasNumberedRows() {
        return version >= Schema.NUMBERED_ROWS;
    }

    /** The highest number given to an event or a source; 0 for none. */
    long lastSeq() throws SQLException {
        return lastSeq(db, hasNumberedRows());
    }

    /** @param numbered whether sources are numbered with the events (schema version 5 on) */
    static long lastSeq(Connection db, boolean numbered) throws SQLException {
        String sql = numbered
                ? "SELECT max(coalesce((SELECT max(seq) FROM events), 0), coalesce((SELECT max(seq) FROM sources), 0))"
                : "SELECT coalesce(max(seq), 0) FROM events";
        try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A search index built behind the timeline, without a copy of the texts (schema version 9 on). */
    boolean hasSearchBacklog() {
        return version >= Schema.SEARCH_BACKLOG;
    }

    /** Categories as data, with their labels and colours (schema version 6 on). */
    boolean hasCategories() {
        return version >= Schema.CATEGORIES;
    }

    /** Places with other spellings, as actors (schema version 7 on). */
    boolean hasPlaceAliases() {
        return version >= Schema.PLACE_ALIASES;
    }

    /** Sources with the file their article was read from (schema version 8 on). */
    boolean hasOriginals() {
        return version >= Schema.ORIGINALS;
    }

    /** Refuses to keep an article's file in a store held at an older schema (in tests). */
    void checkOriginal(org.sourceline.model.Original original) throws StoreException {
        if (original != null && !hasOriginals()) {
            throw new StoreException(file + ": this store predates kept article files (schema version " + version
                    + ")");
        }
    }

    /** Refuses to store a place's other spellings in a store held at an older schema (in tests). */
    void checkPlaceAliases(Place p) throws StoreException {
        if (!p.aliases().isEmpty() && !hasPlaceAliases()) {
            throw new StoreException(file + ": this store predates place aliases (schema version " + version + ")");
        }
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
            for (Schema.Step step : m.steps()) {
                step.apply(db);
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

    /** The connection the store's parts share: for the writers of this package and its tests. */
    Connection connection() {
        return db;
    }

    public Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    /** Deletes a store's file and the files SQLite keeps beside it (its log, shared memory and journal). */
    public static void deleteFiles(Path file) throws java.io.IOException {
        for (Path part : files(file)) {
            Files.deleteIfExists(part);
        }
    }

    /** The files a store is made of: the database and the journals SQLite keeps beside it. */
    public static List<Path> files(Path file) {
        return List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"), Path.of(file + "-journal"));
    }

    public int userVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public int eventCount() throws StoreException {
        return timeline.eventCount();
    }

    @Override
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
     */
    @Override
    public BulkWriter importWriter(ImportOptions options) throws StoreException {
        return writer(holdsNothing() ? BulkWriter.Mode.EMPTY : BulkWriter.Mode.MERGE, options);
    }

    BulkWriter writer(BulkWriter.Mode mode, ImportOptions options) throws StoreException {
        return new BulkWriter(this, db, mode, options);
    }

    /** No event, source, actor, place, era, title or description: what an import may fill as a new store. */
    boolean holdsNothing() throws StoreException {
        return count("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM sources)"
                + " + (SELECT count(*) FROM actors) + (SELECT count(*) FROM places)"
                + " + (SELECT count(*) FROM sl_meta)") == 0 && (!hasEras() || count("SELECT count(*) FROM eras") == 0)
                && (!hasCategories() || count("SELECT count(*) FROM categories") == 0);
    }

    /**
     * A writer that fills a store being created, trading crash safety for speed: for a store built under a
     * temporary name only, which is thrown away if interrupted.
     */
    @Override
    public BulkWriter writerForNewStore() throws StoreException {
        if (!isEmpty()) {
            throw new StoreException(file + ": a store being created must be empty");
        }
        return writer(BulkWriter.Mode.NEW_FILE, ImportOptions.ADD);
    }

    StoreException failure(SQLException e) {
        return new StoreException(file + ": " + describe(e), e);
    }

    int version() {
        return version;
    }

    void clear() throws SQLException {
        try (Statement s = db.createStatement()) {
            if (hasSearchBacklog()) {
                s.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')");
                s.execute("DELETE FROM search_backlog");
            } else if (hasSearchIndex()) {
                s.execute("DELETE FROM search_index");
            }
            if (hasPlaceAliases()) {
                s.execute("DELETE FROM place_aliases");
                if (hasOriginals()) {
                    s.execute("DELETE FROM source_originals");
                }
            }
            for (String table : List.of("citations", "event_tags", "event_places", "event_actors",
                    "events", "actor_aliases", "actors", "places", "sources", "sl_meta")) {
                s.execute("DELETE FROM " + table);
            }
            if (hasCategories()) {
                s.execute("DELETE FROM categories");
            }
        }
        if (hasEras()) {
            EraTable.clear(db);
        }
    }

    /** Keeps the columns for the next opening; part of the caller's transaction. */
    void keepEventColumns(EventColumns columns) throws SQLException {
        timeline.keepEventColumns(columns);
    }

    /** The columns built from the events table, ignoring any kept copy. */
    EventColumns readEventColumnsForTest() throws SQLException {
        return timeline.readEventColumnsForTest();
    }

    // Reads, by the part that answers them.

    @Override
    public EventColumns eventColumns() throws StoreException {
        return timeline.eventColumns();
    }

    @Override
    public Optional<TimeSpan> eventTimeRange() throws StoreException {
        return timeline.eventTimeRange();
    }

    @Override
    public List<EventRow> listEvents() throws StoreException {
        return timeline.listEvents();
    }

    @Override
    public List<EventRow> eventsBetween(long fromSecond, long toSecond) throws StoreException {
        return timeline.eventsBetween(fromSecond, toSecond);
    }

    @Override
    public List<Era> eras() throws StoreException {
        return timeline.eras();
    }

    @Override
    public Optional<Event> event(String id) throws StoreException {
        return catalog.event(id);
    }

    @Override
    public List<CitedPassage> passagesOf(String eventId) throws StoreException {
        return catalog.passagesOf(eventId);
    }

    @Override
    public Optional<SourceText> sourceText(String sourceId) throws StoreException {
        return catalog.sourceText(sourceId);
    }

    @Override
    public Optional<SourceDocument> sourceDocument(String sourceId) throws StoreException {
        return catalog.sourceDocument(sourceId);
    }

    @Override
    public List<Event> eventsCiting(String sourceId) throws StoreException {
        return catalog.eventsCiting(sourceId);
    }

    @Override
    public List<Event> eventsNaming(String actorId) throws StoreException {
        return catalog.eventsNaming(actorId);
    }

    @Override
    public org.sourceline.store.EventUses uses(org.sourceline.store.EventUses.Of what, String id, int limit)
            throws StoreException {
        return catalog.uses(what, id, limit);
    }

    @Override
    public List<Event> eventsAt(String placeId) throws StoreException {
        return catalog.eventsAt(placeId);
    }

    @Override
    public void apply(Change change) throws StoreException {
        new SqliteWrites(this, db).apply(change);
    }

    @Override
    public TimelineInfo info() throws StoreException {
        return catalog.info();
    }

    @Override
    public Map<String, Actor> actorsById() throws StoreException {
        return catalog.actorsById();
    }

    @Override
    public Map<String, Category> categoriesById() throws StoreException {
        return catalog.categoriesById();
    }

    @Override
    public Map<String, Place> placesById() throws StoreException {
        return catalog.placesById();
    }

    @Override
    public Map<String, Source> sourcesById() throws StoreException {
        return catalog.sourcesById();
    }

    @Override
    public Map<String, List<String>> sourcesOfEvents() throws StoreException {
        return catalog.sourcesOfEvents();
    }

    @Override
    public Map<String, List<String>> actorsOfEvents() throws StoreException {
        return catalog.actorsOfEvents();
    }

    @Override
    public LoadedTimeline load() throws StoreException {
        return catalog.load();
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) throws StoreException {
        return search.search(query, limit);
    }

    @Override
    public Set<String> matchingEventIds(SearchQuery query) throws StoreException {
        return search.matchingEventIds(query);
    }

    @Override
    public Set<String> eventIdsPassing(EventFilter filter) throws StoreException {
        return search.eventIdsPassing(filter);
    }

    @Override
    public SearchIndexState searchIndexState() throws StoreException {
        if (!hasSearchBacklog()) {
            return SearchIndexState.WHOLE;
        }
        try {
            return SearchBacklog.state(db, lastSeq());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Builds what the search index lacks, a chunk of rows per transaction, on a connection of its own: the store's
     * connection stays free for the timeline, and an edit waits for one chunk at most. Safe to call from another
     * thread than the store's, and from several programs at once (each chunk is taken under the store's write
     * lock). A read-only store's missing rows are refused with why: only a writer can index them.
     */
    @Override
    public void buildSearchIndex(Consumer<SearchIndexState> progress, BooleanSupplier cancelled)
            throws StoreException {
        if (!hasSearchBacklog()) {
            progress.accept(SearchIndexState.WHOLE);
            return;
        }
        try (Connection builder = readOnly ? connect(file, true) : builderConnection()) {
            SearchIndexState state = SearchBacklog.state(builder, lastSeq(builder, true));
            progress.accept(state);
            if (readOnly && !state.whole()) {
                throw new StoreException(file + ": the search index is not complete (" + state.percent() + " %) and"
                        + " the store is read-only: search works once the store has been opened with write access,"
                        + " which builds the rest");
            }
            builder.setAutoCommit(false);
            while (!state.whole() && !cancelled.getAsBoolean()) {
                try {
                    long last = lastSeq(builder, true);
                    SearchBacklog.step(builder, last, SearchBacklog.CHUNK_ROWS);
                    state = SearchBacklog.state(builder, last);
                    builder.commit();
                    progress.accept(state);
                } catch (SQLException e) {
                    builder.rollback();
                    if (!busy(e)) {
                        throw e;
                    }
                    // Another writer held the store longer than the wait: its chunk or its edit is done soon.
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A connection whose transactions take the write lock as they begin: a chunk's mark cannot move under it. */
    private Connection builderConnection() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUILD_WAIT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // What the build writes is derived from the store: after a power cut, its last chunks may be lost, never the
        // store's consistency (the write-ahead log keeps that); they are built again. Syncing at every chunk cost a
        // tenth of the build.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement s = c.createStatement()) {
            // The log is copied into the store every 64 MB rather than every 4 MB: each copy syncs the store, and
            // pages the index rewrites in between are copied once. At a million events, 72 s → 54 s.
            s.execute("PRAGMA wal_autocheckpoint = " + BUILD_CHECKPOINT_PAGES);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Pages of write-ahead log after which the build copies it into the store (64 MB at 4 KB a page). */
    private static final int BUILD_CHECKPOINT_PAGES = 16_384;

    /** How long a chunk of the index's build waits for another writer before it tries again. */
    private static final int BUILD_WAIT_MS = 10_000;

    private static boolean busy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_BUSY") || message.contains("database is locked");
    }

    /** Something read in one snapshot of the store. */
    @FunctionalInterface
    interface Reading<T> {
        T read() throws StoreException;
    }

    /**
     * Reads in one transaction, so that every query sees the store as it was at the first: a search checks that
     * its index is whole and then asks it, and nothing another program commits between the two can come apart.
     */
    <T> T inOneReading(Reading<T> reading) throws StoreException {
        try {
            if (!db.getAutoCommit()) {
                return reading.read();
            }
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            return reading.read();
        } finally {
            try {
                db.commit();
                db.setAutoCommit(true);
            } catch (SQLException e) {
                // A reading transaction holds nothing to lose; a broken connection says so at its next use.
            }
        }
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