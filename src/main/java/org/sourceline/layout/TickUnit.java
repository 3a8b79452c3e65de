package org.sourceline.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * A calendar step between axis ticks, such as 3 hours, a week, a quarter or 25 years.
 * Boundaries are in UTC on the proleptic Gregorian calendar: hour marks, midnight, Mondays,
 * first days of months and quarters, 1 January.
 *
 * <p>Multi-year steps are counted in years of the era, as people write them: ticks fall on
 * 1900, 2000 and on 100 BC, 200 BC, never on "101 BC". As there is no year 0 between 1 BC and
 * AD 1, the step that crosses the start of the era is longer than the others (from 100 BC to
 * AD 100 is 199 years).
 *
 * @param kind the calendar field stepped
 * @param step how many of that field per tick; must divide the next larger field for minutes,
 *             hours and months, and be 1 for days and weeks
 */
public record TickUnit(Kind kind, int step) {

    public enum Kind { MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }

    public static final TickUnit MINUTES_5 = new TickUnit(Kind.MINUTE, 5);
    public static final TickUnit MINUTES_10 = new TickUnit(Kind.MINUTE, 10);
    public static final TickUnit MINUTES_15 = new TickUnit(Kind.MINUTE, 15);
    public static final TickUnit MINUTES_30 = new TickUnit(Kind.MINUTE, 30);
    public static final TickUnit HOUR = new TickUnit(Kind.HOUR, 1);
    public static final TickUnit HOURS_3 = new TickUnit(Kind.HOUR, 3);
    public static final TickUnit HOURS_6 = new TickUnit(Kind.HOUR, 6);
    public static final TickUnit HOURS_12 = new TickUnit(Kind.HOUR, 12);
    public static final TickUnit DAY = new TickUnit(Kind.DAY, 1);
    public static final TickUnit WEEK = new TickUnit(Kind.WEEK, 1);
    public static final TickUnit MONTH = new TickUnit(Kind.MONTH, 1);
    public static final TickUnit QUARTER = new TickUnit(Kind.MONTH, 3);
    public static final TickUnit YEAR = new TickUnit(Kind.YEAR, 1);
    public static final TickUnit YEARS_2 = new TickUnit(Kind.YEAR, 2);
    public static final TickUnit YEARS_5 = new TickUnit(Kind.YEAR, 5);
    public static final TickUnit DECADE = new TickUnit(Kind.YEAR, 10);
    public static final TickUnit YEARS_25 = new TickUnit(Kind.YEAR, 25);
    public static final TickUnit YEARS_50 = new TickUnit(Kind.YEAR, 50);
    public static final TickUnit CENTURY = new TickUnit(Kind.YEAR, 100);
    public static final TickUnit CENTURIES_2 = new TickUnit(Kind.YEAR, 200);
    public static final TickUnit CENTURIES_5 = new TickUnit(Kind.YEAR, 500);
    public static final TickUnit MILLENNIUM = new TickUnit(Kind.YEAR, 1000);

    /** From finest to coarsest; beyond a millennium, year steps go on as 2, 5, 10 times a power of ten. */
    static final List<TickUnit> LADDER = List.of(
            MINUTES_5, MINUTES_10, MINUTES_15, MINUTES_30,
            HOUR, HOURS_3, HOURS_6, HOURS_12,
            DAY, WEEK, MONTH, QUARTER,
            YEAR, YEARS_2, YEARS_5, DECADE, YEARS_25, YEARS_50,
            CENTURY, CENTURIES_2, CENTURIES_5, MILLENNIUM);

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int MAX_YEAR_STEP = 100_000_000;

    public TickUnit {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        boolean valid = switch (kind) {
            case MINUTE -> step > 0 && 60 % step == 0;
            case HOUR -> step > 0 && 24 % step == 0;
            case DAY, WEEK -> step == 1;
            case MONTH -> step > 0 && 12 % step == 0;
            case YEAR -> step > 0 && step <= MAX_YEAR_STEP;
        };
        if (!valid) {
            throw new IllegalArgumentException("unsupported step " + step + " for " + kind);
        }
    }

    /** A step of {@code n} years. */
    public static TickUnit years(int n) {
        return new TickUnit(Kind.YEAR, n);
    }

