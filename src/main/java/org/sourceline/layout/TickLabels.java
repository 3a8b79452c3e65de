package org.sourceline.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Tick label texts for one locale. */
final class TickLabels {

    private static final long SECONDS_PER_DAY = 86_400;

    private final Locale locale;
    private final boolean french;
    private final String beforeCommonEra;

    TickLabels(Locale locale) {
        this.locale = locale;
        this.french = "fr".equals(locale.getLanguage());
        if (french) {
            // The JDK's short French era name is "BC"; French writers use this form.
            beforeCommonEra = "av. J.-C.";
        } else if ("en".equals(locale.getLanguage())) {
            beforeCommonEra = "BC";
        } else {
            beforeCommonEra = DateTimeFormatter.ofPattern("G", locale).format(LocalDate.of(0, 1, 1));
        }
    }

    String minor(TickUnit unit, long boundary) {
        return switch (unit.kind()) {
            case MINUTE, HOUR -> clock(boundary);
            case DAY, WEEK -> Integer.toString(date(boundary).getDayOfMonth());
            case MONTH -> {
                LocalDate date = date(boundary);
                if (unit.step() == 3) {
                    yield (french ? "T" : "Q") + ((date.getMonthValue() - 1) / 3 + 1);
                }
                yield date.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            }
            case YEAR -> year(date(boundary).getYear());
        };
    }

    String major(TickUnit unit, long boundary) {
        LocalDate date = date(boundary);
        return switch (unit.kind()) {
            case MINUTE, HOUR -> day(date) + " " + clock(boundary);
            case DAY, WEEK -> day(date);
            case MONTH -> date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year(date.getYear());
            case YEAR -> unit.step() == 10 && date.getYear() >= 1 ? decade(date.getYear()) : year(date.getYear());
        };
    }

    /** A proleptic year as written: 2022, or 44 BC for the proleptic year -43. */
    String year(int isoYear) {
        return isoYear >= 1 ? Integer.toString(isoYear) : (1L - isoYear) + " " + beforeCommonEra;
    }

    private String decade(int year) {
        return french ? "années " + year : year + "s";
    }

    private String day(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        Month month = date.getMonth();
        return dow.getDisplayName(TextStyle.SHORT, locale) + " " + date.getDayOfMonth() + " "
                + month.getDisplayName(TextStyle.SHORT, locale) + " " + year(date.getYear());
    }

    private static String clock(long epochSecond) {
        long secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
        int hour = (int) (secondOfDay / 3600);
        int minute = (int) (secondOfDay / 60 % 60);
        return (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    private static LocalDate date(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
    }
}
