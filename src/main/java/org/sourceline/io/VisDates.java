package org.sourceline.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.model.EdtfDate;

/**
 * Dates as vis-timeline takes them: ISO 8601 text, as precise as it is written, or a number of milliseconds.
 * vis draws a range up to its end instant, so an end written without a time is the first moment after the period
 * ({@code "2022-05-27"} ends a range on 26 May); an end with a time is that moment.
 */
final class VisDates {
    private static final Pattern ISO = Pattern.compile(
            "([+-]\\d{6,9}|[+-]?\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

    private VisDates() {
    }

    /** A point read from vis: its EDTF text, and whether it was written without a time. */
    record Point(String edtf, boolean dateOnly) {
    }

    /**
     * Reads a vis date string.
     *
     * @throws IllegalArgumentException with a message for the person who wrote it
     */
    static Point parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO 8601 date such as 2022-05-25 or"
                    + " 2022-05-25T14:30:00Z");
        }
        long year = Long.parseLong(m.group(1).replace("+", ""));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (Math.abs(year) > 9999 && m.group(4) == null) {
            // ISO's six-digit years come with a month and a day whether they are known or not.
            month = null;
            day = null;
        }
        Integer hour = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        Integer minute = m.group(5) == null ? null : Integer.valueOf(m.group(5));
        Integer second = m.group(6) == null ? null : Integer.valueOf(m.group(6));
        DateParts parts = new DateParts(year, month, day, hour, minute, second);
        String edtf = parts.startText();
        if (m.group(7) != null) {
            String offset = m.group(7);
            if (!offset.equals("Z") && offset.indexOf(':') < 0) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            edtf += offset.equals("+00:00") ? "Z" : offset;
            EdtfDate.parse(edtf);
        }
        return new Point(edtf, hour == null);
    }

    /** Milliseconds since 1970 as vis takes them: an instant in UTC, to the second. */
    static Point ofMillis(long millis) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        if (Math.abs(t.getYear()) > 9999) {
            throw new IllegalArgumentException(millis + " milliseconds is too far from 1970");
        }
        return new Point(new DateParts(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                t.getMinute(), t.getSecond()).startText() + "Z", false);
    }

    /**
     * The EDTF text of the last period a date-only vis end closes: the one just before it, at the same precision.
     */
    static String before(String dateOnly) {
        DateParts p = DateParts.of(EdtfDate.parse(dateOnly));
        if (p.month() == null) {
            return DateParts.yearText(p.year() - 1);
        }
        if (p.day() == null) {
            YearMonth previous = YearMonth.of((int) p.year(), p.month()).minusMonths(1);
            return new DateParts(previous.getYear(), previous.getMonthValue(), null, null, null, null).startText();
        }
        LocalDate previous = LocalDate.of((int) p.year(), p.month(), p.day()).minusDays(1);
        return new DateParts(previous.getYear(), previous.getMonthValue(), previous.getDayOfMonth(), null, null,
                null).startText();
    }

    /** How vis is given a single EDTF date's first moment, as precise as the date. */
    static String start(EdtfDate single) {
        DateParts p = DateParts.of(single);
        return text(p, single);
    }

    /** The first moment after a single EDTF date's period, at its precision: what vis ends a range with. */
    static String after(EdtfDate single) {
        DateParts p = DateParts.of(single);
        long lastYear = DateParts.lastYear(single);
        if (p.month() == null) {
            return yearForVis(lastYear + 1, null, null);
        }
        if (p.day() == null) {
            YearMonth next = YearMonth.of((int) p.year(), p.month()).plusMonths(1);
            return yearForVis(next.getYear(), next.getMonthValue(), null);
        }
        if (p.hour() == null) {
            return iso(LocalDate.of((int) p.year(), p.month(), p.day()).plusDays(1));
        }
        LocalDateTime t = LocalDateTime.of((int) p.year(), p.month(), p.day(), p.hour(), p.minute(),
                p.second() == null ? 0 : p.second()).plusSeconds(p.second() == null ? 60 : 1);
        String text = iso(t.toLocalDate()) + String.format(Locale.ROOT, "T%02d:%02d", t.getHour(), t.getMinute());
        if (p.second() != null) {
            text += String.format(Locale.ROOT, ":%02d", t.getSecond());
        }
        return text + offset(single);
    }

    private static String text(DateParts p, EdtfDate single) {
        if (p.hour() == null) {
            return yearForVis(p.year(), p.month(), p.day());
        }
        String text = yearForVis(p.year(), p.month(), p.day()) + String.format(Locale.ROOT, "T%02d:%02d",
                p.hour(), p.minute());
        if (p.second() != null) {
            text += String.format(Locale.ROOT, ":%02d", p.second());
        }
        return text + offset(single);
    }

    private static String offset(EdtfDate single) {
        String text = single.toString();
        Matcher m = Pattern.compile("T[0-9:]+(Z|[+-]\\d{2}:\\d{2})").matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /**
     * A date as vis reads it. Years 0 to 9999 are written as they are; other years need ISO's signed form of six
     * digits or more, which vis reads only as a full day, so such dates are given their first day.
     */
    private static String yearForVis(long year, Integer month, Integer day) {
        if (year >= 0 && year <= 9999) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
            if (month != null) {
                out.append(String.format(Locale.ROOT, "-%02d", month));
            }
            if (day != null) {
                out.append(String.format(Locale.ROOT, "-%02d", day));
            }
            return out.toString();
        }
        return String.format(Locale.ROOT, "%s%06d-%02d-%02d", year < 0 ? "-" : "+", Math.abs(year),
                month == null ? 1 : month, day == null ? 1 : day);
    }

    private static String iso(LocalDate date) {
        return yearForVis(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
