package org.sourceline.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.IndexShift;

/**
 * Every event of a store as a timeline needs it, in time order (start, end, id): its bounds, date traits, category,
 * id, titles, date texts and actors, by position. Immutable; an edit gives another table.
 */
public interface EventTable {
    int size();

    long start(int i);

    long end(int i);

    /** The date's {@link org.sourceline.model.DateTraits}. */
    int traits(int i);

    String category(int i);

    String id(int i);

    String title(int i);

    /** The English title, or null. */
    String titleEn(int i);

    String dateText(int i);

    /** The display date, or null. */
    String displayDate(int i);

    /** The ids of the event's actors, in their order. */
    List<String> actors(int i);

    /** The event at position {@code i} as a row; parses its date. */
    EventRow row(int i);

    /** The position of the event with this id, or -1. */
    int positionOf(String id);

    /**
     * The same events with some removed and others inserted at their places in time order.
     *
     * @param removedIds the events to remove; an id not held is ignored
     * @param added      the events to insert; none may have an id the table keeps
     * @throws IllegalArgumentException if an added event's id is held and not removed, or given twice
     */
    Edited edited(Collection<String> removedIds, List<Row> added);

    /** The same events in flat columns, as a store keeps them. */
    EventColumns compacted();

    /** One event as the table holds it, to insert by {@link #edited}. */
    record Row(String id, String title, String titleEn, EdtfDate date, String displayDate, String category,
               List<String> actors) {
        public Row {
            actors = List.copyOf(actors);
        }

        public static Row of(Event e) {
            return new Row(e.id(), e.title(), e.titleEn(), e.date(), e.displayDate(), e.category(), e.actors());
        }
    }

    /** A table after an edit, and where its events moved. */
    record Edited(EventTable table, IndexShift shift) {
    }

    /** Refuses to insert an event the table holds and does not remove, or the same event twice. */
    static void requireNew(EventTable table, Collection<String> removedIds, List<Row> added) {
        Set<String> ids = new HashSet<>();
        Set<String> removed = new HashSet<>(removedIds);
        for (Row row : added) {
            if (!ids.add(row.id()) || table.positionOf(row.id()) >= 0 && !removed.contains(row.id())) {
                throw new IllegalArgumentException("event " + row.id() + " is held already");
            }
        }
    }

    /** How positions moved: the old positions of what was removed, the new positions of what was added. */
    static IndexShift shift(EventTable after, int[] removedBefore, List<Row> added) {
        int[] inserted = added.stream().mapToInt(r -> after.positionOf(r.id())).sorted().toArray();
        return new IndexShift(Arrays.stream(removedBefore).sorted().distinct().toArray(), inserted);
    }
}
