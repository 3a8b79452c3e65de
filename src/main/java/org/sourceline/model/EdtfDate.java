package org.sourceline.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An immutable date in the Extended Date/Time Format (EDTF, ISO 8601-2), limited to what
 * Sourceline needs.
 *
 * <h2>Accepted text</h2>
 * <ul>
 *   <li>Single dates: {@code 2022}, {@code 2022-05}, {@code 2022-05-25}, {@code 2022-05-25T14:30}
 *       and {@code 2022-05-25T14:30:00}, the times optionally followed by {@code Z} or
 *       {@code ±hh:mm}. A time without an offset is read as UTC.
 *   <li>Years: four digits with an optional minus sign ({@code -0044}; year {@code 0000} is 1 BCE,
 *       as in ISO 8601), or {@code Y} followed by more than four digits ({@code Y12000},
 *       {@code Y-170000}), year only.
 *   <li>Qualifiers after a date without a time: {@code ?} uncertain, {@code ~} approximate,
 *       {@code %} both.
 *   <li>Unspecified digits {@code X}, running from the right: {@code 201X}, {@code 20XX},
 *       {@code 2004-XX}, {@code 1985-04-XX}, {@code 1985-XX-XX}. Months and days are either
 *       fully given or {@code XX}. The date covers every value the X digits allow. Not in
 *       negative years.
 *   <li>Intervals {@code A/B} of two single dates; either end may be open ({@code ..}) or
 *       unknown (empty), but not both.
 *   <li>"One of a range": {@code [A..B]}, {@code [..B]} (on or before B), {@code [A..]} (on or
 *       after A), without qualifiers inside.
 * </ul>
 * Only canonical text is accepted (no surrounding whitespace, upper-case {@code T}, {@code Z} and
 * {@code X}, no {@code Y} on four-digit years), so {@code parse(s).toString()} always equals
 * {@code s}. Impossible dates, and an interval or range whose end starts before its start, are
 * rejected with an {@link EdtfException}.
 *
 * <h2>Time</h2>
 * Instants are epoch seconds, UTC, in the proleptic ISO calendar. A date covers the half-open span
 * [{@link #earliestEpochSecond()}, {@link #latestEpochSecond()}). When one end of an interval or
 * range is open or unknown, the span collapses onto the known end, which is where the timeline
 * draws it; {@link #hasOpenStart()} and {@link #hasOpenEnd()} tell it to draw the missing side.
 *
 * <h2>Parts</h2>
 * {@link #start()} and {@link #end()} return the known ends of an interval or range as single
 * dates, and the date itself for a single date. {@link #startBound()} and {@link #endBound()}
 * tell an open end from an unknown one.
 */
public final class EdtfDate {

    /** How finely a date is known, from the least to the most precise. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY,
        MINUTE,
        SECOND
    }

    /** What stands at one end of a date. */
    public enum Bound {
        /** A date: always the case for a single date. */
        DATE,
        /** {@code ..} in an interval; in a range, the missing side of {@code [..B]} or {@code [A..]}. */
        OPEN,
        /** The empty end of an interval such as {@code 2024-04-21/}. */
        UNKNOWN
    }

    /** By earliest instant, then latest instant, then canonical text; consistent with equals. */
    public static final Comparator<EdtfDate> CHRONOLOGICAL = Comparator
            .comparingLong(EdtfDate::earliestEpochSecond)
            .thenComparingLong(EdtfDate::latestEpochSecond)
            .thenComparing(EdtfDate::toString);

    private enum Form {
        SINGLE,
        INTERVAL,
        ONE_OF_RANGE
    }

    private final Form form;
    private final EdtfPoint startPoint;
    private final EdtfPoint endPoint;
    private final Bound startBound;
    private final Bound endBound;
    private final long earliest;
    private final long latest;

    private EdtfDate(Form form, EdtfPoint startPoint, Bound startBound, EdtfPoint endPoint, Bound endBound) {
        this.form = form;
        this.startPoint = startPoint;
        this.endPoint = endPoint;
        this.startBound = startBound;
        this.endBound = endBound;
        this.earliest = (startPoint != null ? startPoint : endPoint).earliestEpochSecond();
        this.latest = (endPoint != null ? endPoint : startPoint).latestEpochSecond();
    }

    static EdtfDate single(EdtfPoint point) {
        return new EdtfDate(Form.SINGLE, point, Bound.DATE, point, Bound.DATE);
    }

    static EdtfDate interval(EdtfPoint start, Bound startBound, EdtfPoint end, Bound endBound) {
        return new EdtfDate(Form.INTERVAL, start, startBound, end, endBound);
    }

    static EdtfDate oneOfRange(EdtfPoint start, EdtfPoint end) {
        return new EdtfDate(Form.ONE_OF_RANGE,
                start, start == null ? Bound.OPEN : Bound.DATE,
                end, end == null ? Bound.OPEN : Bound.DATE);
    }

    /**
     * Reads an EDTF text.
     *
     * @throws EdtfException if the text is not a valid date of the supported subset
     * @throws NullPointerException if {@code text} is null
     */
    public static EdtfDate parse(String text) {
        return EdtfParser.parse(Objects.requireNonNull(text, "text"));
    }

    /** The first instant the date can denote, in epoch seconds. */
    public long earliestEpochSecond() {
        return earliest;
    }

    /** The end, exclusive, of the last instant the date can denote, in epoch seconds. */
    public long latestEpochSecond() {
        return latest;
    }

    /** True for {@code ../B}, {@code /B} and {@code [..B]}. */
    public boolean hasOpenStart() {
        return startBound != Bound.DATE;
    }

    /** True for {@code A/..}, {@code A/} and {@code [A..]}. */
    public boolean hasOpenEnd() {
        return endBound != Bound.DATE;
    }

    /** True for the {@code A/B} forms, including those with an open or unknown end. */
    public boolean isInterval() {
        return form == Form.INTERVAL;
    }

    /** True for the {@code [A..B]}, {@code [..B]} and {@code [A..]} forms. */
    public boolean isOneOfRange() {
        return form == Form.ONE_OF_RANGE;
    }

    /** True if any part carries {@code ~} or {@code %}. */
    public boolean isApproximate() {
        return anyPoint(p -> p.qualifier().approximate());
    }

    /** True if any part carries {@code ?} or {@code %}. */
    public boolean isUncertain() {
        return anyPoint(p -> p.qualifier().uncertain());
    }

    /** The precision of the least precise known part; X digits lower it ({@code 1985-04-XX} is MONTH). */
    public Precision precision() {
        if (startPoint == null) {
            return endPoint.precision();
        }
        if (endPoint == null) {
            return startPoint.precision();
        }
        Precision a = startPoint.precision();
        Precision b = endPoint.precision();
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The start as a single date; this date itself if it is single; empty if the start is open or unknown. */
    public Optional<EdtfDate> start() {
        return part(startPoint);
    }

    /** The end as a single date; this date itself if it is single; empty if the end is open or unknown. */
    public Optional<EdtfDate> end() {
        return part(endPoint);
    }

    public Bound startBound() {
        return startBound;
    }

    public Bound endBound() {
        return endBound;
    }

    /** The known start, or null. Single dates return their only point. */
    EdtfPoint startPoint() {
        return startPoint;
    }

    /** The known end, or null. Single dates return their only point. */
    EdtfPoint endPoint() {
        return endPoint;
    }

    private Optional<EdtfDate> part(EdtfPoint point) {
        if (form == Form.SINGLE) {
            return Optional.of(this);
        }
        return point == null ? Optional.empty() : Optional.of(single(point));
    }

    private boolean anyPoint(Predicate<EdtfPoint> test) {
        return startPoint != null && test.test(startPoint) || endPoint != null && test.test(endPoint);
    }

    /** The canonical EDTF text. */
    @Override
    public String toString() {
        return switch (form) {
            case SINGLE -> startPoint.toString();
            case INTERVAL -> side(startPoint, startBound) + "/" + side(endPoint, endBound);
            case ONE_OF_RANGE -> "[" + side(startPoint, Bound.UNKNOWN) + ".." + side(endPoint, Bound.UNKNOWN) + "]";
        };
    }

    private static String side(EdtfPoint point, Bound bound) {
        if (point != null) {
            return point.toString();
        }
        return bound == Bound.OPEN ? ".." : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EdtfDate that
                && form == that.form
                && startBound == that.startBound
                && endBound == that.endBound
                && Objects.equals(startPoint, that.startPoint)
                && Objects.equals(endPoint, that.endPoint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, startPoint, startBound, endPoint, endBound);
    }
}
