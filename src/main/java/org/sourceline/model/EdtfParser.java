package org.sourceline.model;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Recursive-descent reader for the EDTF subset described on {@link EdtfDate}. Strict on purpose:
 * it accepts only canonical text, so that every accepted text is its own {@code toString()}.
 */
final class EdtfParser {

    private static final int MAX_LONG_YEAR_DIGITS = 9;

    private final String text;
    private int pos;

    private EdtfParser(String text) {
        this.text = text;
    }

    static EdtfDate parse(String text) {
        return new EdtfParser(text).parseAll();
    }

    private EdtfDate parseAll() {
        if (text.isEmpty()) {
            throw error(0, "empty date");
        }
        if (isSpace(text.charAt(0))) {
            throw error(0, "leading whitespace");
        }
        if (isSpace(text.charAt(text.length() - 1))) {
            int first = text.length();
            while (isSpace(text.charAt(first - 1))) {
                first--;
            }
            throw error(first, "trailing whitespace");
        }
        if (text.charAt(0) == '[') {
            return parseRange();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            EdtfPoint point = parsePoint(true);
            expectEnd();
            return EdtfDate.single(point);
        }
        return parseInterval(slash);
    }

    private EdtfDate parseInterval(int slash) {
        EdtfPoint start = null;
        EdtfDate.Bound startBound;
        if (slash == 0) {
            startBound = EdtfDate.Bound.UNKNOWN;
        } else if (slash == 2 && text.startsWith("..")) {
            startBound = EdtfDate.Bound.OPEN;
        } else {
            start = parsePoint(true);
            if (pos != slash) {
                throw unexpected(pos);
            }
            startBound = EdtfDate.Bound.DATE;
        }

        pos = slash + 1;
        int endIndex = pos;
        EdtfPoint end = null;
        EdtfDate.Bound endBound;
        if (pos == text.length()) {
            endBound = EdtfDate.Bound.UNKNOWN;
        } else if (text.substring(pos).equals("..")) {
            endBound = EdtfDate.Bound.OPEN;
        } else {
            end = parsePoint(true);
            expectEnd();
            endBound = EdtfDate.Bound.DATE;
        }

        if (start == null && end == null) {
            throw error(0, "an interval needs at least one date");
        }
        checkOrder("interval", start, end, endIndex);
        return EdtfDate.interval(start, startBound, end, endBound);
    }

