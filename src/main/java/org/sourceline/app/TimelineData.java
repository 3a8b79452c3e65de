package org.sourceline.app;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.ItemColumns;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineItems;
import org.sourceline.render.CategoryColors;
import org.sourceline.model.Category;
import org.sourceline.model.DateTraits;
import org.sourceline.model.Era;
import org.sourceline.store.EventColumns;
import org.sourceline.store.EventRow;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/**
 * The events a timeline shows, in time order, as the layout needs them, with the actors of each event for lanes by
 * actor. Immutable; built on the background thread.
 *
 * <p>The events stay in the store's flat {@link EventColumns}: {@link #items()} and {@link #rows()} build an item
 * or a row only when one is asked for, which a frame does for the few hundred it shows, so a million events cost
 * their columns and nothing more.
 */
public final class TimelineData {
    public static final TimelineData EMPTY = new TimelineData(EventColumns.EMPTY, null, Map.of(), Map.of(),
            Locale.FRENCH, List.of());

    private final EventColumns columns;
    /** Positions in {@code columns} of the events kept, ascending; null for all of them. */
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

    private TimelineData(EventColumns columns, int[] kept, Map<String, String> actorNames,
                         Map<String, Category> categories, Locale locale, List<EraSpan> eras) {
        this.columns = columns;
        this.kept = kept;
        this.actorNames = Map.copyOf(actorNames);
        this.categoryById = Map.copyOf(categories);
        this.locale = locale;
        this.french = "fr".equals(locale.getLanguage());
        this.eras = List.copyOf(eras);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            min = Math.min(min, columns.start(position(i)));
            max = Math.max(max, columns.end(position(i)));
        }
        this.minTime = isEmpty() ? 0 : min;
        this.maxTime = isEmpty() ? 0 : max;
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
    public static TimelineData of(EventColumns columns, Map<String, String> actorNames,
                                  Map<String, Category> categories, Locale locale) {
        return new TimelineData(columns, null, actorNames, categories, locale, List.of());
    }

    /** The same data holding only the events {@code keep} accepts, in the same order (eras stay). */
    public TimelineData only(Predicate<String> keep) {
        int[] chosen = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            int p = position(i);
            if (keep.test(columns.id(p))) {
                chosen[n++] = p;
            }
        }
        return new TimelineData(columns, Arrays.copyOf(chosen, n), actorNames, categoryById, locale, eras);
    }

    /** The same data holding only the events that overlap [t0, t1): that start before t1 and end after t0. */
    public TimelineData overlapping(double t0, double t1) {
        int[] chosen = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            int p = position(i);
            if (columns.start(p) < t1 && columns.end(p) > t0) {
                chosen[n++] = p;
            }
        }
        return new TimelineData(columns, Arrays.copyOf(chosen, n), actorNames, categoryById, locale, eras);
    }

    /** The same events with these eras drawn behind them. */
    public TimelineData withEras(List<Era> eras) {
        return new TimelineData(columns, kept, actorNames, categoryById, locale,
                eras.stream().map(EraSpan::of).toList());
    }

    /** A category's name in the interface language: the English one in English, where the store gives one. */
    public String categoryLabel(String category) {
        Category c = categoryById.get(category);
        return c != null ? c.label(locale) : category;
    }

    /** The colour of each category, as the store describes it. */
    public CategoryColors categoryColors() {
        return CategoryColors.of(categoryById);
    }

    /** The categories of the store, by id. */
    public Map<String, Category> categoriesById() {
        return categoryById;
    }

    public List<EraSpan> eras() {
        return eras;
    }

    /** The events as the layout draws them; each item is built when asked for. */
    public List<TimelineItem> items() {
        return items;
    }

    /** The events as rows (with their parsed dates); each row is built when asked for. */
    public List<EventRow> rows() {
        return rows;
    }

    public int size() {
        return kept == null ? columns.size() : kept.length;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    private int position(int index) {
        return kept == null ? index : kept[index];
    }

    /** The id of the event at {@code index}, read from the columns: no item is built. */
    public String idOf(int index) {
        return items.idOf(index);
    }

    /** The index of an event, or -1. */
    public int indexOf(String eventId) {
        if (eventId == null) {
            return -1;
        }
        int p = columns.positionOf(eventId);
        if (p < 0 || kept == null) {
            return p;
        }
        int i = Arrays.binarySearch(kept, p);
        return i >= 0 ? i : -1;
    }

    public List<String> actorsOf(String eventId) {
        int p = columns.positionOf(eventId);
        return p < 0 ? List.of() : columns.actors(p);
    }

    public String actorName(String actorId) {
        return actorNames.getOrDefault(actorId, actorId);
    }

    /** The categories of the events, in order of first appearance. */
    public List<String> categories() {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < size(); i++) {
            seen.add(columns.category(position(i)));
        }
        return new ArrayList<>(seen);
    }

    public double minTime() {
        return minTime;
    }

    public double maxTime() {
        return maxTime;
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
            String label = french ? null : columns.titleEn(p);
            TimelineItem item = TimelineItems.of(columns.id(p), label != null ? label : columns.title(p),
                    columns.start(p), columns.end(p), columns.traits(p), columns.category(p));
            recent[slot] = new Recent(index, item);
            return item;
        }

        @Override
        public int size() {
            return TimelineData.this.size();
        }

        @Override
        public double startOf(int i) {
            return columns.start(position(i));
        }

        @Override
        public double endOf(int i) {
            return columns.end(position(i));
        }

        @Override
        public String idOf(int i) {
            return columns.id(position(i));
        }

        @Override
        public String categoryOf(int i) {
            return columns.category(position(i));
        }

        @Override
        public double anchorOf(int i) {
            int p = position(i);
            boolean point = (columns.traits(p) & (DateTraits.ONE_OF_RANGE | DateTraits.BOUNDED_INTERVAL
                    | DateTraits.COARSE)) == 0;
            return point ? (columns.start(p) + columns.end(p)) / 2.0 : columns.start(p);
        }
    }

    private final class Rows extends AbstractList<EventRow> implements RandomAccess {
        @Override
        public EventRow get(int index) {
            return columns.row(position(index));
        }

        @Override
        public int size() {
            return TimelineData.this.size();
        }
    }
}
