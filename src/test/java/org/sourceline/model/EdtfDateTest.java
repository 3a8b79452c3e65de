package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sourceline.model.EdtfDate.Precision.DAY;
import static org.sourceline.model.EdtfDate.Precision.MINUTE;
import static org.sourceline.model.EdtfDate.Precision.MONTH;
import static org.sourceline.model.EdtfDate.Precision.SECOND;
import static org.sourceline.model.EdtfDate.Precision.YEAR;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.model.EdtfDate.Bound;
import org.sourceline.model.EdtfDate.Precision;

class EdtfDateTest {

    enum Flag { INTERVAL, RANGE, OPEN_START, OPEN_END, APPROXIMATE, UNCERTAIN }

    private static final Set<Flag> NONE = EnumSet.noneOf(Flag.class);

    /** Start of a UTC day, computed with java.time independently of the parser. */
    private static long day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static long at(int year, int month, int day, int hour, int minute, int second, String offset) {
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.of(offset)).toEpochSecond();
    }

    private static Arguments valid(String text, long earliest, long latest, Precision precision, Set<Flag> flags) {
        return Arguments.of(text, earliest, latest, precision, flags);
    }

    private static Set<Flag> flags(Flag first, Flag... rest) {
        return EnumSet.of(first, rest);
    }

    static Stream<Arguments> validDates() {
        return Stream.of(
                // Level 0 single dates
                valid("2022", day(2022, 1, 1), day(2023, 1, 1), YEAR, NONE),
                valid("2022-05", day(2022, 5, 1), day(2022, 6, 1), MONTH, NONE),
                valid("2022-12", day(2022, 12, 1), day(2023, 1, 1), MONTH, NONE),
                valid("2022-05-25", day(2022, 5, 25), day(2022, 5, 26), DAY, NONE),
                valid("2022-12-31", day(2022, 12, 31), day(2023, 1, 1), DAY, NONE),
                valid("1970-01-01", 0, 86_400, DAY, NONE),
                valid("2024-02", day(2024, 2, 1), day(2024, 3, 1), MONTH, NONE),
                // Date-times
                valid("2022-05-25T14:30:00Z", at(2022, 5, 25, 14, 30, 0, "Z"), at(2022, 5, 25, 14, 30, 1, "Z"), SECOND, NONE),
                valid("2022-05-25T14:30:00+00:00", at(2022, 5, 25, 14, 30, 0, "Z"), at(2022, 5, 25, 14, 30, 1, "Z"), SECOND, NONE),
                valid("2022-05-25T14:30:00", at(2022, 5, 25, 14, 30, 0, "Z"), at(2022, 5, 25, 14, 30, 1, "Z"), SECOND, NONE),
                valid("2022-05-25T14:30:00+02:00", at(2022, 5, 25, 12, 30, 0, "Z"), at(2022, 5, 25, 12, 30, 1, "Z"), SECOND, NONE),
                valid("2022-05-25T14:30:15-05:30", at(2022, 5, 25, 20, 0, 15, "Z"), at(2022, 5, 25, 20, 0, 16, "Z"), SECOND, NONE),
                valid("2022-05-25T00:30:00+01:00", at(2022, 5, 24, 23, 30, 0, "Z"), at(2022, 5, 24, 23, 30, 1, "Z"), SECOND, NONE),
                valid("2022-12-31T23:59:59Z", at(2022, 12, 31, 23, 59, 59, "Z"), day(2023, 1, 1), SECOND, NONE),
                valid("2022-05-25T14:30", at(2022, 5, 25, 14, 30, 0, "Z"), at(2022, 5, 25, 14, 31, 0, "Z"), MINUTE, NONE),
                valid("2022-05-25T14:30Z", at(2022, 5, 25, 14, 30, 0, "Z"), at(2022, 5, 25, 14, 31, 0, "Z"), MINUTE, NONE),
                valid("2022-05-25T14:59+14:00", at(2022, 5, 25, 0, 59, 0, "Z"), at(2022, 5, 25, 1, 0, 0, "Z"), MINUTE, NONE),
                // Years: negative, zero, four digits, Y prefix
                valid("-0044-03-15", day(-44, 3, 15), day(-44, 3, 16), DAY, NONE),
                valid("-0043", day(-43, 1, 1), day(-42, 1, 1), YEAR, NONE),
                valid("0000", day(0, 1, 1), day(1, 1, 1), YEAR, NONE),
                valid("-0001-12", day(-1, 12, 1), day(0, 1, 1), MONTH, NONE),
                valid("0001-01-01", day(1, 1, 1), day(1, 1, 2), DAY, NONE),
                valid("9999", day(9999, 1, 1), day(10000, 1, 1), YEAR, NONE),
                valid("-9999", day(-9999, 1, 1), day(-9998, 1, 1), YEAR, NONE),
                valid("Y10000", day(10000, 1, 1), day(10001, 1, 1), YEAR, NONE),
                valid("Y-10000", day(-10000, 1, 1), day(-9999, 1, 1), YEAR, NONE),
                valid("Y12000", day(12000, 1, 1), day(12001, 1, 1), YEAR, NONE),
                valid("Y-170000", day(-170000, 1, 1), day(-169999, 1, 1), YEAR, NONE),
                valid("Y999999999", day(999_999_999, 1, 1), day(999_999_999, 12, 31) + 86_400, YEAR, NONE),
                valid("Y-999999999", day(-999_999_999, 1, 1), day(-999_999_998, 1, 1), YEAR, NONE),
                // Level 1: unspecified digits
                valid("201X", day(2010, 1, 1), day(2020, 1, 1), YEAR, NONE),
                valid("20XX", day(2000, 1, 1), day(2100, 1, 1), YEAR, NONE),
                valid("1XXX", day(1000, 1, 1), day(2000, 1, 1), YEAR, NONE),
                valid("000X", day(0, 1, 1), day(10, 1, 1), YEAR, NONE),
                valid("2004-XX", day(2004, 1, 1), day(2005, 1, 1), YEAR, NONE),
                valid("1985-04-XX", day(1985, 4, 1), day(1985, 5, 1), MONTH, NONE),
                valid("2024-02-XX", day(2024, 2, 1), day(2024, 3, 1), MONTH, NONE),
                valid("1985-XX-XX", day(1985, 1, 1), day(1986, 1, 1), YEAR, NONE),
                valid("201X-XX", day(2010, 1, 1), day(2020, 1, 1), YEAR, NONE),
                valid("19XX-XX-XX", day(1900, 1, 1), day(2000, 1, 1), YEAR, NONE),
                // Level 1: qualifiers
                valid("2022-02~", day(2022, 2, 1), day(2022, 3, 1), MONTH, flags(Flag.APPROXIMATE)),
                valid("2022-05-25?", day(2022, 5, 25), day(2022, 5, 26), DAY, flags(Flag.UNCERTAIN)),
                valid("2004-06-11%", day(2004, 6, 11), day(2004, 6, 12), DAY, flags(Flag.APPROXIMATE, Flag.UNCERTAIN)),
                valid("2022?", day(2022, 1, 1), day(2023, 1, 1), YEAR, flags(Flag.UNCERTAIN)),
                valid("201X~", day(2010, 1, 1), day(2020, 1, 1), YEAR, flags(Flag.APPROXIMATE)),
                valid("-0044-03-15?", day(-44, 3, 15), day(-44, 3, 16), DAY, flags(Flag.UNCERTAIN)),
                valid("Y-170000~", day(-170000, 1, 1), day(-169999, 1, 1), YEAR, flags(Flag.APPROXIMATE)),
                // Intervals
                valid("2022-05-24/2022-05-26", day(2022, 5, 24), day(2022, 5, 27), DAY, flags(Flag.INTERVAL)),
                valid("2022-05-30/2022-06-02", day(2022, 5, 30), day(2022, 6, 3), DAY, flags(Flag.INTERVAL)),
                valid("2021-12-30/2022-01-02", day(2021, 12, 30), day(2022, 1, 3), DAY, flags(Flag.INTERVAL)),
                valid("2022-02/2022-05", day(2022, 2, 1), day(2022, 6, 1), MONTH, flags(Flag.INTERVAL)),
                valid("2022-05/2022-05-10", day(2022, 5, 1), day(2022, 5, 11), MONTH, flags(Flag.INTERVAL)),
                valid("2022-05/2022-05-01", day(2022, 5, 1), day(2022, 5, 2), MONTH, flags(Flag.INTERVAL)),
                valid("2022-05-25/2022-05-25", day(2022, 5, 25), day(2022, 5, 26), DAY, flags(Flag.INTERVAL)),
                valid("2022-05-25/2022-06", day(2022, 5, 25), day(2022, 7, 1), MONTH, flags(Flag.INTERVAL)),
                valid("2020/2022-05-25", day(2020, 1, 1), day(2022, 5, 26), YEAR, flags(Flag.INTERVAL)),
                valid("-0050/-0043", day(-50, 1, 1), day(-42, 1, 1), YEAR, flags(Flag.INTERVAL)),
                valid("Y-170000/-9999", day(-170000, 1, 1), day(-9998, 1, 1), YEAR, flags(Flag.INTERVAL)),
                valid("201X/2022", day(2010, 1, 1), day(2023, 1, 1), YEAR, flags(Flag.INTERVAL)),
                valid("2004-06~/2004-08?", day(2004, 6, 1), day(2004, 9, 1), MONTH,
                        flags(Flag.INTERVAL, Flag.APPROXIMATE, Flag.UNCERTAIN)),
                valid("2022-05-25T10:00Z/2022-05-25T12:00:30Z", at(2022, 5, 25, 10, 0, 0, "Z"),
                        at(2022, 5, 25, 12, 0, 31, "Z"), MINUTE, flags(Flag.INTERVAL)),
                valid("2022-05-25T12:00+02:00/2022-05-25T10:00Z", at(2022, 5, 25, 10, 0, 0, "Z"),
                        at(2022, 5, 25, 10, 1, 0, "Z"), MINUTE, flags(Flag.INTERVAL)),
                valid("2022-05-25/2022-05-25T12:00Z", day(2022, 5, 25), at(2022, 5, 25, 12, 1, 0, "Z"), DAY,
                        flags(Flag.INTERVAL)),
                // Intervals with an open or unknown end
                valid("2022-05-25/..", day(2022, 5, 25), day(2022, 5, 26), DAY, flags(Flag.INTERVAL, Flag.OPEN_END)),
                valid("2024-04-21/", day(2024, 4, 21), day(2024, 4, 22), DAY, flags(Flag.INTERVAL, Flag.OPEN_END)),
                valid("../2022-06", day(2022, 6, 1), day(2022, 7, 1), MONTH, flags(Flag.INTERVAL, Flag.OPEN_START)),
                valid("/2022-06", day(2022, 6, 1), day(2022, 7, 1), MONTH, flags(Flag.INTERVAL, Flag.OPEN_START)),
                valid("2022~/..", day(2022, 1, 1), day(2023, 1, 1), YEAR,
                        flags(Flag.INTERVAL, Flag.OPEN_END, Flag.APPROXIMATE)),
                valid("../2022-06-01?", day(2022, 6, 1), day(2022, 6, 2), DAY,
                        flags(Flag.INTERVAL, Flag.OPEN_START, Flag.UNCERTAIN)),
                valid("/2022-05-25T14:30Z", at(2022, 5, 25, 14, 30, 0, "Z"), at(2022, 5, 25, 14, 31, 0, "Z"), MINUTE,
                        flags(Flag.INTERVAL, Flag.OPEN_START)),
                // One of a range
                valid("[2022-05-25..2022-05-27]", day(2022, 5, 25), day(2022, 5, 28), DAY, flags(Flag.RANGE)),
                valid("[2022-05..2022-05-10]", day(2022, 5, 1), day(2022, 5, 11), MONTH, flags(Flag.RANGE)),
                valid("[2022-05-25..2022-05-25]", day(2022, 5, 25), day(2022, 5, 26), DAY, flags(Flag.RANGE)),
                valid("[1985-04-XX..1986]", day(1985, 4, 1), day(1987, 1, 1), YEAR, flags(Flag.RANGE)),
                valid("[..2022-06]", day(2022, 6, 1), day(2022, 7, 1), MONTH, flags(Flag.RANGE, Flag.OPEN_START)),
                valid("[2022-06..]", day(2022, 6, 1), day(2022, 7, 1), MONTH, flags(Flag.RANGE, Flag.OPEN_END)),
                valid("[-0044-03-15..]", day(-44, 3, 15), day(-44, 3, 16), DAY, flags(Flag.RANGE, Flag.OPEN_END)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDates")
    void parsesValidDates(String text, long earliest, long latest, Precision precision, Set<Flag> flags) {
        EdtfDate date = EdtfDate.parse(text);

        assertThat(date.toString()).isEqualTo(text);
        assertThat(date.earliestEpochSecond()).as("earliest").isEqualTo(earliest);
        assertThat(date.latestEpochSecond()).as("latest").isEqualTo(latest);
        assertThat(date.precision()).as("precision").isEqualTo(precision);
        assertThat(date.isInterval()).as("interval").isEqualTo(flags.contains(Flag.INTERVAL));
        assertThat(date.isOneOfRange()).as("one of range").isEqualTo(flags.contains(Flag.RANGE));
        assertThat(date.hasOpenStart()).as("open start").isEqualTo(flags.contains(Flag.OPEN_START));
        assertThat(date.hasOpenEnd()).as("open end").isEqualTo(flags.contains(Flag.OPEN_END));
        assertThat(date.isApproximate()).as("approximate").isEqualTo(flags.contains(Flag.APPROXIMATE));
        assertThat(date.isUncertain()).as("uncertain").isEqualTo(flags.contains(Flag.UNCERTAIN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDates")
    void parsingIsStableAndValueBased(String text) {
        EdtfDate first = EdtfDate.parse(text);
        EdtfDate again = EdtfDate.parse(first.toString());

        assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(EdtfDate.CHRONOLOGICAL.compare(first, again)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDates")
    void spanIsNeverEmpty(String text) {
        EdtfDate date = EdtfDate.parse(text);

        assertThat(date.latestEpochSecond()).isGreaterThan(date.earliestEpochSecond());
    }

    static Stream<Arguments> invalidDates() {
        return Stream.of(
                Arguments.of("", 0, "empty date"),
                Arguments.of(" 2022", 0, "leading whitespace"),
                Arguments.of("\n2022", 0, "leading whitespace"),
                Arguments.of("2022 ", 4, "trailing whitespace"),
                Arguments.of("2022-05-25 \t", 10, "trailing whitespace"),
                Arguments.of("2022\u00a0", 4, "trailing whitespace"),
                Arguments.of("2022 /2023", 4, "unexpected character ' '"),
                Arguments.of("2022\t/2023", 4, "unexpected character U+0009"),
                Arguments.of("2022-05\u00a0/2023", 7, "unexpected character U+00A0"),
                Arguments.of("2022x", 4, "unexpected character 'x'"),
                Arguments.of("x", 0, "unexpected character 'x'"),
                Arguments.of("{2022,2023}", 0, "unexpected character '{'"),
                Arguments.of("22", 2, "unexpected end of date"),
                Arguments.of("202", 3, "unexpected end of date; expected a digit"),
                Arguments.of("2022-5", 6, "unexpected end of date; expected a digit"),
                Arguments.of("2022-05-", 8, "unexpected end of date; expected a digit"),
                Arguments.of("2022/05", 7, "unexpected end of date"),
                // Impossible calendar values
                Arguments.of("2022-02-30", 8, "day 30 does not exist in February 2022"),
                Arguments.of("2022-02-29", 8, "day 29 does not exist in February 2022"),
                Arguments.of("2022-04-31", 8, "day 31 does not exist in April 2022"),
                Arguments.of("-0001-02-29", 9, "day 29 does not exist in February -0001"),
                Arguments.of("2022-05-00", 8, "day 0 is out of range"),
                Arguments.of("2022-05-32", 8, "day 32 is out of range"),
                Arguments.of("2022-13", 5, "month 13 is out of range"),
                Arguments.of("2022-00", 5, "month 0 is out of range"),
                Arguments.of("2022-21", 5, "month 21 is out of range (seasons are not supported)"),
                Arguments.of("2022-05-25T25:00", 11, "hour 25 is out of range"),
                Arguments.of("2022-05-25T24:00:00", 11, "hour 24 is out of range"),
                Arguments.of("2022-05-25T14:60", 14, "minute 60 is out of range"),
                Arguments.of("2022-05-25T14:30:60", 17, "second 60 is out of range"),
                // Times
                Arguments.of("2022-05-25T14", 13, "unexpected end of date; expected ':'"),
                Arguments.of("2022-05-25T1430", 13, "unexpected character '3'; expected ':'"),
                Arguments.of("2022-05-25T14:30:00+02", 22, "unexpected end of date; expected ':'"),
                Arguments.of("2022-05-25T14:30:00+19:00", 19, "offset +19:00 is out of range"),
                Arguments.of("2022-05-25T14:30:00+02:60", 23, "offset minute 60 is out of range"),
                Arguments.of("2022-05-25T14:30:00-00:00", 19, "offset -00:00 is not allowed"),
                Arguments.of("2022-05-25T14:30:00z", 19, "unexpected character 'z'"),
                Arguments.of("2022-05-25T14:30:00.5Z", 19, "unexpected character '.'"),
                Arguments.of("2022-05-25t14:30", 10, "unexpected character 't'"),
                Arguments.of("2022-05T14:30", 7, "a time needs a complete date"),
                Arguments.of("1985-04-XXT10:00", 10, "a time needs a complete date"),
                Arguments.of("2022-05-25T14:30:00Z?", 20, "a qualifier cannot follow a time"),
                // Years
                Arguments.of("12000", 0, "a year of more than four digits needs the 'Y' prefix: write Y12000"),
                Arguments.of("-12000", 0, "write Y-12000"),
                Arguments.of("Y2022", 0, "the 'Y' prefix is only for years of more than four digits: write 2022"),
                Arguments.of("Y-44", 0, "write -0044"),
                Arguments.of("Y012000", 1, "a year written with 'Y' cannot start with 0"),
                Arguments.of("Y1234567890", 0, "year is out of range"),
                Arguments.of("Y12000-05", 6, "a year written with 'Y' cannot have a month"),
                Arguments.of("Y", 1, "unexpected end of date; expected a digit"),
                Arguments.of("Y-", 2, "unexpected end of date; expected a digit"),
                Arguments.of("-0000", 0, "year -0000 does not exist"),
                Arguments.of("+2022", 0, "unexpected character '+'"),
                // Unspecified digits
                Arguments.of("XXXX", 0, "a year needs at least one known digit"),
                Arguments.of("20X2", 3, "a known digit cannot follow an unspecified one (X)"),
                Arguments.of("X999", 1, "a known digit cannot follow an unspecified one (X)"),
                Arguments.of("201X-05", 5, "a known digit cannot follow an unspecified one (X)"),
                Arguments.of("201X-X5", 6, "a known digit cannot follow an unspecified one (X)"),
                Arguments.of("2004-XX-05", 8, "a known digit cannot follow an unspecified one (X)"),
                Arguments.of("2004-1X", 5, "a month must be fully given or fully unspecified (XX)"),
                Arguments.of("1985-04-1X", 8, "a day must be fully given or fully unspecified (XX)"),
                Arguments.of("-201X", 4, "unspecified digits (X) are not supported in negative years"),
                Arguments.of("201x", 3, "unexpected character 'x'"),
                // Qualifiers
                Arguments.of("2022??", 5, "unexpected character '?'"),
                Arguments.of("2022~?", 5, "unexpected character '?'"),
                Arguments.of("?2022", 0, "unexpected character '?'"),
                // Intervals
                Arguments.of("2022-05-26/2022-05-24", 11, "interval ends (2022-05-24) before it starts (2022-05-26)"),
                Arguments.of("2022-06/2022-05-31", 8, "interval ends (2022-05-31) before it starts (2022-06)"),
                Arguments.of("2022-05-25T12:00+02:00/2022-05-25T09:59Z", 23,
                        "interval ends (2022-05-25T09:59Z) before it starts (2022-05-25T12:00+02:00)"),
                Arguments.of("2022-02-30/2022-03", 8, "day 30 does not exist in February 2022"),
                Arguments.of("2022/2022-13", 10, "month 13 is out of range"),
                Arguments.of("/", 0, "an interval needs at least one date"),
                Arguments.of("../..", 0, "an interval needs at least one date"),
                Arguments.of("../", 0, "an interval needs at least one date"),
                Arguments.of("/..", 0, "an interval needs at least one date"),
                Arguments.of("2022/2023/2024", 9, "unexpected character '/'"),
                Arguments.of("2022/...", 5, "unexpected character '.'"),
                Arguments.of("2022x/2023", 4, "unexpected character 'x'"),
                Arguments.of(".../2022", 0, "unexpected character '.'"),
                // One of a range
                Arguments.of("[..]", 0, "a range needs at least one date"),
                Arguments.of("[2022]", 5, "only the ranges [A..B], [..B] and [A..] are supported"),
                Arguments.of("[2022,2023]", 5, "only the ranges [A..B], [..B] and [A..] are supported"),
                Arguments.of("[2022.2023]", 5, "unexpected character '.'; expected '..'"),
                Arguments.of("[2022..2023", 11, "unexpected end of date; expected ']'"),
                Arguments.of("[2022..2023]x", 12, "unexpected character 'x'"),
                Arguments.of("[2022..2023]/2024", 12, "unexpected character '/'"),
                Arguments.of("[2022?..2023]", 5, "qualifiers are not supported inside a range"),
                Arguments.of("[2022..2023~]", 11, "qualifiers are not supported inside a range"),
                Arguments.of("[2022-05-27..2022-05-25]", 13, "range ends (2022-05-25) before it starts (2022-05-27)"),
                Arguments.of("[2022..2022-02-29]", 15, "day 29 does not exist in February 2022"));
    }

    @ParameterizedTest(name = "\"{0}\" at {1}: {2}")
    @MethodSource("invalidDates")
    void rejectsInvalidDatesWithPositionAndReason(String text, int index, String message) {
        EdtfException error = catchThrowableOfType(EdtfException.class, () -> EdtfDate.parse(text));

        assertThat(error).as("exception for \"%s\"", text).isNotNull();
        assertThat(error.getMessage()).contains(message);
        assertThat(error.index()).isEqualTo(index);
        assertThat(error).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> EdtfDate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyDayOf2020To2024RoundTripsAndCoversItsDay() {
        int days = 0;
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() <= 2024; d = d.plusDays(1)) {
            String text = String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            EdtfDate date = EdtfDate.parse(text);

            assertThat(date.toString()).isEqualTo(text);
            assertThat(date.earliestEpochSecond()).as(text).isEqualTo(d.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            assertThat(date.latestEpochSecond()).as(text)
                    .isEqualTo(d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            assertThat(date.precision()).isEqualTo(DAY);
            days++;
        }
        assertThat(days).isEqualTo(366 + 365 + 365 + 365 + 366);
    }

    @Test
    void everyMonthOfYearsMinus50To50RoundTripsAndCoversItsMonth() {
        int months = 0;
        for (int year = -50; year <= 50; year++) {
            for (int month = 1; month <= 12; month++) {
                String text = (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d-%02d", Math.abs(year), month);
                LocalDate first = LocalDate.of(year, month, 1);
                EdtfDate date = EdtfDate.parse(text);

                assertThat(date.toString()).isEqualTo(text);
                assertThat(date.earliestEpochSecond()).as(text).isEqualTo(first.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
                assertThat(date.latestEpochSecond()).as(text)
                        .isEqualTo(first.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
                assertThat(date.precision()).isEqualTo(MONTH);
                months++;
            }
        }
        assertThat(months).isEqualTo(101 * 12);
    }

    @Nested
    class LeapYears {

        @ParameterizedTest
        @ValueSource(strings = {"2000-02-29", "2024-02-29", "2020-02-29", "1600-02-29", "0000-02-29", "-0004-02-29"})
        void acceptsTheTwentyNinthOfFebruaryInLeapYears(String text) {
            EdtfDate date = EdtfDate.parse(text);

            assertThat(date.latestEpochSecond() - date.earliestEpochSecond()).isEqualTo(86_400);
            assertThat(date.toString()).isEqualTo(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1900-02-29", "2023-02-29", "2100-02-29", "1800-02-29", "-0001-02-29"})
        void rejectsTheTwentyNinthOfFebruaryInOtherYears(String text) {
            assertThatThrownBy(() -> EdtfDate.parse(text))
                    .isInstanceOf(EdtfException.class)
                    .hasMessageStartingWith("day 29 does not exist in February");
        }

        @Test
        void februaryHasTheRightLength() {
            assertThat(length("2000-02")).isEqualTo(29 * 86_400L);
            assertThat(length("1900-02")).isEqualTo(28 * 86_400L);
            assertThat(length("2024-02")).isEqualTo(29 * 86_400L);
            assertThat(length("2023-02")).isEqualTo(28 * 86_400L);
            assertThat(length("2024-02-XX")).isEqualTo(29 * 86_400L);
            assertThat(length("2000")).isEqualTo(366 * 86_400L);
            assertThat(length("1900")).isEqualTo(365 * 86_400L);
            assertThat(length("2024")).isEqualTo(366 * 86_400L);
        }

        private long length(String text) {
            EdtfDate date = EdtfDate.parse(text);
            return date.latestEpochSecond() - date.earliestEpochSecond();
        }
    }

    @Nested
    class Parts {

        @Test
        void singleDateIsItsOwnStartAndEnd() {
            EdtfDate date = EdtfDate.parse("2022-05-25?");

            assertThat(date.start()).containsSame(date);
            assertThat(date.end()).containsSame(date);
            assertThat(date.startBound()).isEqualTo(Bound.DATE);
            assertThat(date.endBound()).isEqualTo(Bound.DATE);
        }

        @Test
        void intervalPartsAreSingleDatesWithTheirQualifiers() {
            EdtfDate date = EdtfDate.parse("2004-06~/2004-08-12?");

            assertThat(date.start()).contains(EdtfDate.parse("2004-06~"));
            assertThat(date.end()).contains(EdtfDate.parse("2004-08-12?"));
            assertThat(date.start().orElseThrow().isInterval()).isFalse();
            assertThat(date.start().orElseThrow().isUncertain()).isFalse();
            assertThat(date.end().orElseThrow().isApproximate()).isFalse();
        }

        @Test
        void openAndUnknownEndsAreEmptyButDistinguished() {
            EdtfDate open = EdtfDate.parse("2024-04-21/..");
            EdtfDate unknown = EdtfDate.parse("2024-04-21/");

            assertThat(open.start()).contains(EdtfDate.parse("2024-04-21"));
            assertThat(open.end()).isEmpty();
            assertThat(unknown.end()).isEmpty();
            assertThat(open.endBound()).isEqualTo(Bound.OPEN);
            assertThat(unknown.endBound()).isEqualTo(Bound.UNKNOWN);
            assertThat(open).isNotEqualTo(unknown);

            EdtfDate openStart = EdtfDate.parse("../2022-06");
            EdtfDate unknownStart = EdtfDate.parse("/2022-06");
            assertThat(openStart.start()).isEmpty();
            assertThat(openStart.end()).contains(EdtfDate.parse("2022-06"));
            assertThat(openStart.startBound()).isEqualTo(Bound.OPEN);
            assertThat(unknownStart.startBound()).isEqualTo(Bound.UNKNOWN);
        }

        @Test
        void rangePartsAreItsBounds() {
            EdtfDate closed = EdtfDate.parse("[2022-05-25..2022-05-27]");
            assertThat(closed.start()).contains(EdtfDate.parse("2022-05-25"));
            assertThat(closed.end()).contains(EdtfDate.parse("2022-05-27"));

            EdtfDate before = EdtfDate.parse("[..2022-06]");
            assertThat(before.start()).isEmpty();
            assertThat(before.end()).contains(EdtfDate.parse("2022-06"));
            assertThat(before.startBound()).isEqualTo(Bound.OPEN);

            EdtfDate after = EdtfDate.parse("[2022-06..]");
            assertThat(after.start()).contains(EdtfDate.parse("2022-06"));
            assertThat(after.end()).isEmpty();
            assertThat(after.endBound()).isEqualTo(Bound.OPEN);
        }
    }

    @Nested
    class Equality {

        @Test
        void equalTextsGiveEqualValues() {
            assertThat(EdtfDate.parse("2022-05-24/2022-05-26"))
                    .isEqualTo(EdtfDate.parse("2022-05-24/2022-05-26"))
                    .hasSameHashCodeAs(EdtfDate.parse("2022-05-24/2022-05-26"));
        }

        @ParameterizedTest(name = "{0} != {1}")
        @MethodSource("org.sourceline.model.EdtfDateTest#differentValues")
        void differentTextsGiveDifferentValues(String a, String b) {
            EdtfDate first = EdtfDate.parse(a);
            EdtfDate second = EdtfDate.parse(b);

            assertThat(first).isNotEqualTo(second);
            assertThat(EdtfDate.CHRONOLOGICAL.compare(first, second)).isNotZero();
        }

        @Test
        void isNotEqualToOtherTypes() {
            assertThat(EdtfDate.parse("2022")).isNotEqualTo("2022").isNotEqualTo(null);
        }
    }

    static Stream<Arguments> differentValues() {
        return Stream.of(
                // Same instants, different texts
                Arguments.of("2022-05-25T14:30:00Z", "2022-05-25T14:30:00+00:00"),
                Arguments.of("2022-05-25T14:30:00Z", "2022-05-25T14:30:00"),
                Arguments.of("2022-05-25T14:30:00+02:00", "2022-05-25T12:30:00Z"),
                Arguments.of("2022", "2022?"),
                Arguments.of("2022~", "2022?"),
                Arguments.of("2022", "2022/.."),
                Arguments.of("2022/..", "2022/"),
                Arguments.of("../2022", "/2022"),
                Arguments.of("[..2022]", "../2022"),
                Arguments.of("[2022..]", "2022/.."),
                Arguments.of("2022-05-25/2022-05-27", "[2022-05-25..2022-05-27]"),
                Arguments.of("2022-05-25/2022-05-25", "2022-05-25"),
                Arguments.of("2004-XX", "2004"),
                Arguments.of("1985-04-XX", "1985-04"),
                Arguments.of("201X", "201X-XX"));
    }

    @Test
    void chronologicalOrdersByEarliestThenLatestThenText() {
        List<String> expected = List.of(
                "Y-170000",
                "-0044-03-15",
                "201X/2022-05",
                "2021-12-31",
                // Same earliest instant: the shorter first, whatever the text says
                "2022-01",
                "2022",
                "2022/..",
                "2022/2023",
                "2022-05",
                "2022-05-24/2022-05-26",
                "2022-05-25",
                "2022-05-25/..",
                "2022-05-25?",
                "2022-05-25/2022-05-27",
                "[2022-05-25..2022-05-27]",
                "2022-05-25T12:30:00Z",
                "2022-05-25T14:30:00+02:00",
                "2022-05-25T14:30:00Z",
                "Y12000");
        List<EdtfDate> dates = new ArrayList<>();
        for (int i = expected.size() - 1; i >= 0; i--) {
            dates.add(EdtfDate.parse(expected.get(i)));
        }

        dates.sort(EdtfDate.CHRONOLOGICAL);

        assertThat(dates).extracting(EdtfDate::toString).containsExactlyElementsOf(expected);
    }
}
