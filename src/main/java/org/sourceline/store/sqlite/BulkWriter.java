package org.sourceline.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.Citation;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.TimelineInfo;
import org.sourceline.store.EventColumns;
import org.sourceline.store.ImportMerge;
import org.sourceline.store.ImportOptions;
import org.sourceline.store.ImportReport;
import org.sourceline.store.ImportWriter;
import org.sourceline.store.StoreException;

/**
 * Writes a timeline into the store in one transaction without holding it in memory: sources, actors and places
 * first, then events one by one, then eras. Rows go in many at a time. Nothing is visible to readers until
 * {@link #commit()}; closing without committing rolls everything back.
 *
 * <p>How it writes depends on what the store holds. Into a store with content, the import merges: each thing is
 * looked up by its id, and one the store holds already is the same thing described again ({@link ImportMerge} says
 * what is kept and what is updated); new rows go in many at a time, updates through the write path once they are
 * in; foreign keys are checked at commit, and the write-ahead log keeps the old content for readers. Into an empty store there is nothing to clash with and no reader to serve: secondary indexes are built
 * once at the end by sorting, and a rollback journal (which need not copy pages that did not exist) stands in for
 * the log. A store being created from nothing (the generator, under a temporary name) has no journal at all.
 */
public final class BulkWriter implements ImportWriter {
    enum Mode {
        /** A store file being built under a temporary name: no journal, no syncs. */
        NEW_FILE,
        /** An empty store: the import is still all or nothing. */
        EMPTY,
        /** A store with content, or one shared with another connection. */
        MERGE
    }

    /** The schema's secondary indexes (migration 1), by name: dropped and rebuilt around an empty store's load. */
    static final Map<String, String> SECONDARY_INDEXES = Map.of(
            "events_by_time", "CREATE INDEX events_by_time ON events (start_s, end_s)",
            "event_actors_by_actor", "CREATE INDEX event_actors_by_actor ON event_actors (actor_id)",
            "event_places_by_place", "CREATE INDEX event_places_by_place ON event_places (place_id)",
            "citations_by_source", "CREATE INDEX citations_by_source ON citations (source_id, start_offset)");

    private final SqliteStore store;
    private final Connection db;
    private final Mode mode;
    /**
     * The events' columns, gathered as they pass when the store was empty, and kept at commit so that the new
     * store opens at once; after a merge the store rebuilds them when first asked.
     */
    private final EventColumns.Builder columns = new EventColumns.Builder();
    /** Whether things may be there already: a store with content, not emptied first. */
    private final boolean merging;
    private final ImportOptions options;
    private final ImportLedger ledger;
    /** Whether sources are numbered with the events and index rows are keyed by those numbers (version 5 on). */
    private final boolean numbered;
    private final RowBatch sources;
    /** The files of the new sources' articles, by source id, written at the commit. */
    private final Map<String, Original> originals = new LinkedHashMap<>();
    private final RowBatch actors;
    private final RowBatch aliases;
    private final RowBatch places;
    private final RowBatch placeAliases;
    private final RowBatch events;
    private final RowBatch eventActors;
    private final RowBatch eventPlaces;
    private final RowBatch eventTags;
    private final RowBatch citations;
    /** Article bodies, to find where each quote starts when the caller does not give it (not kept for a new file). */
    private final Map<String, String> bodies = new HashMap<>();
    private Map<String, Actor> storedActors;
    private Map<String, Place> storedPlaces;
    private Map<String, Category> storedCategories;
    /** The store's text of the sources it keeps though the file's differs: quotes are found in it. */
    private final Map<String, String> keptBodies = new HashMap<>();
    /** Quotes of new events that the store's text of their source does not hold: the import is refused. */
    private final List<String> lostQuotes = new ArrayList<>();
    /** The categories the timeline describes, and those its events name, described or not. */
    private final Map<String, Category> describedCategories = new LinkedHashMap<>();
    private final Set<String> namedCategories = new LinkedHashSet<>();
    /**
     * The actors and places this import gives: an event may name only those. Into an empty store foreign keys are
     * not checked row by row, so the writer checks its own references.
     */
    private final Set<String> givenActors = new HashSet<>();
    private final Set<String> givenPlaces = new HashSet<>();
    /** The number of the first source or event this import adds; those from it on are new to the search index. */
    private long firstSeq;
    private long nextSeq;
    private boolean committed;

