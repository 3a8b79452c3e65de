package org.sourceline.model;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Objects;

/**
 * The names of months and weekdays, French and English, full and short, shared by the readers of typed dates
 * ({@link DateInput}) and of dates in running text ({@code org.sourceline.dates}).
 *
 * <p>Words are looked up folded: lower case, without accents ("fevrier", "aout", "decembre"). A short form is
 * looked up without its period ("sept", "janv").
 */
public final class CalendarWords {

    private static final Map<String, Integer> FULL_MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("january", 1), Map.entry("fevrier", 2), Map.entry("february", 2),
            Map.entry("mars", 3), Map.entry("march", 3), Map.entry("avril", 4), Map.entry("april", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("juillet", 7), Map.entry("july", 7), Map.entry("aout", 8), Map.entry("august", 8),
            Map.entry("septembre", 9), Map.entry("september", 9), Map.entry("octobre", 10),
            Map.entry("october", 10), Map.entry("novembre", 11), Map.entry("november", 11),
            Map.entry("decembre", 12), Map.entry("december", 12));

    private static final Map<String, Integer> SHORT_MONTHS = Map.ofEntries(
            Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("avr", 4), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("juil", 7), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sept", 9),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, DayOfWeek> FULL_WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final Map<String, DayOfWeek> SHORT_WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private CalendarWords() {
    }

    /** The month a folded word names, 1 to 12, in full or short; 0 if it names none. */
    public static int month(String folded) {
        Integer month = FULL_MONTHS.get(Objects.requireNonNull(folded, "folded"));
        if (month == null) {
            month = SHORT_MONTHS.get(folded);
        }
        return month == null ? 0 : month;
    }

    /** Whether a folded word is a month's short form ("janv", "Sept"), which a reader may want to see dotted. */
    public static boolean isShortMonth(String folded) {
        return SHORT_MONTHS.containsKey(Objects.requireNonNull(folded, "folded"));
    }

    /** The weekday a folded word names, in full or short; null if it names none. */
    public static DayOfWeek weekday(String folded) {
        DayOfWeek day = FULL_WEEKDAYS.get(Objects.requireNonNull(folded, "folded"));
        return day != null ? day : SHORT_WEEKDAYS.get(folded);
    }

    /** Whether a folded word is a weekday's short form ("wed", "thurs"). */
    public static boolean isShortWeekday(String folded) {
        return SHORT_WEEKDAYS.containsKey(Objects.requireNonNull(folded, "folded"));
    }
}