    /**
     * The shortest gap, in seconds, between two consecutive boundaries of this unit: a month
     * may be February, a year may be a common year. Choosing units by this keeps every pair of
     * ticks apart, not just the average.
     */
    public double minSeconds() {
        return switch (kind) {
            case MINUTE -> step * 60.0;
            case HOUR -> step * 3600.0;
            case DAY -> SECONDS_PER_DAY;
            case WEEK -> 7.0 * SECONDS_PER_DAY;
            // Only February is short, by at most 3 days, and a run of k months holds one at most.
            case MONTH -> step == 1 ? 28.0 * SECONDS_PER_DAY : (30.0 * step - 2) * SECONDS_PER_DAY;
            case YEAR -> 365.0 * step * SECONDS_PER_DAY;
        };
    }

    /** The coarser unit whose boundaries head the ticks of this one (the day above hours, the year above months). */
    public TickUnit major() {
        return switch (kind) {
            case MINUTE, HOUR -> DAY;
            case DAY, WEEK -> MONTH;
            case MONTH -> YEAR;
            case YEAR -> {
                long power = 10;
                while (power <= step) {
                    power *= 10;
                }
                yield power > MAX_YEAR_STEP ? years(MAX_YEAR_STEP) : years((int) power);
            }
        };
    }

    /** The finest unit whose boundaries are never closer than {@code seconds}. */
    static TickUnit finestWithGapAtLeast(double seconds) {
        for (TickUnit unit : LADDER) {
            if (unit.minSeconds() >= seconds) {
                return unit;
            }
        }
        for (long power = 1000; power <= MAX_YEAR_STEP; power *= 10) {
            for (long multiple : new long[] {2, 5, 10}) {
                long n = power * multiple;
                if (n <= MAX_YEAR_STEP && 365.0 * n * SECONDS_PER_DAY >= seconds) {
                    return years((int) n);
                }
            }
        }
        return years(MAX_YEAR_STEP);
    }

    /** The latest boundary at or before {@code epochSecond}. */
    long floor(long epochSecond) {
        return switch (kind) {
            case MINUTE -> Math.floorDiv(epochSecond, 60L * step) * 60L * step;
            case HOUR -> Math.floorDiv(epochSecond, 3600L * step) * 3600L * step;
            case DAY -> Math.floorDiv(epochSecond, SECONDS_PER_DAY) * SECONDS_PER_DAY;
            case WEEK -> {
                long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
                // Day 0 (1970-01-01) was a Thursday, three days after a Monday.
                yield (day - Math.floorMod(day + 3, 7)) * SECONDS_PER_DAY;
            }
            case MONTH -> {
                LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
                long index = date.getYear() * 12L + date.getMonthValue() - 1;
                long first = Math.floorDiv(index, step) * step;
                yield startOfMonth(Math.floorDiv(first, 12), (int) Math.floorMod(first, 12) + 1);
            }
            case YEAR -> startOfYear(floorYear(yearOf(epochSecond)));
        };
    }

    /** The boundary after {@code boundary}, which must itself be a boundary of this unit. */
    long next(long boundary) {
        return switch (kind) {
            case MINUTE -> boundary + 60L * step;
            case HOUR -> boundary + 3600L * step;
            case DAY -> boundary + SECONDS_PER_DAY;
            case WEEK -> boundary + 7 * SECONDS_PER_DAY;
            case MONTH -> LocalDate.ofEpochDay(Math.floorDiv(boundary, SECONDS_PER_DAY))
                    .plusMonths(step).toEpochDay() * SECONDS_PER_DAY;
            case YEAR -> startOfYear(nextYear(yearOf(boundary)));
        };
    }

    /** The latest tick year at or before the proleptic (ISO) year {@code year}. */
    private long floorYear(long year) {
        if (year >= 1) {
            long ce = Math.floorDiv(year, step) * step;
            // No tick year in AD 1 .. step-1: the last one before is step BC, i.e. ISO 1 - step.
            return ce >= 1 ? ce : 1 - step;
        }
        long bc = 1 - year;
        return 1 - ceilDiv(bc, step) * step;
    }

    private long nextYear(long tickYear) {
        if (tickYear <= 0 && 1 - tickYear == step) {
            return step;
        }
        return tickYear + step;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    static long yearOf(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY)).getYear();
    }

    private static long startOfYear(long year) {
        return LocalDate.of(Math.toIntExact(year), 1, 1).toEpochDay() * SECONDS_PER_DAY;
    }

    private static long startOfMonth(long year, int month) {
        return LocalDate.of(Math.toIntExact(year), month, 1).toEpochDay() * SECONDS_PER_DAY;
    }
}
