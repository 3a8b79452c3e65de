package org.sourceline.app;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Predicate;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.ItemColumns;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineItems;
import org.sourceline.model.Actor;
import org.sourceline.model.Category;
import org.sourceline.model.Change;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.DateTraits;
import org.sourceline.model.Era;
import org.sourceline.model.IndexShift;
import org.sourceline.render.CategoryColors;
import org.sourceline.render.TimelineModel;
import org.sourceline.store.EventColumns;
import org.sourceline.store.EventRow;
import org.sourceline.store.EventTable;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/**
 * The events a timeline shows, in time order, as the layout needs them, with the actors of each event for lanes by
 * actor, the categories and the eras. Immutable; built on the background thread, and made again from the old one
 * by each change applied in the window ({@link #withChange}).
 *
 * <p>The events stay in the store's flat {@link EventTable}: {@link #items()} and {@link #rows()} build an item or
 * a row only when one is asked for, which a frame does for the few hundred it shows, so a million events cost their
 * columns and nothing more.
 */
public final class TimelineData implements TimelineModel {
    public static final TimelineData EMPTY = of(EventColumns.EMPTY, Map.of(), Map.of(), Locale.FRENCH);

    private final EventTable events;
    /** Positions in {@code events} of the events kept, ascending; null for all of them. */
    private final int[] kept;
    private final Map<String, String> actorNames;
    private final Map<String, Category> categoryById;
    private final Locale locale;
    private final boolean french;
    private final List<EraSpan> eras;
    private final Items items = new Items();
    private final List<EventRow> rows = new Rows();
    private final double minTime;
    private final double maxTime;
    /** How many events of each category, in order of first appearance (then of arrival, after edits). */
    private final Map<String, Integer> categoryCounts;
    /** Identifies this data for the data made from it by an edit: a view can then move what it built. */
    private final Object identity = new Object();
    private final Object madeFrom;
    private final IndexShift shift;

    private TimelineData(EventTable events, int[] kept, Map<String, String> actorNames,
                         Map<String, Category> categories, Locale locale, List<EraSpan> eras,
                         Extent extent, Object madeFrom, IndexShift shift) {
        this.events = events;
        this.kept = kept;
        this.actorNames = Map.copyOf(actorNames);
        this.categoryById = Map.copyOf(categories);
        this.locale = locale;
        this.french = "fr".equals(locale.getLanguage());
        this.eras = List.copyOf(eras);
        Extent e = extent != null ? extent : measure();
        this.minTime = e.min();
        this.maxTime = e.max();
        this.categoryCounts = e.categories();
        this.madeFrom = madeFrom;
        this.shift = shift;
    }

    /** Where the events lie in time and which categories they are in: counted once, then kept up by edits. */
    private record Extent(double min, double max, Map<String, Integer> categories) {
    }

