package org.sourceline.dates;

import java.util.List;
import java.util.Objects;
import org.sourceline.model.EdtfDate;

/**
 * A date expression found in an article's text, and the date it gives.
 *
 * @param start UTF-16 offset of the phrase's first character in the article's text
 * @param end UTF-16 offset after its last character
 * @param text the phrase exactly as written: {@code article.substring(start, end)}
 * @param date what the phrase says, never narrower than its words allow
 * @param kind whether the date needed the publication date, and how
 * @param problems what a reader should check before trusting the date, in the order of {@link Problem}; empty
 *     for most dates
 */
public record FoundDate(int start, int end, String text, EdtfDate date, Kind kind, List<Problem> problems) {

    /** How much of the date comes from the words and how much from the publication date. */
    public enum Kind {
        /** The words give the whole date: "25 mai 2022", "en 2019", "les années 1990", "au printemps 2021". */
        ABSOLUTE,
        /**
         * The words give a day or month but no year, which is the one that puts them nearest the publication date
         * ("le 28 décembre", "fin mai", "au printemps"), or the last or next one before or after it ("en mai
         * dernier", "last May").
         */
        YEAR_FROM_PUBLICATION,
        /** The words count from the publication date: "hier", "mercredi dernier", "il y a deux ans", "last week". */
        RELATIVE
    }

    /** Something in or around the phrase that makes its date doubtful; the date is still the words' best reading. */
    public enum Problem {
        /** The weekday written is not the date's own ("mercredi 26 mai 2022"): the date is read without it. */
        WEEKDAY_MISMATCH,
        /** The day does not exist in its month ("31 avril 2022"): the date is the month alone. */
        NO_SUCH_DAY,
        /**
         * In an English text, "05/06/2022" could be 5 June or 6 May: the date is one day from the one to the other,
         * {@code [2022-05-06..2022-06-05]}.
         */
        DAY_MONTH_ORDER_ASSUMED,
        /**
         * The date was worked out from a publication date that is itself uncertain or approximate ({@code
         * 2022-05-26?}), or open on one side.
         */
        PUBLICATION_UNCERTAIN
    }

    public FoundDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("phrase \"" + text + "\" does not fit " + start + ".." + end);
        }
        problems = problems.stream().distinct().sorted().toList();
    }

    /** Whether nothing makes the date doubtful. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
