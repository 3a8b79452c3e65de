package org.sourceline.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a typed text is not a date: a {@link Reason} and the values an inline message needs. The records hold no
 * prose; {@link #message(Locale)} writes the sentence, in French for {@code fr*} locales and in English otherwise.
 */
public sealed interface DateProblem {

    /** What kind of problem it is, for code that only needs to tell them apart. */
    enum Reason {
        /** Nothing but spaces was typed. */
        EMPTY,
        /** Words that are not a date this reader knows. */
        NOT_A_DATE,
        /** A day or a month without its year: "25 mai", "fin mai". */
        YEAR_MISSING,
        /** A year of one or two digits, which could be in any century: "25/05/22". */
        YEAR_NOT_IN_FULL,
        /** A month number outside 1 to 12: "2022-13", "25/13/2022". */
        NO_SUCH_MONTH,
        /** A day that the month does not have: "31 février 2022". */
        NO_SUCH_DAY,
        /** A weekday that is not the weekday of the date: "jeudi 25 mai 2022". */
        WRONG_WEEKDAY,
        /** An interval or range whose end comes before its start: "du 26 au 24 mai 2022". */
        END_BEFORE_START,
        /** Text in the form of EDTF that the EDTF reader refuses; its message and position are kept. */
        INVALID_EDTF
    }

    Reason reason();

    /** The problem as one sentence for an inline message, in French or English. */
    default String message(Locale locale) {
        return DateProblemText.message(this, locale);
    }

    record Empty() implements DateProblem {
        @Override
        public Reason reason() {
            return Reason.EMPTY;
        }
    }

    record NotADate() implements DateProblem {
        @Override
        public Reason reason() {
            return Reason.NOT_A_DATE;
        }
    }

    record YearMissing() implements DateProblem {
        @Override
        public Reason reason() {
            return Reason.YEAR_MISSING;
        }
    }

    /** @param digits the year as typed, one or two digits */
    record YearNotInFull(String digits) implements DateProblem {
        public YearNotInFull {
            if (!digits.matches("\\d{1,2}")) {
                throw new IllegalArgumentException("a short year is one or two digits: " + digits);
            }
        }

        @Override
        public Reason reason() {
            return Reason.YEAR_NOT_IN_FULL;
        }
    }

    record NoSuchMonth(int month) implements DateProblem {
        public NoSuchMonth {
            if (month >= 1 && month <= 12) {
                throw new IllegalArgumentException("month " + month + " exists");
            }
        }

        @Override
        public Reason reason() {
            return Reason.NO_SUCH_MONTH;
        }
    }

    /** @param year the ISO year (0 is 1 BC) */
    record NoSuchDay(int year, int month, int day) implements DateProblem {
        public NoSuchDay {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month + " is out of range");
            }
            if (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("day " + day + " exists in " + YearMonth.of(year, month));
            }
        }

        /** How many days the month has: 28 for February 2022. */
        public int daysInMonth() {
            return YearMonth.of(year, month).lengthOfMonth();
        }

        @Override
        public Reason reason() {
            return Reason.NO_SUCH_DAY;
        }
    }

    /**
     * @param date the day as read, without its weekday
     * @param written the weekday that was typed
     */
    record WrongWeekday(EdtfDate date, DayOfWeek written) implements DateProblem {
        public WrongWeekday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(written, "written");
            if (date.isInterval() || date.isOneOfRange() || date.precision() != EdtfDate.Precision.DAY) {
                throw new IllegalArgumentException("a weekday belongs to a single day, not to " + date);
            }
            if (dayOf(date).getDayOfWeek() == written) {
                throw new IllegalArgumentException(date + " is a " + written);
            }
        }

        /** The weekday the date really falls on. */
        public DayOfWeek actual() {
            return dayOf(date).getDayOfWeek();
        }

        private static LocalDate dayOf(EdtfDate date) {
            return LocalDate.ofEpochDay(Math.floorDiv(date.earliestEpochSecond(), 86_400L));
        }

        @Override
        public Reason reason() {
            return Reason.WRONG_WEEKDAY;
        }
    }

    /**
     * @param start the start as read
     * @param end the end as read, which lies wholly before the start
     */
    record EndBeforeStart(EdtfDate start, EdtfDate end) implements DateProblem {
        public EndBeforeStart {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.latestEpochSecond() > start.earliestEpochSecond()) {
                throw new IllegalArgumentException(end + " does not end before " + start + " starts");
            }
        }

        @Override
        public Reason reason() {
            return Reason.END_BEFORE_START;
        }
    }

    /**
     * @param detail the {@link EdtfException}'s message, in English
     * @param index the 0-based offset of the problem in the typed text, as {@link EdtfException#index()}
     */
    record InvalidEdtf(String detail, int index) implements DateProblem {
        public InvalidEdtf {
            Objects.requireNonNull(detail, "detail");
            if (index < 0) {
                throw new IllegalArgumentException("negative index " + index);
            }
        }

        @Override
        public Reason reason() {
            return Reason.INVALID_EDTF;
        }
    }
}
