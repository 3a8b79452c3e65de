package org.sourceline.io;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.model.EdtfDate;

/**
 * A date given as separate numbers, as TimelineJS and its spreadsheets give it. Its precision is what is given:
 * a year and a month make a month, not its first day. Years are ISO years (year 0 is 1 BC); converting from a
 * format that counts BC years otherwise is up to its reader.
 */
record DateParts(long year, Integer month, Integer day, Integer hour, Integer minute, Integer second) {
    /** The largest year an EDTF date here can hold, either side of year 0. */
    static final long MAX_YEAR = 999_999_999L;

    private static final Pattern SINGLE = Pattern.compile(
            "(Y-?\\d+|-?\\d{4}|\\d{1,3}X{1,3})(?:-(\\d{2}|XX))?(?:-(\\d{2}|XX))?"
                    + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?([?~%])?");

    /**
     * Checks that the parts make a date, and says what is wrong in words for the person who wrote them.
     *
     * @throws IllegalArgumentException if they do not
     */
    DateParts {
        if (Math.abs(year) > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is too far away (at most " + MAX_YEAR
                    + " years either side of year 0)");
        }
        if (Math.abs(year) > 9999 && month != null) {
            throw new IllegalArgumentException("a year beyond 9999 can only be given alone, without month or day");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is not between 1 and 12");
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a day is given without a month");
            }
            int length = YearMonth.of((int) year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException("day " + day + " does not exist in " + YearMonth.of((int) year,
                        month).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                        + year);
            }
        }
        if (hour != null) {
            if (day == null) {
                throw new IllegalArgumentException("a time is given without a day");
            }
            if (hour < 0 || hour > 23) {
                throw new IllegalArgumentException("hour " + hour + " is not between 0 and 23");
            }
        }
        if (minute != null) {
            if (hour == null) {
                throw new IllegalArgumentException("minutes are given without an hour");
            }
            if (minute < 0 || minute > 59) {
                throw new IllegalArgumentException("minute " + minute + " is not between 0 and 59");
            }
        }
        if (second != null) {
            if (minute == null) {
                throw new IllegalArgumentException("seconds are given without minutes");
            }
            if (second < 0 || second > 59) {
                throw new IllegalArgumentException("second " + second + " is not between 0 and 59");
            }
        }
    }

    /** The EDTF text of the first instant the parts can mean. */
    String startText() {
        return text(false);
    }

    /**
     * The EDTF text of the last: the same as the start, except that an hour given without minutes covers the
     * whole hour, from {@code :00} to {@code :59}, since EDTF has no hour precision.
     */
    String endText() {
        return text(true);
    }

    private String text(boolean end) {
        StringBuilder out = new StringBuilder(yearText(year));
        if (month != null) {
            out.append(String.format(Locale.ROOT, "-%02d", month));
        }
        if (day != null) {
            out.append(String.format(Locale.ROOT, "-%02d", day));
        }
        if (hour != null) {
            int m = minute != null ? minute : end ? 59 : 0;
            out.append(String.format(Locale.ROOT, "T%02d:%02d", hour, m));
            if (second != null) {
                out.append(String.format(Locale.ROOT, ":%02d", second));
            }
        }
        return out.toString();
    }

    /** The whole date: a single date, or the hour-long interval an hour without minutes stands for. */
    EdtfDate toEdtf() {
        String start = startText();
        String end = endText();
        return EdtfDate.parse(start.equals(end) ? start : start + "/" + end);
    }

    /** The year as EDTF writes it: four digits and a sign, or {@code Y} beyond four digits. */
    static String yearText(long year) {
        if (Math.abs(year) > 9999) {
            return "Y" + year;
        }
        String digits = String.format(Locale.ROOT, "%04d", Math.abs(year));
        return year < 0 ? "-" + digits : digits;
    }

    /**
     * The parts of a single EDTF date as far as numbers can say them, or null for a date they cannot hold at all.
     * Qualifiers and offsets are left out; unspecified digits ({@code 201X}, {@code 2022-XX}) keep only the part
     * that is given, with the smallest year for X digits of the year.
     */
    static DateParts of(EdtfDate single) {
        Matcher m = SINGLE.matcher(single.toString());
        if (!m.matches()) {
            return null;
        }
        String yearText = m.group(1);
        long year = yearText.contains("X") ? Long.parseLong(yearText.replace('X', '0'))
                : Long.parseLong(yearText.startsWith("Y") ? yearText.substring(1) : yearText);
        Integer month = number(m.group(2));
        Integer day = month == null ? null : number(m.group(3));
        if (yearText.contains("X")) {
            month = null;
            day = null;
        }
        return new DateParts(year, month, day, number(m.group(4)), number(m.group(5)), number(m.group(6)));
    }

    /** Whether a single EDTF date is said exactly by its numbers: no qualifier, no X digits, no offset but Z. */
    static boolean isPlain(EdtfDate single) {
        Matcher m = SINGLE.matcher(single.toString());
        return m.matches() && !m.group(1).contains("X") && !"XX".equals(m.group(2)) && !"XX".equals(m.group(3))
                && (m.group(7) == null || m.group(7).equals("Z")) && m.group(8) == null;
    }

    private static Integer number(String text) {
        return text == null || text.equals("XX") ? null : Integer.valueOf(text);
    }

    /** The last year an EDTF date with X digits in its year can mean ({@code 201X} → 2019), else its year. */
    static long lastYear(EdtfDate single) {
        Matcher m = SINGLE.matcher(single.toString());
        if (m.matches() && m.group(1).contains("X")) {
            return Long.parseLong(m.group(1).replace('X', '9'));
        }
        DateParts parts = of(single);
        return parts == null ? 0 : parts.year();
    }
}