    private Extent measure() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            int p = position(i);
            min = Math.min(min, events.start(p));
            max = Math.max(max, events.end(p));
            counts.merge(events.category(p), 1, Integer::sum);
        }
        return size() == 0 ? new Extent(0, 0, counts) : new Extent(min, max, counts);
    }

    /**
     * Every event of a store as a timeline shows it, with the actors' names, the categories and the eras: what the
     * window loads when it opens a store, read on a background thread.
     */
    public static TimelineData load(Store store, Locale locale) throws StoreException {
        Map<String, String> names = new HashMap<>();
        store.actorsById().values().forEach(a -> names.put(a.id(), a.name()));
        return of(store.eventColumns(), names, store.categoriesById(), locale).withEras(store.eras());
    }

    /**
     * @param actorNames the name of each actor id, for the lanes by actor
     * @param categories the categories of the store, for the lanes' names and the colours
     */
    public static TimelineData of(EventTable events, Map<String, String> actorNames,
                                  Map<String, Category> categories, Locale locale) {
        return new TimelineData(events, null, actorNames, categories, locale, List.of(), null, null, null);
    }

    /** The same data holding only the events {@code keep} accepts, in the same order (eras stay). */
    public TimelineData only(Predicate<String> keep) {
        int[] chosen = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            int p = position(i);
            if (keep.test(events.id(p))) {
                chosen[n++] = p;
            }
        }
        return new TimelineData(events, Arrays.copyOf(chosen, n), actorNames, categoryById, locale, eras, null,
                null, null);
    }

    /** The same data holding only the events that overlap [t0, t1): that start before t1 and end after t0. */
    public TimelineData overlapping(double t0, double t1) {
        int[] chosen = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            int p = position(i);
            if (events.start(p) < t1 && events.end(p) > t0) {
                chosen[n++] = p;
            }
        }
        return new TimelineData(events, Arrays.copyOf(chosen, n), actorNames, categoryById, locale, eras, null,
                null, null);
    }

    /** The same events with these eras drawn behind them. */
    public TimelineData withEras(List<Era> eras) {
        return new TimelineData(events, kept, actorNames, categoryById, locale,
                eras.stream().map(EraSpan::of).toList(), new Extent(minTime, maxTime, categoryCounts), null, null);
    }

    /**
     * The same data after a change applied to the store: the events it creates, edits and deletes, the actors,
     * categories and eras it touches. A few events changed among a million cost a few binary searches, not a new
     * load: the events are edited in place ({@link EventTable#edited}), and a view built for this data can move what
     * it built instead of building it anew ({@link #shiftFrom}). Only the data of every event takes changes: a
     * filtered view is cut again from the changed data.
     *
     * @throws IllegalStateException on a filtered view
     */
    public TimelineData withChange(Change change) {
        if (kept != null) {
            throw new IllegalStateException("a change is applied to every event, not to a filtered view");
        }
        List<String> removed = new ArrayList<>();
        List<EventTable.Row> added = new ArrayList<>();
        Map<String, String> names = new HashMap<>(actorNames);
        Map<String, Category> categories = new HashMap<>(categoryById);
        List<EraSpan> newEras = eras;
        boolean erasChanged = false;
        for (Change part : change.parts()) {
            if (part instanceof Change.OfEvent c) {
                if (c.before() != null) {
                    removed.add(c.before().id());
                }
                if (c.after() != null) {
                    added.add(EventTable.Row.of(c.after()));
                }
            } else if (part instanceof Change.OfActor c) {
                names.remove(c.id());
                if (c.after() != null) {
                    Actor a = c.after();
                    names.put(a.id(), a.name());
                }
            } else if (part instanceof Change.OfCategory c) {
                categories.remove(c.id());
                if (c.after() != null) {
                    categories.put(c.id(), c.after());
                }
            } else if (part instanceof Change.OfEra c) {
                erasChanged = true;
                newEras = new ArrayList<>(newEras);
                newEras.removeIf(span -> span.id().equals(c.id()));
                if (c.after() != null) {
                    newEras.add(EraSpan.of(c.after()));
                }
            }
        }
        if (erasChanged) {
            List<EraSpan> sorted = new ArrayList<>(newEras);
            sorted.sort(java.util.Comparator.comparingDouble(EraSpan::start).thenComparingDouble(EraSpan::end)
                    .thenComparing(EraSpan::id));
            newEras = sorted;
        }
        if (removed.isEmpty() && added.isEmpty()) {
            return new TimelineData(events, null, names, categories, locale, newEras,
                    new Extent(minTime, maxTime, categoryCounts), identity, IndexShift.NONE);
        }
        EventTable.Edited edited = events.edited(removed, added);
        return new TimelineData(edited.table(), null, names, categories, locale, newEras,
                extentAfter(removed, added, edited.table()), identity, edited.shift());
    }

    /**
     * The time extent and category counts after an edit: kept up from the removed and added events, unless a
     * removed event stood at an edge of the extent, which then has to be measured again.
     */
    private Extent extentAfter(List<String> removedIds, List<EventTable.Row> added, EventTable after) {
        // The additions first, then the removals: an event edited in its own category keeps the category's place.
        Map<String, Integer> counts = new LinkedHashMap<>(categoryCounts);
        double min = size() == 0 ? Double.POSITIVE_INFINITY : minTime;
        double max = size() == 0 ? Double.NEGATIVE_INFINITY : maxTime;
        for (EventTable.Row row : added) {
            min = Math.min(min, row.date().earliestEpochSecond());
            max = Math.max(max, row.date().latestEpochSecond());
            counts.merge(row.category(), 1, Integer::sum);
        }
        boolean edgeGone = false;
        for (String id : removedIds) {
            int p = events.positionOf(id);
            if (p < 0) {
                continue;
            }
            edgeGone |= events.start(p) <= minTime || events.end(p) >= maxTime;
            counts.computeIfPresent(events.category(p), (k, n) -> n == 1 ? null : n - 1);
        }
        if (edgeGone) {
            double[] bounds = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int p = 0; p < after.size(); p++) {
                bounds[0] = Math.min(bounds[0], after.start(p));
                bounds[1] = Math.max(bounds[1], after.end(p));
            }
            min = bounds[0];
            max = bounds[1];
        }
        return after.size() == 0 ? new Extent(0, 0, counts) : new Extent(min, max, counts);
    }

    @Override
    public Optional<IndexShift> shiftFrom(TimelineModel previous) {
        return previous instanceof TimelineData data && madeFrom != null && data.identity == madeFrom
                ? Optional.of(shift) : Optional.empty();
    }

    /** The same events in flat columns, without the edits laid over them: for a store to keep. */
    public EventColumns columns() {
        return events.compacted();
    }

    /** A category's name in the interface language: the English one in English, where the store gives one. */
    @Override
    public String categoryLabel(String category) {
        Category c = categoryById.get(category);
        return c != null ? c.label(locale) : category;
    }

    /** The colour of each category, as the store describes it. */
    @Override
    public CategoryColors categoryColors() {
        return CategoryColors.of(categoryById);
    }

    /** The categories of the store, by id. */
    public Map<String, Category> categoriesById() {
        return categoryById;
    }

    /** The names of the actors, by id. */
    public Map<String, String> actorNames() {
        return actorNames;
    }

    @Override
    public List<EraSpan> eras() {
        return eras;
    }

    /** The events as the layout draws them; each item is built when asked for. */
    @Override
    public List<TimelineItem> items() {
        return items;
    }

    /** The events as rows (with their parsed dates); each row is built when asked for. */
    public List<EventRow> rows() {
        return rows;
    }

    @Override
    public int size() {
        return kept == null ? events.size() : kept.length;
    }

    private int position(int index) {
        return kept == null ? index : kept[index];
    }

    /** The id of the event at {@code index}, read from the columns: no item is built. */
    @Override
    public String idOf(int index) {
        return items.idOf(index);
    }

    /** The index of an event, or -1. */
    @Override
    public int indexOf(String eventId) {
        if (eventId == null) {
            return -1;
        }
        int p = events.positionOf(eventId);
        if (p < 0 || kept == null) {
            return p;
        }
        int i = Arrays.binarySearch(kept, p);
        return i >= 0 ? i : -1;
    }

    @Override
    public List<String> actorsOf(String eventId) {
        int p = events.positionOf(eventId);
        return p < 0 ? List.of() : events.actors(p);
    }

    @Override
    public String actorName(String actorId) {
        return actorNames.getOrDefault(actorId, actorId);
    }

    /** The categories of the events, in order of first appearance (new ones after the others). */
    @Override
    public List<String> categories() {
        return List.copyOf(categoryCounts.keySet());
    }

    @Override
    public double minTime() {
        return minTime;
    }

    @Override
    public double maxTime() {
        return maxTime;
    }

    @Override
    public String dateText(int index, Locale locale) {
        EventRow row = rows.get(index);
        return DatePhrase.asShown(row.date(), row.displayDate(), locale);
    }

    /** How many items built lately are kept, by index modulo this: a frame shows a few hundred. */
    private static final int RECENT = 16384;

    private record Recent(int index, TimelineItem item) {
    }

    private final class Items extends AbstractList<TimelineItem> implements ItemColumns, RandomAccess {
        /**
         * The items built lately: a pan lays out and paints mostly the items of the frame before, and building one
         * decodes its texts. One slot per index modulo {@value #RECENT}, each a whole pair, so that threads sharing
         * this immutable list may race on a slot and still never see an item under another's index.
         */
        private final Recent[] recent = new Recent[RECENT];

        @Override
        public TimelineItem get(int index) {
            int slot = index & (RECENT - 1);
            Recent known = recent[slot];
            if (known != null && known.index() == index) {
                return known.item();
            }
            int p = position(index);
            String label = french ? null : events.titleEn(p);
            TimelineItem item = TimelineItems.of(events.id(p), label != null ? label : events.title(p),
                    events.start(p), events.end(p), events.traits(p), events.category(p));
            recent[slot] = new Recent(index, item);
            return item;
        }

        @Override
        public int size() {
            return TimelineData.this.size();
        }

        @Override
        public double startOf(int i) {
            return events.start(position(i));
        }

        @Override
        public double endOf(int i) {
            return events.end(position(i));
        }

        @Override
        public String idOf(int i) {
            return events.id(position(i));
        }

        @Override
        public String categoryOf(int i) {
            return events.category(position(i));
        }

        @Override
        public double anchorOf(int i) {
            int p = position(i);
            boolean point = (events.traits(p) & (DateTraits.ONE_OF_RANGE | DateTraits.BOUNDED_INTERVAL
                    | DateTraits.COARSE)) == 0;
            return point ? (events.start(p) + events.end(p)) / 2.0 : events.start(p);
        }
    }

    private final class Rows extends AbstractList<EventRow> implements RandomAccess {
        @Override
        public EventRow get(int index) {
            return events.row(position(index));
        }

        @Override
        public int size() {
            return TimelineData.this.size();
        }
    }
}
