package org.sourceline.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a person types it into a date field, read into an {@link EdtfDate} or refused with a
 * {@link DateProblem} precise enough for an inline message.
 *
 * <p>French and English are both read whatever the language of the interface; case, accents and extra spaces do
 * not matter, and the text may open with "le", "the", "en", "in", "on" or "at". The date never claims more than
 * the words give: "mai 2022" is a month, "fin mai 2022" one unknown day among the last eleven of May, "vers le
 * 25 mai 2022" an approximate day.
 *
 * <h2>Forms read</h2>
 * <ul>
 *   <li>Any valid EDTF, as it is: {@code 2022-05-24/2022-05-26}, {@code [..2022-06]}, {@code 2022-02~}.
 *   <li>A day, a month, a year: "25 mai 2022", "le 1er mars 2022", "premier mai 2022", "May 25, 2022",
 *       "3 June 2022", "the 3rd of June 2022", "mai 2022", "May 2022", "courant mai 2022", "during May 2022",
 *       "en 2019", "in 800", "25/05/2022", "25.05.2022", "25-05-2022" (day first), "2022/05/25",
 *       "le 2022-05-25". A weekday may precede a day and must be its own: "mercredi 25 mai 2022". Decades:
 *       "les années 2010", "the 2010s" ({@code 201X}). Eras: "44 av. J.-C.", "44 BC" ({@code -0043}),
 *       "33 apr. J.-C.", "33 AD".
 *   <li>A third of a month, as a one-of-a-range: "début juin 2022", "early June 2022", "beginning of June 2022"
 *       → {@code [2022-06-01..2022-06-10]}; "mi-février 2022", "mid-February 2022", "the middle of February
 *       2022" → {@code [2022-02-11..2022-02-20]}; "fin mai 2022", "late May 2022", "end of May 2022" →
 *       {@code [2022-05-21..2022-05-31]}, up to the month's own last day.
 *   <li>Approximate or uncertain: "vers le 25 mai 2022", "environ mai 2022", "around 25 May 2022", "about
 *       2019", "circa 2019", "c. 2019", "ca. 2019", "2019 environ" → {@code ~}; "probablement en 2019",
 *       "probably 2019", "perhaps 2019", "2019 ?", "25 mai 2022 (incertain)" → {@code ?}; both → {@code %}.
 *   <li>Something that lasted, {@code A/B}: "du 24 au 26 mai 2022", "from 24 to 26 May 2022", "24–26 May
 *       2022", "May 24–26, 2022", "du 20 novembre au 18 décembre 2022", "30 mai – 2 juin 2022", "du 30 décembre
 *       2022 au 2 janvier 2023", "de mai à juillet 2022", "from May to July 2022", "2019–2021";
 *       "depuis mai 2022", "since 2019" → {@code 2022-05/..}.
 *   <li>One unknown day in a range, {@code [A..B]}: "entre le 21 et le 24 avril 2024", "between 21 and 24
 *       April 2024", "between 30 May and 2 June 2022".
 *   <li>Bounds: "au plus tard le 27 mai 2022", "no later than 27 May 2022", "by 27 May 2022", "on or before
 *       27 May 2022", "le 27 mai 2022 au plus tard", "27 May 2022 at the latest" → {@code [..2022-05-27]};
 *       "avant le 27 mai 2022", "before 27 May 2022" → {@code [..2022-05-26]} (strictly before, in the unit
 *       written: "avant juin 2022" → {@code [..2022-05]}); "après le 1er mars 2022", "after 1 March 2022" →
 *       {@code [2022-03-02..]}; "au plus tôt le 1er mars 2022", "not before 1 March 2022", "no earlier than
 *       1 March 2022", "on or after 1 March 2022", "from 1 March 2022 on" → {@code [2022-03-01..]}.
 * </ul>
 *
 * <h2>Not read, on purpose</h2>
 * "à partir du 1er mars 2022" and "jusqu’en juin 2022", "until June 2022": each may open or close something that
 * lasted ({@code 2022-03-01/}, {@code /2022-06}) or bound one unknown day ({@code [2022-03-01..]}), and an open
 * end cannot be told from an unknown one; the EDTF is typed instead. Parts of a year ("début 2022", "mid-2022")
 * and centuries ("XIXe siècle": 1801–1900, which X digits cannot say): no width for them is agreed. Times in
 * words ("à 14 h 30"): the EDTF takes them ({@code 2022-05-25T14:30}).
 *
 * <h2>Two ends written short</h2>
 * The end of an interval or range is written in full and lends what the start lacks: its year, and its month to a
 * start that is a bare day. "du 24 au 26 mai 2022" is {@code 2022-05-24/2022-05-26}, "from May to July 2022" is
 * {@code 2022-05/2022-07}, "du 20 novembre au 18 décembre 2022" starts in November 2022. In the American order the
 * start's month goes to an end that is a bare day: "May 24–26, 2022". Nothing more is guessed: "du 30 au 2 juin
 * 2022" and "de novembre à février 2023" end before they start, and are refused as such, so that the year or
 * month missing at the start gets typed rather than invented.
 *
 * <h2>Refused</h2>
 * A year of one or two digits ("25/05/22": which century?), a day or month without a year ("25 mai"), a
 * day the month does not have, a weekday that is not the date's, an end before the start, invalid EDTF (with the
 * EDTF reader's message and the position in the typed text), and anything else, which is not a date.
 */
