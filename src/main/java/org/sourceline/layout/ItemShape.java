package org.sourceline.layout;

/** How an event is drawn, from what its date says. */
public enum ItemShape {
    /** An exact day or instant: a marker. */
    POINT,
    /** A known start and end: a bar from one to the other. */
    INTERVAL,
    /** A whole month or year, or one unknown day within a range: a soft-edged band, never a point. */
    FUZZY
}
