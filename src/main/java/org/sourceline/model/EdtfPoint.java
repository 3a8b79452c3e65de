package org.sourceline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One calendar date (possibly with a time) as written in EDTF: the parts of an interval or range,
 * or a whole single date. Instances are built only by {@link EdtfParser}, which validates them.
 *
 * @param year the year; when {@code unspecifiedYearDigits > 0}, the smallest year the digits allow
 *     (the X digits read as 0)
 * @param unspecifiedYearDigits how many trailing year digits are X (0 to 3)
 * @param month 1 to 12, {@link #ABSENT} or {@link #UNSPECIFIED}
 * @param day 1 to 31, {@link #ABSENT} or {@link #UNSPECIFIED}
 * @param time the time of day as written, or null
 * @param hasSeconds whether the time was written with seconds
 * @param offset the offset written after the time, or null when none was written
 * @param zulu whether the offset was written {@code Z} rather than {@code +00:00}
 * @param qualifier the level-1 qualifier written after the date
 */
record EdtfPoint(
        int year,
        int unspecifiedYearDigits,
        int month,
        int day,
        LocalTime time,
        boolean hasSeconds,
        ZoneOffset offset,
        boolean zulu,
        Qualifier qualifier) {

    static final int ABSENT = 0;
    static final int UNSPECIFIED = -1;

    private static final long SECONDS_PER_DAY = 86_400;

    enum Qualifier {
        NONE(""),
        UNCERTAIN("?"),
        APPROXIMATE("~"),
        UNCERTAIN_AND_APPROXIMATE("%");

        final String symbol;

        Qualifier(String symbol) {
            this.symbol = symbol;
        }

        boolean uncertain() {
            return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
        }

        boolean approximate() {
            return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
        }
    }

    boolean hasKnownMonth() {
        return month > 0;
    }

    boolean hasKnownDay() {
        return day > 0;
    }

    int maxYear() {
        return year + pow10(unspecifiedYearDigits) - 1;
    }

    EdtfDate.Precision precision() {
        if (time != null) {
            return hasSeconds ? EdtfDate.Precision.SECOND : EdtfDate.Precision.MINUTE;
        }
        if (hasKnownDay()) {
            return EdtfDate.Precision.DAY;
        }
        return hasKnownMonth() ? EdtfDate.Precision.MONTH : EdtfDate.Precision.YEAR;
    }

    long earliestEpochSecond() {
        if (time != null) {
            return LocalDateTime.of(LocalDate.of(year, month, day), time).toEpochSecond(utcOffset());
        }
        int firstMonth = hasKnownMonth() ? month : 1;
        int firstDay = hasKnownDay() ? day : 1;
        return LocalDate.of(year, firstMonth, firstDay).toEpochDay() * SECONDS_PER_DAY;
    }

    /** Exclusive: the first instant after the last one this point can denote. */
    long latestEpochSecond() {
        if (time != null) {
            return earliestEpochSecond() + (hasSeconds ? 1 : 60);
        }
        int lastYear = maxYear();
        int lastMonth = hasKnownMonth() ? month : 12;
        int lastDay = hasKnownDay() ? day : YearMonth.of(lastYear, lastMonth).lengthOfMonth();
        // Epoch-day arithmetic rather than LocalDate.plusDays: the day after 31 December of the
        // largest year is beyond LocalDate.MAX.
        return (LocalDate.of(lastYear, lastMonth, lastDay).toEpochDay() + 1) * SECONDS_PER_DAY;
    }

    private ZoneOffset utcOffset() {
        // A time without an offset is read as UTC: the timeline has no other zone to offer.
        return offset == null ? ZoneOffset.UTC : offset;
    }

    /** The year as EDTF writes it: four digits with a sign, or 'Y' beyond four digits. */
    static String yearText(int year) {
        if (Math.abs((long) year) > 9999) {
            return "Y" + year;
        }
        String digits = padded(Math.abs(year), 4);
        return year < 0 ? "-" + digits : digits;
    }

    /** Zero-padded decimal; String.format costs too much for the millions of dates a store holds. */
    static String padded(int value, int digits) {
        String text = Integer.toString(value);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    static int pow10(int exponent) {
        int value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (unspecifiedYearDigits > 0) {
            String digits = padded(year, 4);
            out.append(digits, 0, 4 - unspecifiedYearDigits).append("X".repeat(unspecifiedYearDigits));
        } else {
            out.append(yearText(year));
        }
        appendComponent(out, month);
        appendComponent(out, day);
        if (time != null) {
            out.append('T').append(String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()));
            if (hasSeconds) {
                out.append(String.format(Locale.ROOT, ":%02d", time.getSecond()));
            }
            if (zulu) {
                out.append('Z');
            } else if (offset != null) {
                out.append(offsetText(offset));
            }
        }
        return out.append(qualifier.symbol).toString();
    }

    /** {@code ±hh:mm}; ZoneOffset's own id turns +00:00 into Z, which would not round-trip. */
    static String offsetText(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int minutes = Math.abs(total) / 60;
        return String.format(Locale.ROOT, "%s%02d:%02d", total < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    private static void appendComponent(StringBuilder out, int value) {
        if (value == UNSPECIFIED) {
            out.append("-XX");
        } else if (value != ABSENT) {
            out.append('-').append(padded(value, 2));
        }
    }
}