public final class DateInput {

    /** Characters of EDTF text: a text made only of these is EDTF being typed, and gets the EDTF reader's error. */
    private static final String EDTF_CHAR = "[\\dXxTtZzYy:+\\-/.~?%\\[\\]\\s]";
    private static final Pattern EDTF_LIKE = Pattern.compile(EDTF_CHAR + "*\\d" + EDTF_CHAR + "*");
    private static final Pattern EDTF_DAY = Pattern.compile("(-?\\d{4})-(\\d{2})(?:-(\\d{2}))?(?!\\d)");

    private DateInput() {
    }

    /** What the text is: a date, or why not. Never throws for a non-null text. */
    public static Result read(String typed) {
        Objects.requireNonNull(typed, "typed");
        int first = 0;
        int last = typed.length();
        while (first < last && isSpace(typed.charAt(first))) {
            first++;
        }
        while (last > first && isSpace(typed.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            return Result.of(new DateProblem.Empty());
        }
        String text = typed.substring(first, last);
        EdtfException notEdtf;
        try {
            return Result.of(EdtfDate.parse(text));
        } catch (EdtfException e) {
            notEdtf = e;
        }
        Result words = DateWords.read(text);
        if (words != null) {
            return words;
        }
        if (EDTF_LIKE.matcher(text).matches()) {
            return Result.of(edtfProblem(text, notEdtf, first));
        }
        return Result.of(new DateProblem.NotADate());
    }

    /**
     * What is wrong with EDTF-looking text, in the user's terms when it can be said so: a month or day that does
     * not exist, an end before the start; otherwise the EDTF reader's own message, placed in the typed text.
     */
    private static DateProblem edtfProblem(String text, EdtfException error, int offset) {
        List<String> ends = ends(text);
        for (String end : ends) {
            Matcher m = EDTF_DAY.matcher(end);
            if (!m.lookingAt()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            boolean season = month >= 21 && month <= 41;
            if ((month < 1 || month > 12) && !season) {
                return new DateProblem.NoSuchMonth(month);
            }
            if (m.group(3) != null && !season) {
                int day = Integer.parseInt(m.group(3));
                if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                    return new DateProblem.NoSuchDay(year, month, day);
                }
            }
        }
        if (ends.size() == 2) {
            Optional<EdtfDate> start = edtf(ends.get(0));
            Optional<EdtfDate> end = edtf(ends.get(1));
            if (start.isPresent() && end.isPresent()
                    && end.get().latestEpochSecond() <= start.get().earliestEpochSecond()) {
                return new DateProblem.EndBeforeStart(start.get(), end.get());
            }
        }
        return new DateProblem.InvalidEdtf(error.getMessage(), offset + error.index());
    }

    /** The one or two dates of an EDTF text: both ends of {@code A/B} or {@code [A..B]}, or the text itself. */
    private static List<String> ends(String text) {
        List<String> ends = new ArrayList<>();
        int slash = text.indexOf('/');
        if (text.startsWith("[") && text.endsWith("]") && text.indexOf("..") > 0) {
            String inside = text.substring(1, text.length() - 1);
            int dots = inside.indexOf("..");
            ends.add(inside.substring(0, dots));
            ends.add(inside.substring(dots + 2));
        } else if (slash >= 0 && slash == text.lastIndexOf('/')) {
            ends.add(text.substring(0, slash));
            ends.add(text.substring(slash + 1));
        } else {
            ends.add(text);
        }
        return ends;
    }

    private static Optional<EdtfDate> edtf(String text) {
        try {
            return Optional.of(EdtfDate.parse(text));
        } catch (EdtfException e) {
            return Optional.empty();
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A date, or the problem that kept the text from being one. */
    public static final class Result {
        private final EdtfDate date;
        private final DateProblem problem;

        private Result(EdtfDate date, DateProblem problem) {
            this.date = date;
            this.problem = problem;
        }

        public static Result of(EdtfDate date) {
            return new Result(Objects.requireNonNull(date, "date"), null);
        }

        public static Result of(DateProblem problem) {
            return new Result(null, Objects.requireNonNull(problem, "problem"));
        }

        public boolean isDate() {
            return date != null;
        }

        /** The date read; empty if the text is not one. */
        public Optional<EdtfDate> date() {
            return Optional.ofNullable(date);
        }

        /** Why the text is not a date; empty if it is one. */
        public Optional<DateProblem> problem() {
            return Optional.ofNullable(problem);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Result that && Objects.equals(date, that.date)
                    && Objects.equals(problem, that.problem);
        }

        @Override
        public int hashCode() {
            return Objects.hash(date, problem);
        }

        @Override
        public String toString() {
            return date != null ? "Result[" + date + "]" : "Result[" + problem + "]";
        }
    }
}
