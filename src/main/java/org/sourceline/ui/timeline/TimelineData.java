package org.sourceline.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.TimelineItems;
import org.sourceline.layout.TimelineItem;
import org.sourceline.model.Era;
import org.sourceline.store.EventRow;

/**
 * The events a timeline shows, in time order, as the layout needs them, with the actors of each event for lanes by
 * actor. Immutable; built on the background thread.
 */
public final class TimelineData {
    public static final TimelineData EMPTY = new TimelineData(List.of(), List.of(), Map.of(), Map.of());

    private final List<EventRow> rows;
    private final List<TimelineItem> items;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, List<String>> actorsByEvent;
    private final Map<String, String> actorNames;
    private final List<EraSpan> eras;

    private TimelineData(List<EventRow> rows, List<TimelineItem> items, Map<String, List<String>> actorsByEvent,
                         Map<String, String> actorNames) {
        this(rows, items, actorsByEvent, actorNames, List.of());
    }

    private TimelineData(List<EventRow> rows, List<TimelineItem> items, Map<String, List<String>> actorsByEvent,
                         Map<String, String> actorNames, List<EraSpan> eras) {
        this.eras = List.copyOf(eras);
        this.rows = List.copyOf(rows);
        this.items = List.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            indexById.put(items.get(i).id(), i);
        }
        this.actorsByEvent = Map.copyOf(actorsByEvent);
        this.actorNames = Map.copyOf(actorNames);
    }

    /** @param rows events in time order, as {@code Store.listEvents()} returns them */
    public static TimelineData of(List<EventRow> rows, Map<String, List<String>> actorsByEvent,
                                  Map<String, String> actorNames, Locale locale) {
        List<TimelineItem> items = new ArrayList<>(rows.size());
        boolean english = !"fr".equals(locale.getLanguage());
        for (EventRow row : rows) {
            String label = english && row.titleEn() != null ? row.titleEn() : row.title();
            items.add(TimelineItems.of(row.id(), label, row.date(), row.category()));
        }
        return new TimelineData(rows, items, actorsByEvent, actorNames);
    }

    /** The same data holding only the events {@code keep} accepts, in the same order (eras stay). */
    public TimelineData only(Predicate<String> keep) {
        List<EventRow> keptRows = new ArrayList<>();
        List<TimelineItem> keptItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (keep.test(items.get(i).id())) {
                keptRows.add(rows.get(i));
                keptItems.add(items.get(i));
            }
        }
        return new TimelineData(keptRows, keptItems, actorsByEvent, actorNames, eras);
    }

    /** The same events with these eras drawn behind them. */
    public TimelineData withEras(List<Era> eras) {
        return new TimelineData(rows, items, actorsByEvent, actorNames, eras.stream().map(EraSpan::of).toList());
    }

    public List<EraSpan> eras() {
        return eras;
    }

    public List<TimelineItem> items() {
        return items;
    }

    public List<EventRow> rows() {
        return rows;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The index of an event, or -1. */
    public int indexOf(String eventId) {
        return eventId == null ? -1 : indexById.getOrDefault(eventId, -1);
    }

    public List<String> actorsOf(String eventId) {
        return actorsByEvent.getOrDefault(eventId, List.of());
    }

    public String actorName(String actorId) {
        return actorNames.getOrDefault(actorId, actorId);
    }

    public double minTime() {
        return items.stream().mapToDouble(TimelineItem::start).min().orElse(0);
    }

    public double maxTime() {
        return items.stream().mapToDouble(TimelineItem::end).max().orElse(0);
    }
}
