package org.sourceline.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;

/**
 * When an article came out, as the first and last day its publication date allows: one day for {@code 2022-05-28},
 * thirty-one for {@code 2022-05}. A date that counts from the publication is worked out from both days, and
 * covers both answers when they differ: "hier" in an article of {@code 2022-05} is one day of
 * {@code [2022-04-30..2022-05-30]}.
 *
 * @param uncertain whether the publication date is uncertain, approximate or open on one side
 */
record Publication(LocalDate first, LocalDate last, boolean uncertain) {

    private static final long SECONDS_PER_DAY = 86_400;

    Publication {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " before " + first);
        }
    }

    static Publication of(EdtfDate published) {
        Objects.requireNonNull(published, "published");
        return new Publication(firstDay(published), lastDay(published),
                published.isUncertain() || published.isApproximate() || published.hasOpenStart()
                        || published.hasOpenEnd());
    }

    static LocalDate firstDay(EdtfDate date) {
        LocalDate written = dayAsWritten(date.start());
        return written != null ? written
                : LocalDate.ofEpochDay(Math.floorDiv(date.earliestEpochSecond(), SECONDS_PER_DAY));
    }

    static LocalDate lastDay(EdtfDate date) {
        LocalDate written = dayAsWritten(date.end());
        return written != null ? written
                : LocalDate.ofEpochDay(Math.floorDiv(date.latestEpochSecond() - 1, SECONDS_PER_DAY));
    }

    /**
     * The day of a date with a time, as written in its own offset: "hier" in an article of
     * {@code 2022-05-26T00:30:00+02:00} is the 25th where it was written, whatever day it then was in UTC. Null for a
     * date without a time.
     */
    private static LocalDate dayAsWritten(java.util.Optional<EdtfDate> end) {
        if (end.isEmpty() || end.get().precision().compareTo(EdtfDate.Precision.MINUTE) < 0) {
            return null;
        }
        String text = end.get().toString();
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A date worked out on the first and on the last day of publication: the one answer if both agree, else one
     * unknown day from the first answer's start to the second's end. Null if either day gives no answer, or if
     * the answers cannot be joined honestly (an interval still going on).
     */
    EdtfDate onBothDays(Function<LocalDate, EdtfDate> rule) {
        EdtfDate a = answer(rule, first);
        EdtfDate b = answer(rule, last);
        if (a == null || b == null) {
            return null;
        }
        if (a.equals(b)) {
            return a;
        }
        if (EdtfDate.CHRONOLOGICAL.compare(b, a) < 0) {
            EdtfDate swap = a;
            a = b;
            b = swap;
        }
        if (a.isInterval() && a.hasOpenEnd() || b.isInterval() && b.hasOpenEnd()) {
            return null;
        }
        String text;
        if (a.start().isEmpty() && b.start().isEmpty()) {
            text = "[.." + b.end().orElseThrow() + "]";
        } else if (a.end().isEmpty() && b.end().isEmpty()) {
            text = "[" + a.start().orElseThrow() + "..]";
        } else if (a.start().isEmpty() || b.end().isEmpty()) {
            return null;
        } else {
            text = "[" + a.start().orElseThrow() + ".." + b.end().orElseThrow() + "]";
        }
        try {
            return EdtfDate.parse(text);
        } catch (EdtfException qualifiedEnds) {
            // "vers le 25 mai" in two years: a range cannot say "about", so no date is claimed.
            return null;
        }
    }

    /** The rule's answer on a day; none where it would count past either end of the calendar (year 999,999,999). */
    private static EdtfDate answer(Function<LocalDate, EdtfDate> rule, LocalDate day) {
        try {
            return rule.apply(day);
        } catch (DateTimeException beyondTheCalendar) {
            return null;
        }
    }

    /** Days from {@code day} to the nearest day of {@code date}; 0 if the date holds it. */
    static long distance(EdtfDate date, LocalDate day) {
        long d = day.toEpochDay();
        long from = firstDay(date).toEpochDay();
        long to = lastDay(date).toEpochDay();
        return d < from ? from - d : d > to ? d - to : 0;
    }
}
