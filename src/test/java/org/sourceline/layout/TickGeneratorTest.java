package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickGeneratorTest {

    private static final double HOUR = 3600;
    private static final double DAY = 86400;
    private static final double YEAR = 365.2425 * DAY;
    private static final double WIDTH = 1600;
    private static final double SPACING = 70;

    private static double epoch(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static double epoch(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toEpochSecond(ZoneOffset.UTC);
    }

    private static TimeScale around(double center, double span) {
        return new TimeScale(center - span / 2, span / WIDTH, WIDTH);
    }

    /**
     * At 1600 px and 70 px between labels, one label gap is span * 70 / 1600 seconds; the
     * expected unit is the finest whose shortest gap (28-day month, 90-day quarter, 365-day
     * year) is at least that.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // gap 1598 days: 2 years (730 d) too close, 5 years (1825 d) fit
        "100 years,  3155695200, YEAR, 5,  YEAR, 10",
        // gap 159.8 days: a quarter is too close
        "10 years,   315569520,  YEAR, 1,  YEAR, 10",
        // gap 32 days: a 28-day February is too close
        "2 years,    63113904,   MONTH, 3, YEAR, 1",
        // gap 8 days: a week is too close
        "6 months,   15778476,   MONTH, 1, YEAR, 1",
        // gap 1.31 days
        "1 month,    2592000,    WEEK, 1,  MONTH, 1",
        // gap 7.35 hours
        "1 week,     604800,     HOUR, 12, DAY, 1",
        // gap 63 minutes
        "1 day,      86400,      HOUR, 3,  DAY, 1",
        // gap 15.75 minutes
        "6 hours,    21600,      MINUTE, 30, DAY, 1",
        // gap 2.6 minutes
        "1 hour,     3600,       MINUTE, 5, DAY, 1",
        // gap 43.7 years
        "1000 years, 31556952000, YEAR, 50, YEAR, 100",
        // gap 131 years
        "3000 years, 94670856000, YEAR, 200, YEAR, 1000",
    })
    void choosesUnitsByTheMinimumSpacing(String name, double span, TickUnit.Kind minorKind, int minorStep,
            TickUnit.Kind majorKind, int majorStep) {
        for (double center : new double[] {epoch(2022, 5, 25, 13), epoch(-43, 3, 15, 11), epoch(1, 1, 1), epoch(1789, 7, 14)}) {
            AxisTicks ticks = TickGenerator.ticks(around(center, span), Locale.ENGLISH, SPACING);
            assertThat(ticks.minorUnit()).isEqualTo(new TickUnit(minorKind, minorStep));
            assertThat(ticks.majorUnit()).isEqualTo(new TickUnit(majorKind, majorStep));
            checkInvariants(around(center, span), ticks, SPACING);
        }
    }

    @Test
    void holdsItsInvariantsOverRandomViews() {
        Random random = new Random(20220525);
        for (int i = 0; i < 2000; i++) {
            double span = HOUR * Math.pow(10, random.nextDouble() * Math.log10(6000 * YEAR / HOUR));
            double start = (random.nextDouble() - 0.6) * 5000 * YEAR;
            double width = 200 + random.nextDouble() * 1800;
            double spacing = 60 + random.nextDouble() * 20;
            TimeScale scale = new TimeScale(start, span / width, width);
            Locale locale = random.nextBoolean() ? Locale.FRENCH : Locale.ENGLISH;
            checkInvariants(scale, TickGenerator.ticks(scale, locale, spacing), spacing);
        }
    }

    private static void checkInvariants(TimeScale scale, AxisTicks ticks, double spacing) {
        List<Tick> minor = ticks.minor();
        List<Tick> major = ticks.major();
        assertThat(minor.size()).isLessThanOrEqualTo((int) (scale.width() / spacing) + 2);

        for (int i = 0; i < minor.size(); i++) {
            Tick tick = minor.get(i);
            assertThat(onBoundary(ticks.minorUnit(), tick.time())).as("minor %s on a %s boundary", tick, ticks.minorUnit()).isTrue();
            assertThat(tick.time()).isBetween(scale.start(), scale.end());
            assertThat(tick.x()).isCloseTo(scale.xFor(tick.time()), within(1e-6));
            assertThat(tick.label()).isNotBlank();
            if (i > 0) {
                Tick previous = minor.get(i - 1);
                assertThat(tick.x() - previous.x()).isGreaterThanOrEqualTo(spacing - 1e-6);
                // Nothing skipped: the next boundary found by walking the calendar is this tick.
                assertThat(nextBoundary(ticks.minorUnit(), previous.time())).isEqualTo(tick.time());
            }
        }
        if (!minor.isEmpty()) {
            assertThat(previousBoundary(ticks.minorUnit(), minor.get(0).time())).isLessThan(scale.start());
            assertThat(nextBoundary(ticks.minorUnit(), minor.get(minor.size() - 1).time())).isGreaterThan(scale.end());
        }

        assertThat(major).isNotEmpty();
        assertThat(major.get(0).time()).isLessThanOrEqualTo(scale.start());
        if (major.size() > 1) {
            assertThat(major.get(1).time()).isGreaterThan(scale.start());
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < major.size(); i++) {
            Tick tick = major.get(i);
            assertThat(onBoundary(ticks.majorUnit(), tick.time())).as("major %s on a %s boundary", tick, ticks.majorUnit()).isTrue();
            assertThat(tick.time()).isLessThanOrEqualTo(scale.end());
            assertThat(labels.add(tick.label())).as("major label %s unique", tick.label()).isTrue();
            if (i > 0) {
                assertThat(tick.time()).isGreaterThan(major.get(i - 1).time());
                assertThat(nextBoundary(ticks.majorUnit(), major.get(i - 1).time())).isEqualTo(tick.time());
            }
        }
    }

    /** Whether a time is a boundary of the unit, judged with java.time alone. */
    private static boolean onBoundary(TickUnit unit, double time) {
        if (time != Math.rint(time)) {
            return false;
        }
        LocalDateTime dt = LocalDateTime.ofEpochSecond((long) time, 0, ZoneOffset.UTC);
        boolean midnight = dt.toLocalTime().equals(LocalTime.MIDNIGHT);
        return switch (unit.kind()) {
            case MINUTE -> dt.getSecond() == 0 && dt.getMinute() % unit.step() == 0;
            case HOUR -> dt.getSecond() == 0 && dt.getMinute() == 0 && dt.getHour() % unit.step() == 0;
            case DAY -> midnight;
            case WEEK -> midnight && dt.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> midnight && dt.getDayOfMonth() == 1 && (dt.getMonthValue() - 1) % unit.step() == 0;
            case YEAR -> midnight && dt.getDayOfYear() == 1 && dt.get(ChronoField.YEAR_OF_ERA) % unit.step() == 0;
        };
    }

    /** The first boundary after {@code time}, found by stepping through the calendar one field at a time. */
    private static double nextBoundary(TickUnit unit, double time) {
        LocalDateTime dt = LocalDateTime.ofEpochSecond((long) Math.floor(time), 0, ZoneOffset.UTC);
        for (int i = 0; i < 300_000; i++) {
            dt = step(unit, dt, 1);
            double t = dt.toEpochSecond(ZoneOffset.UTC);
            if (t > time && onBoundary(unit, t)) {
                return t;
            }
        }
        throw new AssertionError("no boundary after " + time);
    }

    private static double previousBoundary(TickUnit unit, double time) {
        LocalDateTime dt = LocalDateTime.ofEpochSecond((long) Math.ceil(time), 0, ZoneOffset.UTC);
        for (int i = 0; i < 300_000; i++) {
            dt = step(unit, dt, -1);
            double t = dt.toEpochSecond(ZoneOffset.UTC);
            if (t < time && onBoundary(unit, t)) {
                return t;
            }
        }
        throw new AssertionError("no boundary before " + time);
    }

    private static LocalDateTime step(TickUnit unit, LocalDateTime dt, int direction) {
        return switch (unit.kind()) {
            case MINUTE -> dt.withSecond(0).plusMinutes(direction);
            case HOUR -> dt.withSecond(0).withMinute(0).plusHours(direction);
            case DAY, WEEK -> dt.toLocalDate().atStartOfDay().plusDays(direction);
            case MONTH -> dt.toLocalDate().withDayOfMonth(1).atStartOfDay().plusMonths(direction);
            case YEAR -> dt.toLocalDate().withDayOfYear(1).atStartOfDay().plusYears(direction);
        };
    }

    private static Tick at(List<Tick> ticks, double time) {
        return ticks.stream().filter(t -> t.time() == time).findFirst()
                .orElseThrow(() -> new AssertionError("no tick at " + time + " in " + ticks));
    }

    @Test
    void labelsMonthsInFrenchAndEnglish() {
        // A year across 1600 px gives month ticks under year ticks.
        TimeScale scale = new TimeScale(epoch(2021, 12, 20), 380 * DAY / WIDTH, WIDTH);
        AxisTicks fr = TickGenerator.ticks(scale, Locale.FRENCH, SPACING);
        AxisTicks en = TickGenerator.ticks(scale, Locale.ENGLISH, SPACING);
        assertThat(fr.minorUnit()).isEqualTo(TickUnit.MONTH);

        assertThat(at(fr.minor(), epoch(2022, 5, 1)).label()).isEqualTo("mai");
        assertThat(at(en.minor(), epoch(2022, 5, 1)).label()).isEqualTo("May");
        assertThat(at(fr.minor(), epoch(2022, 1, 1)).label()).isEqualTo("janv.");
        assertThat(at(fr.minor(), epoch(2022, 2, 1)).label()).isEqualTo("févr.");
        assertThat(at(en.minor(), epoch(2022, 2, 1)).label()).isEqualTo("Feb");
        assertThat(at(fr.major(), epoch(2022, 1, 1)).label()).isEqualTo("2022");
        // The view opens in 2021: its year heads the axis from before the left edge.
        assertThat(fr.major().get(0).time()).isEqualTo(epoch(2021, 1, 1));
        assertThat(fr.major().get(0).x()).isNegative();
    }

    @Test
    void labelsQuarters() {
        TimeScale scale = around(epoch(2022, 6, 1), 2 * YEAR);
        assertThat(at(TickGenerator.ticks(scale, Locale.FRENCH, SPACING).minor(), epoch(2022, 4, 1)).label()).isEqualTo("T2");
        assertThat(at(TickGenerator.ticks(scale, Locale.ENGLISH, SPACING).minor(), epoch(2022, 4, 1)).label()).isEqualTo("Q2");
    }

    @Test
    void labelsDaysWeeksAndTheirMonths() {
        TimeScale days = around(epoch(2022, 5, 25), 20 * DAY);
        AxisTicks fr = TickGenerator.ticks(days, Locale.FRENCH, SPACING);
        AxisTicks en = TickGenerator.ticks(days, Locale.ENGLISH, SPACING);
        assertThat(fr.minorUnit()).isEqualTo(TickUnit.DAY);
        assertThat(at(fr.minor(), epoch(2022, 5, 25)).label()).isEqualTo("25");
        assertThat(at(fr.major(), epoch(2022, 5, 1)).label()).isEqualTo("mai 2022");
        assertThat(at(en.major(), epoch(2022, 5, 1)).label()).isEqualTo("May 2022");
        assertThat(at(en.major(), epoch(2022, 6, 1)).label()).isEqualTo("June 2022");
        assertThat(at(fr.major(), epoch(2022, 6, 1)).label()).isEqualTo("juin 2022");

        TimeScale weeks = around(epoch(2022, 5, 20), 30 * DAY);
        AxisTicks w = TickGenerator.ticks(weeks, Locale.ENGLISH, SPACING);
        assertThat(w.minorUnit()).isEqualTo(TickUnit.WEEK);
        // 23 May 2022 was a Monday.
        assertThat(LocalDate.of(2022, 5, 23).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(at(w.minor(), epoch(2022, 5, 23)).label()).isEqualTo("23");
    }

    @Test
    void labelsHoursUnderTheirDay() {
        TimeScale scale = around(epoch(2022, 5, 25, 12), DAY);
        AxisTicks fr = TickGenerator.ticks(scale, Locale.FRENCH, SPACING);
        AxisTicks en = TickGenerator.ticks(scale, Locale.ENGLISH, SPACING);
        assertThat(at(fr.minor(), epoch(2022, 5, 25, 15)).label()).isEqualTo("15:00");
        assertThat(at(en.minor(), epoch(2022, 5, 25, 6)).label()).isEqualTo("06:00");
        assertThat(at(fr.major(), epoch(2022, 5, 25)).label()).isEqualTo("mer. 25 mai 2022");
        assertThat(at(en.major(), epoch(2022, 5, 25)).label()).isEqualTo("Wed 25 May 2022");

        AxisTicks minutes = TickGenerator.ticks(around(epoch(2022, 5, 25, 14), HOUR), Locale.ENGLISH, SPACING);
        assertThat(at(minutes.minor(), epoch(2022, 5, 25, 14) + 25 * 60).label()).isEqualTo("14:25");
        // No midnight in view: the day still heads the axis from the left.
        assertThat(minutes.major()).singleElement().satisfies(t -> assertThat(t.label()).isEqualTo("Wed 25 May 2022"));
    }

    @Test
    void labelsYearsAndDecades() {
        TimeScale scale = around(epoch(2022, 1, 1), 10 * YEAR);
        AxisTicks fr = TickGenerator.ticks(scale, Locale.FRENCH, SPACING);
        AxisTicks en = TickGenerator.ticks(scale, Locale.ENGLISH, SPACING);
        assertThat(at(en.minor(), epoch(2022, 1, 1)).label()).isEqualTo("2022");
        assertThat(at(en.major(), epoch(2020, 1, 1)).label()).isEqualTo("2020s");
        assertThat(at(fr.major(), epoch(2020, 1, 1)).label()).isEqualTo("années 2020");
    }

    @Test
    void labelsYearsBeforeTheCommonEra() {
        // The proleptic year -43 is 44 BC: there is no year 0 in the count of eras.
        TimeScale scale = around(epoch(-43, 3, 15), 10 * YEAR);
        assertThat(at(TickGenerator.ticks(scale, Locale.FRENCH, SPACING).minor(), epoch(-43, 1, 1)).label()).isEqualTo("44 av. J.-C.");
        assertThat(at(TickGenerator.ticks(scale, Locale.ENGLISH, SPACING).minor(), epoch(-43, 1, 1)).label()).isEqualTo("44 BC");

        // Ticks fall on round years of the era: 500 BC is the proleptic year -499.
        AxisTicks centuries = TickGenerator.ticks(around(epoch(-499, 1, 1), 100 * YEAR), Locale.ENGLISH, SPACING);
        assertThat(centuries.minorUnit()).isEqualTo(TickUnit.YEARS_5);
        assertThat(at(centuries.minor(), epoch(-499, 1, 1)).label()).isEqualTo("500 BC");
        assertThat(at(centuries.major(), epoch(-499, 1, 1)).label()).isEqualTo("500 BC");
    }

    @Test
    void decadesStepOverTheMissingYearZero() {
        AxisTicks ticks = TickGenerator.ticks(around(epoch(1, 1, 1), 100 * YEAR), Locale.ENGLISH, SPACING);
        List<String> labels = ticks.major().stream().map(Tick::label).toList();
        assertThat(labels).containsSubsequence("20 BC", "10 BC", "10s", "20s");
        assertThat(at(ticks.major(), epoch(-9, 1, 1)).label()).isEqualTo("10 BC");
        assertThat(at(ticks.major(), epoch(10, 1, 1)).label()).isEqualTo("10s");
    }

    @Test
    void veryLongSpansStillGiveFewTicks() {
        TimeScale scale = around(epoch(-3000, 1, 1), 200_000 * YEAR);
        AxisTicks ticks = TickGenerator.ticks(scale, Locale.ENGLISH, SPACING);
        assertThat(ticks.minorUnit().kind()).isEqualTo(TickUnit.Kind.YEAR);
        assertThat(ticks.minorUnit().step()).isEqualTo(10_000);
        checkInvariants(scale, ticks, SPACING);
    }

    @Test
    void emptyWidthGivesNoMinorTicksBeyondTheStart() {
        TimeScale scale = new TimeScale(epoch(2022, 5, 25, 13) + 30, 10, 0);
        AxisTicks ticks = TickGenerator.ticks(scale, Locale.ENGLISH, SPACING);
        assertThat(ticks.minor()).isEmpty();
        assertThat(ticks.major()).hasSize(1);
    }
}