    BulkWriter(SqliteStore store, Connection db, Mode mode, ImportOptions options) throws StoreException {
        this.store = store;
        this.db = db;
        this.mode = mode;
        this.options = options;
        this.merging = mode == Mode.MERGE && !options.replace();
        // An import that replaces the store is not undone change by change.
        this.ledger = new ImportLedger(options.replace() ? 0 : options.recordAtMost());
        this.numbered = store.hasNumberedRows();
        try {
            try (Statement pragma = db.createStatement()) {
                if (mode == Mode.NEW_FILE) {
                    // A big page cache keeps the whole load (and the full-text index it feeds) in memory.
                    pragma.execute("PRAGMA cache_size = -262144");
                    // A store being created has nothing to protect yet, and its writer checks its own references:
                    // no foreign-key lookups per row, no journal, no syncs until the end.
                    pragma.execute("PRAGMA foreign_keys = OFF");
                    pragma.execute("PRAGMA journal_mode = OFF");
                    pragma.execute("PRAGMA synchronous = OFF");
                } else if (mode == Mode.EMPTY) {
                    // The pages a rollback journal would copy do not exist yet: only the few the schema holds are
                    // journaled, where the log would take every page twice. A cache of 256 MB, as for a new file:
                    // with 64 MB, importing a million events took 77 s instead of 68.
                    pragma.execute("PRAGMA cache_size = -262144");
                    // Each statement of a transaction keeps the pages it changes that existed before it, to undo it
                    // alone; past 64 KB, in a scratch file. Kept in memory, they cost no write: for 100,000 events,
                    // 95,000 pages (390 MB) of scratch file were written and dropped.
                    pragma.execute("PRAGMA temp_store = MEMORY");
                    pragma.execute("PRAGMA foreign_keys = OFF");
                    try {
                        pragma.execute("PRAGMA journal_mode = DELETE");
                    } catch (SQLException busy) {
                        // Another connection has the store open: the log stays, slower but as safe.
                    }
                }
            }
            if (mode == Mode.EMPTY) {
                beginWithTheWriteLock();
            } else {
                db.setAutoCommit(false);
            }
            if (mode == Mode.MERGE) {
                try (Statement defer = db.createStatement()) {
                    // Rows go in table by table, many at a time: references are checked once all are in.
                    defer.execute("PRAGMA defer_foreign_keys = ON");
                }
                if (options.replace()) {
                    store.clear();
                }
            } else {
                try (Statement drop = db.createStatement()) {
                    // Secondary indexes are built once at the end, by sorting, instead of row by row.
                    for (String index : SECONDARY_INDEXES.keySet()) {
                        drop.execute("DROP INDEX IF EXISTS " + index);
                    }
                }
            }
            // Numbering the rows here spares a query for each generated key. Sources and events share the numbers,
            // which key their rows in the search index.
            nextSeq = store.lastSeq() + 1;
            firstSeq = nextSeq;
            sources = numbered
                    ? new RowBatch(db, "INSERT INTO sources (id, file, title, outlet, author, published, language,"
                            + " url, body_lines, note, raw_text, body, seq)", 13)
                    : new RowBatch(db, "INSERT INTO sources (id, file, title, outlet, author, published, language,"
                            + " url, body_lines, note, raw_text, body)", 12);
            actors = new RowBatch(db, "INSERT INTO actors (id, name, description)", 3);
            aliases = new RowBatch(db, "INSERT INTO actor_aliases (actor_id, position, alias)", 3);
            places = new RowBatch(db, "INSERT INTO places (id, name, country)", 3);
            placeAliases = new RowBatch(db, "INSERT INTO place_aliases (place_id, position, alias)", 3);
            events = new RowBatch(db, "INSERT INTO events (seq, id, title, title_en, summary, date, display_date,"
                    + " category, note, start_s, end_s)", 11);
            eventActors = new RowBatch(db, "INSERT INTO event_actors (event_seq, position, actor_id)", 3);
            eventPlaces = new RowBatch(db, "INSERT INTO event_places (event_seq, position, place_id)", 3);
            eventTags = new RowBatch(db, "INSERT INTO event_tags (event_seq, position, tag)", 3);
            citations = new RowBatch(db, "INSERT INTO citations (event_seq, position, source_id, quote,"
                    + " start_offset, end_offset)", 6);
        } catch (SQLException e) {
            rollBack();
            throw store.failure(e);
        }
        if (mode == Mode.EMPTY) {
            StoreException refused = null;
            try {
                if (!store.holdsNothing()) {
                    refused = new StoreException(store.file() + ": another import wrote to this store as this one"
                            + " began; nothing was imported: import again");
                }
            } catch (StoreException e) {
                refused = e;
            }
            if (refused != null) {
                try {
                    close();
                } catch (StoreException e) {
                    refused.addSuppressed(e);
                }
                throw refused;
            }
        }
    }

