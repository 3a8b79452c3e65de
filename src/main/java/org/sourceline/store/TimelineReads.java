package org.sourceline.store;

import java.util.List;
import java.util.Optional;
import org.sourceline.model.Era;

/** What a timeline draws: every event in time order, and the eras behind them. */
public interface TimelineReads {
    int eventCount() throws StoreException;

    /** Every event as the timeline needs it, in time order (earliest instant, then latest, then id). */
    EventColumns eventColumns() throws StoreException;

    /** From the earliest start to the latest end of all events; empty when there are none. */
    Optional<TimeSpan> eventTimeRange() throws StoreException;

    /** Every event in time order, without citations. */
    List<EventRow> listEvents() throws StoreException;

    /** Events that overlap the window [fromSecond, toSecond), in time order. */
    List<EventRow> eventsBetween(long fromSecond, long toSecond) throws StoreException;

    /** Every era in time order: the bands drawn behind the events. */
    List<Era> eras() throws StoreException;
}