    private EdtfDate parseRange() {
        pos = 1;
        EdtfPoint start = null;
        if (!text.startsWith("..", pos)) {
            start = parsePoint(false);
            if (!text.startsWith("..", pos)) {
                if (pos < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == ']')) {
                    throw error(pos, "only the ranges [A..B], [..B] and [A..] are supported");
                }
                throw unexpected(pos, "'..'");
            }
        }
        pos += 2;
        int endIndex = pos;
        EdtfPoint end = null;
        if (pos < text.length() && text.charAt(pos) != ']') {
            end = parsePoint(false);
        }
        expect(']');
        expectEnd();
        if (start == null && end == null) {
            throw error(0, "a range needs at least one date");
        }
        checkOrder("range", start, end, endIndex);
        return EdtfDate.oneOfRange(start, end);
    }

    private void checkOrder(String what, EdtfPoint start, EdtfPoint end, int endIndex) {
        // An end that still overlaps the start is allowed (2022-05-10/2022-05): only an end wholly before it is not.
        if (start != null && end != null && end.latestEpochSecond() <= start.earliestEpochSecond()) {
            throw error(endIndex, what + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    private EdtfPoint parsePoint(boolean qualifierAllowed) {
        int start = pos;
        if (peek() == 'Y') {
            int year = parseLongYear();
            return new EdtfPoint(year, 0, EdtfPoint.ABSENT, EdtfPoint.ABSENT, null, false, null, false,
                    parseQualifier(qualifierAllowed, false));
        }

        boolean negative = peek() == '-';
        if (negative) {
            pos++;
        }
        int yearIndex = pos;
        int year = 0;
        int unspecified = 0;
        for (int i = 0; i < 4; i++) {
            char c = next(i == 0 && !negative ? "a year" : "a digit");
            if (c == 'X') {
                unspecified++;
                year *= 10;
            } else if (isDigit(c)) {
                if (unspecified > 0) {
                    throw knownAfterUnspecified(pos - 1);
                }
                year = year * 10 + (c - '0');
            } else {
                throw unexpected(pos - 1, i == 0 && !negative ? "a year" : "a digit");
            }
        }
        if (isDigit(peek())) {
            int digitsEnd = pos;
            while (isDigit(charAt(digitsEnd))) {
                digitsEnd++;
            }
            throw error(start, "a year of more than four digits needs the 'Y' prefix: write Y"
                    + text.substring(start, digitsEnd));
        }
        if (unspecified == 4) {
            throw error(yearIndex, "a year needs at least one known digit");
        }
        if (negative && unspecified > 0) {
            throw error(yearIndex + 4 - unspecified, "unspecified digits (X) are not supported in negative years");
        }
        if (negative && year == 0) {
            throw error(start, "year -0000 does not exist: write 0000");
        }
        if (negative) {
            year = -year;
        }

        boolean anyUnspecified = unspecified > 0;
        int month = EdtfPoint.ABSENT;
        int day = EdtfPoint.ABSENT;
        if (peek() == '-') {
            pos++;
            int monthIndex = pos;
            month = parseComponent("month", anyUnspecified);
            anyUnspecified |= month == EdtfPoint.UNSPECIFIED;
            if (month != EdtfPoint.UNSPECIFIED) {
                checkMonth(month, monthIndex);
            }
            if (peek() == '-') {
                pos++;
                int dayIndex = pos;
                day = parseComponent("day", anyUnspecified);
                if (day != EdtfPoint.UNSPECIFIED) {
                    checkDay(year, month, day, dayIndex);
                }
            }
        }

        LocalTime time = null;
        boolean hasSeconds = false;
        ZoneOffset offset = null;
        boolean zulu = false;
        if (peek() == 'T') {
            if (day <= 0) {
                throw error(pos, "a time needs a complete date");
            }
            pos++;
            int hour = parseNumber("hour", 23);
            expect(':');
            int minute = parseNumber("minute", 59);
            int second = 0;
            if (peek() == ':') {
                pos++;
                second = parseNumber("second", 59);
                hasSeconds = true;
            }
            time = LocalTime.of(hour, minute, second);
            if (peek() == 'Z') {
                pos++;
                zulu = true;
                offset = ZoneOffset.UTC;
            } else if (peek() == '+' || peek() == '-') {
                offset = parseOffset();
            }
        }

        EdtfPoint.Qualifier qualifier = parseQualifier(qualifierAllowed, time != null);
        return new EdtfPoint(year, unspecified, month, day, time, hasSeconds, offset, zulu, qualifier);
    }

    private int parseLongYear() {
        int start = pos;
        pos++;
        boolean negative = peek() == '-';
        if (negative) {
            pos++;
        }
        int digitsStart = pos;
        while (isDigit(peek())) {
            pos++;
        }
        int digits = pos - digitsStart;
        if (digits == 0) {
            throw unexpected(pos, "a digit");
        }
        if (text.charAt(digitsStart) == '0') {
            throw error(digitsStart, "a year written with 'Y' cannot start with 0");
        }
        if (digits > MAX_LONG_YEAR_DIGITS) {
            throw error(start, "year is out of range (at most " + MAX_LONG_YEAR_DIGITS + " digits)");
        }
        int year = Integer.parseInt(text.substring(digitsStart, pos));
        if (negative) {
            year = -year;
        }
        if (digits <= 4) {
            throw error(start, "the 'Y' prefix is only for years of more than four digits: write "
                    + EdtfPoint.yearText(year));
        }
        if (peek() == '-') {
            throw error(pos, "a year written with 'Y' cannot have a month");
        }
        return year;
    }

    /** Two characters, both digits or both X; X digits run from the right, so none may precede a known one. */
    private int parseComponent(String name, boolean afterUnspecified) {
        int start = pos;
        char first = next("a digit");
        char second = next("a digit");
        boolean firstX = first == 'X';
        boolean secondX = second == 'X';
        if (!firstX && !isDigit(first)) {
            throw unexpected(start, "a digit");
        }
        if (!secondX && !isDigit(second)) {
            throw unexpected(start + 1, "a digit");
        }
        if (afterUnspecified && !firstX) {
            throw knownAfterUnspecified(start);
        }
        if (afterUnspecified && !secondX) {
            throw knownAfterUnspecified(start + 1);
        }
        if (firstX != secondX) {
            throw error(start, "a " + name + " must be fully given or fully unspecified (XX)");
        }
        return firstX ? EdtfPoint.UNSPECIFIED : (first - '0') * 10 + (second - '0');
    }

    private void checkMonth(int month, int index) {
        if (month >= 21 && month <= 41) {
            throw error(index, "month " + month + " is out of range (seasons are not supported)");
        }
        if (month < 1 || month > 12) {
            throw error(index, "month " + month + " is out of range");
        }
    }

    private void checkDay(int year, int month, int day, int index) {
        if (day < 1 || day > 31) {
            throw error(index, "day " + day + " is out of range");
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            throw error(index, "day " + day + " does not exist in "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + EdtfPoint.yearText(year));
        }
    }

    private int parseNumber(String name, int max) {
        int start = pos;
        char first = next("a digit");
        if (!isDigit(first)) {
            throw unexpected(start, "a digit");
        }
        char second = next("a digit");
        if (!isDigit(second)) {
            throw unexpected(start + 1, "a digit");
        }
        int value = (first - '0') * 10 + (second - '0');
        if (value > max) {
            throw error(start, name + " " + value + " is out of range");
        }
        return value;
    }

    private ZoneOffset parseOffset() {
        int start = pos;
        boolean negative = text.charAt(pos++) == '-';
        int hours = parseNumber("offset hour", 99);
        expect(':');
        int minutes = parseNumber("offset minute", 59);
        String written = text.substring(start, pos);
        if (negative && hours == 0 && minutes == 0) {
            throw error(start, "offset -00:00 is not allowed: write Z or +00:00");
        }
        try {
            return negative ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException e) {
            throw error(start, "offset " + written + " is out of range");
        }
    }

    private EdtfPoint.Qualifier parseQualifier(boolean allowed, boolean afterTime) {
        EdtfPoint.Qualifier qualifier = switch (peek()) {
            case '?' -> EdtfPoint.Qualifier.UNCERTAIN;
            case '~' -> EdtfPoint.Qualifier.APPROXIMATE;
            case '%' -> EdtfPoint.Qualifier.UNCERTAIN_AND_APPROXIMATE;
            default -> EdtfPoint.Qualifier.NONE;
        };
        if (qualifier != EdtfPoint.Qualifier.NONE) {
            if (!allowed) {
                throw error(pos, "qualifiers are not supported inside a range");
            }
            if (afterTime) {
                throw error(pos, "a qualifier cannot follow a time");
            }
            pos++;
        }
        return qualifier;
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw unexpected(pos, "'" + wanted + "'");
        }
        pos++;
    }

    private void expectEnd() {
        if (pos < text.length()) {
            throw unexpected(pos);
        }
    }

    private char next(String expected) {
        if (pos >= text.length()) {
            throw unexpected(pos, expected);
        }
        return text.charAt(pos++);
    }

    /** The character at {@code pos}, or NUL past the end (NUL never matches anything the grammar wants). */
    private char peek() {
        return charAt(pos);
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private EdtfException knownAfterUnspecified(int index) {
        return error(index, "a known digit cannot follow an unspecified one (X)");
    }

    private EdtfException unexpected(int index) {
        return error(index, "unexpected character " + describe(text.charAt(index)));
    }

    private EdtfException unexpected(int index, String expected) {
        if (index >= text.length()) {
            return error(text.length(), "unexpected end of date; expected " + expected);
        }
        return error(index, "unexpected character " + describe(text.charAt(index)) + "; expected " + expected);
    }

    private static EdtfException error(int index, String message) {
        return new EdtfException(message, index);
    }

    private static String describe(char c) {
        // Invisible characters are named by code point, or the message would show nothing.
        if (c != ' ' && (Character.isISOControl(c) || isSpace(c))) {
            return String.format(Locale.ROOT, "U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