    /**
     * Begins the transaction holding the store's write lock at once: the store was found empty before, and a
     * writer on another connection might have filled it since. Holding the lock, the constructor looks again.
     * A statement that writes nothing takes the lock.
     */
    private void beginWithTheWriteLock() throws SQLException {
        db.setAutoCommit(false);
        try (Statement lock = db.createStatement()) {
            lock.execute("DELETE FROM main.sl_meta WHERE 0");
        }
    }

    /** The timeline's title and description: the store's kept where it has them, unless updating. */
    @Override
    public void meta(String title, String description) throws StoreException {
        TimelineInfo given = new TimelineInfo(title, description);
        if (merging) {
            TimelineInfo stored = store.info();
            ledger.existing(ImportLedger.Kind.INFO, "the timeline's title", stored,
                    ImportMerge.info(stored, given, options.update()), Change.OfInfo::new);
            return;
        }
        if (!given.equals(TimelineInfo.NONE)) {
            ledger.added(ImportLedger.Kind.INFO, new Change.OfInfo(TimelineInfo.NONE, given));
        }
        try (PreparedStatement meta = db.prepareStatement(
                "INSERT INTO sl_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            for (String[] entry : new String[][] {{"title", title}, {"description", description}}) {
                if (entry[1] != null) {
                    meta.setString(1, entry[0]);
                    meta.setString(2, entry[1]);
                    meta.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    @Override
    public void source(Source s, Article article) throws StoreException {
        source(s, article, null);
    }

    @Override
    public void source(Source s, Article article, Original original) throws StoreException {
        store.checkOriginal(original);
        try {
            if (mode != Mode.NEW_FILE) {
                bodies.put(s.id(), article.body());
            }
            if (merging) {
                Optional<SourceDocument> stored = store.sourceDocument(s.id());
                if (stored.isPresent()) {
                    SourceDocument file = new SourceDocument(s, article, original);
                    ImportMerge.Outcome<SourceDocument> outcome = ImportMerge.source(stored.get(), file,
                            options.update());
                    ledger.existing(ImportLedger.Kind.SOURCE, "source " + s.id(), stored.get(), outcome,
                            Change.OfSource::new);
                    Article kept = outcome.value().article();
                    if (!kept.equals(article)) {
                        keptBodies.put(s.id(), kept.body());
                    }
                    return;
                }
            }
            ledger.added(ImportLedger.Kind.SOURCE, new Change.OfSource(null, new SourceDocument(s, article,
                    original)));
            if (original != null) {
                // Written once the sources' rows are in, at the commit.
                originals.put(s.id(), original);
            }
            StringBuilder ranges = new StringBuilder();
            for (int i = 0; i < s.bodyLines().size(); i++) {
                ranges.append(i == 0 ? "" : ",").append(s.bodyLines().get(i).from()).append('-')
                        .append(s.bodyLines().get(i).to());
            }
            long seq = nextSeq++;
            if (numbered) {
                sources.add(s.id(), s.file(), s.title(), s.outlet(), s.author(), s.published().toString(),
                        s.language(), s.url(), ranges.toString(), s.note(), article.rawText(), article.body(), seq);
            } else {
                sources.add(s.id(), s.file(), s.title(), s.outlet(), s.author(), s.published().toString(),
                        s.language(), s.url(), ranges.toString(), s.note(), article.rawText(), article.body());
            }
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /** An actor; one the store already holds is the same actor, kept or updated as {@link ImportMerge} says. */
    @Override
    public void actor(Actor a) throws StoreException {
        givenActors.add(a.id());
        try {
            if (merging) {
                if (storedActors == null) {
                    storedActors = store.actorsById();
                }
                Actor stored = storedActors.get(a.id());
                if (stored != null) {
                    ImportMerge.Outcome<Actor> outcome = ImportMerge.actor(stored, a, options.update());
                    ledger.existing(ImportLedger.Kind.ACTOR, "actor " + a.id(), stored, outcome, Change.OfActor::new);
                    return;
                }
            }
            ledger.added(ImportLedger.Kind.ACTOR, new Change.OfActor(null, a));
            actors.add(a.id(), a.name(), a.description());
            for (int i = 0; i < a.aliases().size(); i++) {
                aliases.add(a.id(), i, a.aliases().get(i));
            }
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /** A place; as with actors, one the store holds already is the same place. */
    @Override
    public void place(Place p) throws StoreException {
        givenPlaces.add(p.id());
        try {
            if (merging) {
                if (storedPlaces == null) {
                    storedPlaces = store.placesById();
                }
                Place stored = storedPlaces.get(p.id());
                if (stored != null) {
                    ImportMerge.Outcome<Place> outcome = ImportMerge.place(stored, p, options.update());
                    ledger.existing(ImportLedger.Kind.PLACE, "place " + p.id(), stored, outcome, Change.OfPlace::new);
                    return;
                }
            }
            store.checkPlaceAliases(p);
            ledger.added(ImportLedger.Kind.PLACE, new Change.OfPlace(null, p));
            places.add(p.id(), p.name(), p.country());
            for (int i = 0; i < p.aliases().size(); i++) {
                placeAliases.add(p.id(), i, p.aliases().get(i));
            }
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /**
     * An event whose sources, actors and places were given before it.
     *
     * @throws IllegalArgumentException if it cites a source whose article was not given
     */
    @Override
    public void event(Event e) throws StoreException {
        int[] starts = new int[e.citations().size()];
        for (int i = 0; i < starts.length; i++) {
            Citation c = e.citations().get(i);
            String body = bodies.get(c.sourceId());
            if (body == null) {
                throw new IllegalArgumentException("event " + e.id() + " cites source " + c.sourceId()
                        + ", whose article was not given");
            }
            starts[i] = body.indexOf(c.quote());
        }
        event(e, starts);
    }

    /** @param quoteStarts where each citation's quote starts in its source's body, in citation order */
    @Override
    public void event(Event e, int[] quoteStarts) throws StoreException {
        for (int i = 0; i < e.citations().size(); i++) {
            if (quoteStarts[i] < 0) {
                throw new IllegalArgumentException("event " + e.id() + ": the quote of citation " + (i + 1)
                        + " is not in the body of source " + e.citations().get(i).sourceId());
            }
        }
        try {
            namedCategories.add(e.category());
            if (merging) {
                Optional<Event> stored = store.event(e.id());
                if (stored.isPresent()) {
                    ledger.existing(ImportLedger.Kind.EVENT, "event " + e.id(), stored.get(),
                            ImportMerge.event(stored.get(), e, options.update()), Change.OfEvent::new);
                    return;
                }
                quoteStarts = inKeptTexts(e, quoteStarts);
            }
            ledger.added(ImportLedger.Kind.EVENT, new Change.OfEvent(null, e));
            long seq = nextSeq++;
            String date = e.date().toString();
            events.add(seq, e.id(), e.title(), e.titleEn(), e.summary(), date, e.displayDate(),
                    e.category(), e.note(), e.date().earliestEpochSecond(), e.date().latestEpochSecond());
            if (mode != Mode.MERGE) {
                columns.add(e.id(), e.title(), e.titleEn(), e.date(), date, e.displayDate(), e.category(),
                        e.actors());
            }
            for (int i = 0; i < e.actors().size(); i++) {
                eventActors.add(seq, i, given(givenActors, e.actors().get(i), "actor", e));
            }
            for (int i = 0; i < e.places().size(); i++) {
                eventPlaces.add(seq, i, given(givenPlaces, e.places().get(i), "place", e));
            }
            for (int i = 0; i < e.tags().size(); i++) {
                eventTags.add(seq, i, e.tags().get(i));
            }
            for (int i = 0; i < e.citations().size(); i++) {
                Citation c = e.citations().get(i);
                citations.add(seq, i, c.sourceId(), c.quote(), quoteStarts[i], quoteStarts[i] + c.quote().length());
            }
        } catch (SQLException ex) {
            throw store.failure(ex);
        }
    }

    /**
     * Where the quotes of a new event stand in the texts the store keeps: a source the file describes with another
     * text keeps the store's, and a quote that text does not hold refuses the import.
     */
    private int[] inKeptTexts(Event e, int[] quoteStarts) {
        int[] starts = quoteStarts;
        for (int i = 0; i < e.citations().size(); i++) {
            Citation c = e.citations().get(i);
            String kept = keptBodies.get(c.sourceId());
            if (kept != null) {
                starts = starts == quoteStarts ? quoteStarts.clone() : starts;
                starts[i] = kept.indexOf(c.quote());
                if (starts[i] < 0) {
                    lostQuotes.add("event " + e.id() + " quotes source " + c.sourceId()
                            + " with words the store's text of it does not hold");
                    starts[i] = 0;
                }
            }
        }
        return starts;
    }

    private static String given(Set<String> ids, String id, String what, Event e) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("event " + e.id() + " names " + what + " " + id
                    + ", which was not given");
        }
        return id;
    }

    @Override
    public void category(Category c) {
        describedCategories.put(c.id(), c);
    }

    /**
     * The categories the events name: described by the timeline, or made from their ids with a colour no other
     * category of the store has; one the store holds already is the same category, kept or updated.
     */
    private void writeCategories() throws SQLException, StoreException {
        if (!store.hasCategories()) {
            return;
        }
        Map<String, Category> stored = merging ? store.categoriesById() : Map.of();
        List<String> colors = new ArrayList<>(stored.values().stream().map(Category::color).toList());
        describedCategories.values().forEach(c -> colors.add(c.color()));
        Set<String> all = new LinkedHashSet<>(describedCategories.keySet());
        all.addAll(namedCategories);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO categories (id, label, label_en, color) VALUES (?, ?, ?, ?)")) {
            for (String id : all) {
                Category c = describedCategories.get(id);
                Category there = stored.get(id);
                if (there != null) {
                    if (c != null) {
                        ledger.existing(ImportLedger.Kind.CATEGORY, "category " + id, there,
                                ImportMerge.category(there, c, options.update()), Change.OfCategory::new);
                    }
                    continue;
                }
                if (c == null) {
                    c = Category.named(id, colors);
                    colors.add(c.color());
                }
                ledger.added(ImportLedger.Kind.CATEGORY, new Change.OfCategory(null, c));
                insert.setString(1, c.id());
                insert.setString(2, c.label());
                insert.setString(3, c.labelEn());
                insert.setString(4, c.color());
                insert.executeUpdate();
            }
        }
    }

    @Override
    public void eras(List<Era> eras) throws StoreException {
        if (eras.isEmpty()) {
            return;
        }
        if (!store.hasEras()) {
            throw new StoreException(store.file() + ": this store predates eras (schema version "
                    + store.version() + ")");
        }
        try {
            Map<String, Era> stored = new HashMap<>();
            if (merging) {
                EraTable.all(db).forEach(era -> stored.put(era.id(), era));
            }
            List<Era> added = new ArrayList<>();
            for (Era era : eras) {
                Era there = stored.get(era.id());
                if (there != null) {
                    ledger.existing(ImportLedger.Kind.ERA, "era " + era.id(), there,
                            ImportMerge.era(there, era, options.update()), Change.OfEra::new);
                } else {
                    ledger.added(ImportLedger.Kind.ERA, new Change.OfEra(null, era));
                    added.add(era);
                }
            }
            EraTable.insert(db, added);
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /**
     * Writes what is left, applies the updates of what the store held, builds the indexes and commits.
     *
     * @throws StoreException if the import cannot be stored whole; then nothing is stored
     */
    @Override
    public ImportReport commit() throws StoreException {
        if (!lostQuotes.isEmpty()) {
            throw new StoreException(store.file() + ": nothing was imported: the file describes sources with another"
                    + " text than the store's, which keeps its own, and " + String.join("; ", lostQuotes)
                    + " (import with --update to take the file's texts)");
        }
        try {
            writeCategories();
            // Parents before children, though only a merge checks references, and at the end.
            for (RowBatch batch : batches()) {
                batch.flush();
            }
            writeOriginals();
            // Once every new row is in: an updated event may name an actor the same file brings.
            SqliteWrites writes = new SqliteWrites(store, db);
            for (Change update : ledger.updates()) {
                writes.applyWithin(update);
            }
            indexNewRows();
            if (mode == Mode.EMPTY) {
                // Sorting for the indexes may use scratch files again, as usual: kept in memory, it would grow with
                // the store. (Statements keep their undo pages in memory to the end of the transaction all the same.)
                try (Statement pragma = db.createStatement()) {
                    pragma.execute("PRAGMA temp_store = DEFAULT");
                } catch (SQLException refused) {
                    // SQLite refuses it in a transaction once the connection has temporary tables: none here, but
                    // were it so, the sorts would stay in memory, which is no reason to give the import up.
                }
            }
            if (mode != Mode.MERGE) {
                try (Statement create = db.createStatement()) {
                    for (String definition : SECONDARY_INDEXES.values()) {
                        create.execute(definition);
                    }
                }
                store.keepEventColumns(columns.build());
            }
            db.commit();
            committed = true;
            return ledger.report(options.recordAtMost() > 0);
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /**
     * The search rows of what this import adds: the timeline does not wait for them. A few are indexed in this
     * transaction; more are left to the index's build, which the window or the next search runs after the commit
     * ({@link SearchBacklog}). A store of a schema before the backlog (in tests) has its index made again whole.
     */
    private void indexNewRows() throws SQLException {
        if (store.hasSearchBacklog()) {
            SearchBacklog.added(db, firstSeq - 1, nextSeq - 1);
        } else if (store.hasSearchIndex()) {
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM search_index");
            }
            SearchRows.fill(db, store.version());
        }
    }

    /** The files the new sources' articles were read from, byte for byte. */
    private void writeOriginals() throws SQLException {
        if (originals.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO source_originals (source_id, file_name,"
                + " media_type, bytes, page_lines) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Original> e : originals.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setString(2, e.getValue().fileName());
                insert.setString(3, e.getValue().mediaType());
                insert.setBytes(4, e.getValue().bytes());
                insert.setString(5, SqliteCatalog.pageLines(e.getValue().pageLines()));
                insert.executeUpdate();
            }
        }
    }

    private RowBatch[] batches() {
        return new RowBatch[] {sources, actors, aliases, places, placeAliases, events, eventActors, eventPlaces,
            eventTags, citations};
    }

    private void rollBack() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone with the connection: nothing was committed.
        }
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // As above.
        }
        try {
            // The store stays open: its next writer must find foreign keys checked again, and the usual journal.
            restorePragmas();
        } catch (SQLException ignored) {
            // A broken connection: the store reports it at its next use.
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            if (!committed) {
                db.rollback();
            }
            for (RowBatch batch : batches()) {
                batch.close();
            }
            db.setAutoCommit(true);
            restorePragmas();
        } catch (SQLException e) {
            throw store.failure(e);
        }
    }

    /** The connection's usual settings, after a writer into an empty or new store changed them. */
    private void restorePragmas() throws SQLException {
        if (mode == Mode.MERGE) {
            return;
        }
        try (Statement pragma = db.createStatement()) {
            // First, and the one that must succeed: the next writer on this connection relies on it.
            pragma.execute("PRAGMA foreign_keys = ON");
        }
        for (String setting : List.of("PRAGMA cache_size = -2000", "PRAGMA temp_store = DEFAULT",
                "PRAGMA synchronous = FULL", "PRAGMA journal_mode = WAL")) {
            try (Statement pragma = db.createStatement()) {
                pragma.execute(setting);
            } catch (SQLException busy) {
                // Going back to the write-ahead log needs the store to itself: with another program reading it,
                // the store keeps its rollback journal until it is next opened (as safe, less concurrent).
            }
        }
    }
}
