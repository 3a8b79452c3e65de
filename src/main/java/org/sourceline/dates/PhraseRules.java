package org.sourceline.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourceline.dates.FoundDate.Kind;
import org.sourceline.dates.TokenPattern.Match;
import org.sourceline.dates.TokenPattern.Season;
import org.sourceline.model.EdtfDate;

/**
 * The phrases the typed-date reader does not know, because they need the publication date or are written only in
 * running text: "hier", "mercredi dernier", "la semaine dernière", "il y a deux ans", "au printemps 2021", "l'an
 * 2000", "les années 90", "fin 2022". The table, and the width each phrase is given, is documented on
 * {@link DateFinder}.
 */
final class PhraseRules {

    /** What a rule gives for one day of publication; null when the words give no date after all. */
    @FunctionalInterface
    interface Resolver {
        EdtfDate at(Match match, LocalDate published);
    }

    /** Which occurrence of a season or month the words name. */
    enum Which {
        NEAREST,
        LAST,
        NEXT
    }

    record Rule(TokenPattern pattern, Kind kind, Resolver resolver) {
    }

    static final List<Rule> RULES = rules();

    private PhraseRules() {
    }

    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        // Days around the publication
        relative(r, "aujourd ' hui", (m, d) -> day(d));
        relative(r, "today|tonight", (m, d) -> day(d));
        relative(r, "ce matin|soir|midi", (m, d) -> day(d));
        relative(r, "cet apres - midi", (m, d) -> day(d));
        relative(r, "this morning|afternoon|evening", (m, d) -> day(d));
        relative(r, "hier matin|soir|midi?", (m, d) -> day(d.minusDays(1)));
        relative(r, "hier apres - midi", (m, d) -> day(d.minusDays(1)));
        relative(r, "yesterday morning|afternoon|evening?", (m, d) -> day(d.minusDays(1)));
        relative(r, "last night", (m, d) -> day(d.minusDays(1)));
        relative(r, "avant - hier matin|soir?", (m, d) -> day(d.minusDays(2)));
        relative(r, "the day before yesterday", (m, d) -> day(d.minusDays(2)));
        relative(r, "demain matin|soir|midi?", (m, d) -> day(d.plusDays(1)));
        relative(r, "tomorrow morning|afternoon|evening?", (m, d) -> day(d.plusDays(1)));
        relative(r, "apres - demain", (m, d) -> day(d.plusDays(2)));
        relative(r, "the day after tomorrow", (m, d) -> day(d.plusDays(2)));
        // Weekdays: the last one before the publication day, or the first after it
        relative(r, "#weekday dernier|passe", (m, d) -> day(d.with(TemporalAdjusters.previous(weekday(m)))));
        relative(r, "last #weekday", (m, d) -> day(d.with(TemporalAdjusters.previous(weekday(m)))));
        relative(r, "this past #weekday", (m, d) -> day(d.with(TemporalAdjusters.previous(weekday(m)))));
        relative(r, "#weekday prochain", (m, d) -> day(d.with(TemporalAdjusters.next(weekday(m)))));
        relative(r, "next #weekday", (m, d) -> day(d.with(TemporalAdjusters.next(weekday(m)))));
        // Weeks, Monday to Sunday, and weekends
        relative(r, "la? semaine derniere|passee", (m, d) -> week(d.minusWeeks(1)));
        relative(r, "last week", (m, d) -> week(d.minusWeeks(1)));
        relative(r, "la? semaine prochaine", (m, d) -> week(d.plusWeeks(1)));
        relative(r, "next week", (m, d) -> week(d.plusWeeks(1)));
        relative(r, "cette semaine", (m, d) -> week(d));
        relative(r, "this week", (m, d) -> week(d));
        relative(r, "le? week - end dernier|passe", (m, d) -> lastWeekend(d));
        relative(r, "le? weekend dernier|passe", (m, d) -> lastWeekend(d));
        relative(r, "last weekend", (m, d) -> lastWeekend(d));
        relative(r, "last week - end", (m, d) -> lastWeekend(d));
        relative(r, "le? week - end prochain", (m, d) -> nextWeekend(d));
        relative(r, "next weekend", (m, d) -> nextWeekend(d));
        // Months and years
        relative(r, "le? mois dernier|passe", (m, d) -> month(YearMonth.from(d).minusMonths(1)));
        relative(r, "last month", (m, d) -> month(YearMonth.from(d).minusMonths(1)));
        relative(r, "le? mois prochain", (m, d) -> month(YearMonth.from(d).plusMonths(1)));
        relative(r, "next month", (m, d) -> month(YearMonth.from(d).plusMonths(1)));
        relative(r, "ce mois - ci", (m, d) -> month(YearMonth.from(d)));
        relative(r, "this month", (m, d) -> month(YearMonth.from(d)));
        relative(r, "l ' an|annee dernier|derniere|passe|passee", (m, d) -> year(d.getYear() - 1));
        relative(r, "last year", (m, d) -> year(d.getYear() - 1));
        relative(r, "l ' an|annee prochain|prochaine", (m, d) -> year(d.getYear() + 1));
        relative(r, "next year", (m, d) -> year(d.getYear() + 1));
        relative(r, "cette annee", (m, d) -> year(d.getYear()));
        relative(r, "this year", (m, d) -> year(d.getYear()));
        // Counted back or forward
        relative(r, "il y a #n #unit", (m, d) -> counted(d, m.number(0), (ChronoUnit) m.get(1), -1));
        relative(r, "#n #unit ago", (m, d) -> counted(d, m.number(0), (ChronoUnit) m.get(1), -1));
        relative(r, "dans #n #unit", (m, d) -> counted(d, m.number(0), (ChronoUnit) m.get(1), 1));
        // Seasons with their year
        absolute(r, "au|en #season #year", (m, d) -> season((Season) m.get(0), m.number(1)));
        absolute(r, "a l ' #season #year", (m, d) -> season((Season) m.get(0), m.number(1)));
        absolute(r, "l ' #season #year", (m, d) -> season((Season) m.get(0), m.number(1)));
        absolute(r, "le #season #year", (m, d) -> season((Season) m.get(0), m.number(1)));
        absolute(r, "in? the? #season of? #year", (m, d) -> season((Season) m.get(0), m.number(1)));
        absolute(r, "durant|pendant l ' #season #year", (m, d) -> season((Season) m.get(0), m.number(1)));
        absolute(r, "l '? #season #year -|/ #shortyear", (m, d) -> winter(m));
        absolute(r, "in? the? #season of? #year -|/ #shortyear", (m, d) -> winter(m));
        // Seasons without a year
        fromPublication(r, "au|en|cet|ce #season", (m, d) -> season((Season) m.get(0), d, Which.NEAREST));
        fromPublication(r, "a l ' #season", (m, d) -> season((Season) m.get(0), d, Which.NEAREST));
        fromPublication(r, "in|this the? #season", (m, d) -> season((Season) m.get(0), d, Which.NEAREST));
        fromPublication(r, "#season dernier|passe", (m, d) -> season((Season) m.get(0), d, Which.LAST));
        fromPublication(r, "#season prochain", (m, d) -> season((Season) m.get(0), d, Which.NEXT));
        fromPublication(r, "l ' #season dernier|passe", (m, d) -> season((Season) m.get(0), d, Which.LAST));
        fromPublication(r, "l ' #season prochain", (m, d) -> season((Season) m.get(0), d, Which.NEXT));
        fromPublication(r, "last #season", (m, d) -> season((Season) m.get(0), d, Which.LAST));
        fromPublication(r, "this past #season", (m, d) -> season((Season) m.get(0), d, Which.LAST));
        fromPublication(r, "next #season", (m, d) -> season((Season) m.get(0), d, Which.NEXT));
        // Months without a year, named from the publication
        fromPublication(r, "last #month", (m, d) -> month(m.number(0), d, Which.LAST));
        fromPublication(r, "next #month", (m, d) -> month(m.number(0), d, Which.NEXT));
        fromPublication(r, "this #month", (m, d) -> month(m.number(0), d, Which.NEAREST));
        // Years in words, and parts of a year (no width is agreed for them: the year)
        absolute(r, "l ' annee #year", (m, d) -> year(m.number(0)));
        absolute(r, "l ' an #anyyear", (m, d) -> year(m.number(0)));
        absolute(r, "the year #year", (m, d) -> year(m.number(0)));
        absolute(r, "debut|fin #year", (m, d) -> year(m.number(0)));
        absolute(r, "mi|mid - #year", (m, d) -> year(m.number(0)));
        absolute(r, "au debut|milieu de|d #year", (m, d) -> year(m.number(0)));
        absolute(r, "a la fin de|d #year", (m, d) -> year(m.number(0)));
        absolute(r, "early|late #year", (m, d) -> year(m.number(0)));
        absolute(r, "the end|beginning|start|middle of #year", (m, d) -> year(m.number(0)));
        absolute(r, "d ' ici a? #year", (m, d) -> bounded(m.number(0)));
        // Decades written short
        absolute(r, "les annees '? #decade", (m, d) -> decade(m.number(0)));
        absolute(r, "the '? #decades", (m, d) -> decade(m.number(0)));
        return List.copyOf(r);
    }

    private static void relative(List<Rule> rules, String pattern, Resolver resolver) {
        rules.add(new Rule(TokenPattern.of(pattern), Kind.RELATIVE, resolver));
    }

    private static void fromPublication(List<Rule> rules, String pattern, Resolver resolver) {
        rules.add(new Rule(TokenPattern.of(pattern), Kind.YEAR_FROM_PUBLICATION, resolver));
    }

    private static void absolute(List<Rule> rules, String pattern, Resolver resolver) {
        rules.add(new Rule(TokenPattern.of(pattern), Kind.ABSOLUTE, resolver));
    }

    private static DayOfWeek weekday(Match m) {
        return (DayOfWeek) m.get(0);
    }

    // ---- Dates ----

    /**
     * Whether a day or a month of this year can be written: EDTF gives a year beyond four digits alone
     * ({@code Y-170000000}), so "hier" in an article of such a year, or of 31 December 9999, is no date.
     */
    private static boolean writable(int year) {
        return year >= -9999 && year <= 9999;
    }

    static EdtfDate day(LocalDate day) {
        return writable(day.getYear()) ? EdtfDate.parse(day.toString()) : null;
    }

    static EdtfDate days(LocalDate first, LocalDate last) {
        if (!writable(first.getYear()) || !writable(last.getYear())) {
            return null;
        }
        return first.equals(last) ? day(first) : EdtfDate.parse("[" + first + ".." + last + "]");
    }

    static EdtfDate month(YearMonth month) {
        return writable(month.getYear()) ? EdtfDate.parse(month.toString()) : null;
    }

    static EdtfDate months(YearMonth first, YearMonth last) {
        if (!writable(first.getYear()) || !writable(last.getYear())) {
            return null;
        }
        return first.equals(last) ? month(first) : EdtfDate.parse("[" + first + ".." + last + "]");
    }

    static EdtfDate year(int year) {
        return year < 0 || year > 9999 ? null : EdtfDate.parse(String.format(Locale.ROOT, "%04d", year));
    }

    private static EdtfDate bounded(int year) {
        EdtfDate y = year(year);
        return y == null ? null : EdtfDate.parse("[.." + y + "]");
    }

    private static EdtfDate decade(int shortDecade) {
        return EdtfDate.parse("19" + shortDecade / 10 + "X");
    }

    /** Monday to Sunday around {@code day}: one unknown day of that week. */
    static EdtfDate week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days(monday, monday.plusDays(6));
    }

    private static EdtfDate lastWeekend(LocalDate day) {
        LocalDate sunday = day.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return days(sunday.minusDays(1), sunday);
    }

    private static EdtfDate nextWeekend(LocalDate day) {
        LocalDate saturday = day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        return days(saturday, saturday.plusDays(1));
    }

    /** "il y a trois jours" is that day; weeks are Monday to Sunday, months and years the calendar's. */
    private static EdtfDate counted(LocalDate day, int count, ChronoUnit unit, int sign) {
        long n = (long) count * sign;
        return switch (unit) {
            case DAYS -> day(day.plusDays(n));
            case WEEKS -> week(day.plusWeeks(n));
            case MONTHS -> month(YearMonth.from(day).plusMonths(n));
            case YEARS -> year(day.getYear() + (int) n);
            default -> null;
        };
    }

    // ---- Seasons ----

    /**
     * A season of one year: the months of its meteorological three and the month in which its astronomical one
     * ends, so that either reading of "printemps" fits: spring {@code [2021-03..2021-06]}, winter 2021
     * {@code [2021-12..2022-03]}.
     */
    private static EdtfDate occurrence(Season season, int year) {
        YearMonth first = YearMonth.of(year, season.firstMonth);
        return months(first, first.plusMonths(3));
    }

    /**
     * A season named with one year. A winter runs over two years, and "l'hiver 2022" may be the one that ends in
     * 2022 or the one that starts in it: both are covered.
     */
    private static EdtfDate season(Season season, int year) {
        if (season != Season.WINTER) {
            return occurrence(season, year);
        }
        return months(YearMonth.of(year - 1, 12), YearMonth.of(year + 1, 3));
    }

    /** "l'hiver 2021-2022", "winter 2021-22": the winter that starts in the first year, if the second follows it. */
    private static EdtfDate winter(Match m) {
        Season season = (Season) m.get(0);
        int first = m.number(1);
        int second = m.number(2);
        boolean follows = second == first + 1 || second < 100 && second == (first + 1) % 100;
        return season == Season.WINTER && follows ? occurrence(season, first) : null;
    }

    /**
     * The season nearest the publication day, or the last one over before it, or the first one to start after it,
     * judged on the meteorological three months; then widened as {@link #occurrence}.
     */
    static EdtfDate season(Season season, LocalDate day, Which which) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = day.getYear() - 2; year <= day.getYear() + 1; year++) {
            YearMonth first = YearMonth.of(year, season.firstMonth);
            LocalDate start = first.atDay(1);
            LocalDate end = first.plusMonths(2).atEndOfMonth();
            if (which == Which.LAST && end.isBefore(day)) {
                best = year;
            } else if (which == Which.NEXT && start.isAfter(day) && best == null) {
                best = year;
            } else if (which == Which.NEAREST) {
                long distance = day.isBefore(start) ? ChronoUnit.DAYS.between(day, start)
                        : day.isAfter(end) ? ChronoUnit.DAYS.between(end, day) : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = year;
                }
            }
        }
        return best == null ? null : occurrence(season, best);
    }

    /** The month of that name nearest the publication day, or the last before it, or the first after it. */
    static EdtfDate month(int month, LocalDate day, Which which) {
        YearMonth current = YearMonth.from(day);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            if (which == Which.LAST && candidate.isBefore(current)) {
                best = candidate;
            } else if (which == Which.NEXT && candidate.isAfter(current) && best == null) {
                best = candidate;
            } else if (which == Which.NEAREST) {
                LocalDate start = candidate.atDay(1);
                LocalDate end = candidate.atEndOfMonth();
                long distance = day.isBefore(start) ? ChronoUnit.DAYS.between(day, start)
                        : day.isAfter(end) ? ChronoUnit.DAYS.between(end, day) : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = candidate;
                }
            }
        }
        return best == null ? null : month(best);
    }
}
