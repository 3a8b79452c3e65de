package org.sourceline.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.TimelineItem;
import org.sourceline.model.IndexShift;

/**
 * What a timeline shows, as the timeline control and the overview read it: the events in time order, what their
 * lanes are called and how they are coloured, the eras behind them. Made by whoever loads the events; the control
 * never asks where they come from.
 */
public interface TimelineModel {
    /** No event at all: what a view shows before anything is loaded. */
    TimelineModel EMPTY = new TimelineModel() {
        @Override
        public List<TimelineItem> items() {
            return List.of();
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public String idOf(int index) {
            throw new IndexOutOfBoundsException("no event " + index + " in an empty timeline");
        }

        @Override
        public int indexOf(String eventId) {
            return -1;
        }

        @Override
        public List<String> actorsOf(String eventId) {
            return List.of();
        }

        @Override
        public String actorName(String actorId) {
            return actorId;
        }

        @Override
        public String categoryLabel(String category) {
            return category;
        }

        @Override
        public CategoryColors categoryColors() {
            return CategoryColors.BY_ID;
        }

        @Override
        public List<String> categories() {
            return List.of();
        }

        @Override
        public List<EraSpan> eras() {
            return List.of();
        }

        @Override
        public double minTime() {
            return 0;
        }

        @Override
        public double maxTime() {
            return 0;
        }

        @Override
        public String dateText(int index, Locale locale) {
            throw new IndexOutOfBoundsException("no event " + index + " in an empty timeline");
        }

        @Override
        public Optional<IndexShift> shiftFrom(TimelineModel previous) {
            return Optional.empty();
        }
    };

    /** The events in time order (start, end, id), each item built when asked for. */
    List<TimelineItem> items();

    int size();

    default boolean isEmpty() {
        return size() == 0;
    }

    /** The id of the event at {@code index}, without building its item. */
    String idOf(int index);

    /** The index of an event, or -1. */
    int indexOf(String eventId);

    /** The ids of an event's actors, for lanes by actor. */
    List<String> actorsOf(String eventId);

    String actorName(String actorId);

    /** A category's name in the interface language. */
    String categoryLabel(String category);

    CategoryColors categoryColors();

    /** The categories of the events, in order of first appearance in time. */
    List<String> categories();

    List<EraSpan> eras();

    /** The earliest start of the events, 0 when there are none. */
    double minTime();

    /** The latest end of the events, 0 when there are none. */
    double maxTime();

    /** An event's date as people say it, for a tooltip. */
    String dateText(int index, Locale locale);

    /**
     * How this model's indexes come from those of {@code previous}, when it was made from it by an edit of a few
     * events: a view then moves what it built for the previous model instead of building it anew. Empty otherwise.
     */
    Optional<IndexShift> shiftFrom(TimelineModel previous);
}
