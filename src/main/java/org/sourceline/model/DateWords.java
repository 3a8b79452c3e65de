package org.sourceline.model;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in words, French or English, for {@link DateInput}: the text is folded (case, accents, dashes and
 * apostrophes), cut into tokens, and read by a small grammar whose forms are listed on {@link DateInput}.
 *
 * <p>Reading happens in two steps. The grammar first decides whether the words have the shape of a date
 * ("du 26 au 24 mai 2022" has); only then are the values checked, so that a text of the right shape gets a precise
 * {@link DateProblem} (end before start) rather than "not a date". A text of no known shape gives null, and
 * {@link DateInput} decides between "not a date" and an EDTF error.
 */
final class DateWords {

    /** Words that may open the whole text and say nothing of the date: "le 25 mai", "in May 2022". */
    private static final String[][] LEADS = {{"le"}, {"the"}, {"en"}, {"in"}, {"on"}, {"at"}, {"courant"},
        {"dans", "le", "courant", "de"}, {"au", "cours", "du", "mois", "de"}, {"au", "cours", "de"}, {"during"}};
    /** Articles before a date inside a phrase: "avant le 27 mai", "au plus tard en juin". */
    private static final String[][] ARTICLES = {{"le"}, {"l"}, {"les"}, {"dans", "les"}, {"the"}, {"en"}, {"in"},
        {"on"}};

    private static final String[][] NOT_AFTER = {{"au", "plus", "tard"}, {"no", "later", "than"},
        {"not", "later", "than"}, {"on", "or", "before"}, {"by"}};
    private static final String[][] NOT_BEFORE = {{"au", "plus", "tot"}, {"pas", "avant"}, {"not", "before"},
        {"no", "earlier", "than"}, {"not", "earlier", "than"}, {"on", "or", "after"}};
    private static final String[][] BEFORE = {{"avant"}, {"before"}, {"prior", "to"}};
    private static final String[][] AFTER = {{"apres"}, {"after"}};
    private static final String[][] NOT_AFTER_SUFFIX = {{"au", "plus", "tard"}, {"at", "the", "latest"}};
    private static final String[][] NOT_BEFORE_SUFFIX = {{"au", "plus", "tot"}, {"at", "the", "earliest"}};
    private static final String[][] ONWARDS = {{"on"}, {"onwards"}, {"onward"}};
    private static final String[][] SINCE = {{"depuis"}, {"since"}};
    private static final String[][] OPENERS = {{"du"}, {"de"}, {"d"}, {"from"}};
    private static final String[][] SEPARATORS = {{"jusqu", "au"}, {"jusqu", "a"}, {"au"}, {"a"}, {"to"},
        {"until"}, {"till"}, {"through"}, {"thru"}};
    private static final String[][] EARLY = {{"au", "debut"}, {"debut"}, {"early"}, {"the", "beginning"},
        {"beginning"}, {"the", "start"}, {"start"}};
    private static final String[][] MIDDLE = {{"a", "la", "mi"}, {"mi"}, {"au", "milieu"}, {"milieu"}, {"mid"},
        {"the", "middle"}, {"middle"}};
    private static final String[][] LATE = {{"a", "la", "fin"}, {"fin"}, {"late"}, {"the", "end"}, {"end"}};
    private static final String[][] OF_MONTH = {{"du", "mois", "de"}, {"du", "mois", "d"}, {"of", "the", "month", "of"},
        {"de"}, {"d"}, {"of"}};
    private static final String[][] APPROXIMATELY = {{"vers"}, {"environ"}, {"autour", "de"}, {"autour", "du"},
        {"aux", "alentours", "de"}, {"aux", "alentours", "du"}, {"around"}, {"about"}, {"circa"}, {"c"}, {"ca"},
        {"approximately"}, {"approx"}, {"env"}};
    private static final String[][] PROBABLY = {{"probablement"}, {"peut", "etre"}, {"probably"}, {"perhaps"},
        {"maybe"}};
    private static final String[][] OF = {{"de"}, {"d"}, {"of"}};

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`]");
    private static final Pattern PERHAPS = Pattern.compile("\\bpeut-etre\\b");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2007\u202f]+");
    private static final Pattern BC = Pattern.compile(
            "\\b(?:av|avant)\\s*\\.?\\s*j\\s*\\.?\\s*-?\\s*c\\b\\s*\\.?|\\bb\\s*\\.\\s*c\\s*\\.(?:\\s*e\\s*\\.)?");
    private static final Pattern AD = Pattern.compile(
            "\\b(?:apr|apres)\\s*\\.?\\s*j\\s*\\.?\\s*-?\\s*c\\b\\s*\\.?|\\ba\\s*\\.\\s*d\\s*\\.");
    /** Day first, as in France and Britain: 25/05/2022, 25.05.2022, 25-05-2022. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{1,4})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    /** An ISO day or month inside words ("avant le 2022-05-27"); alone, such a text is EDTF and read as such. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])(?:-(\\d{2})(?!\\d)|(?!-?\\d))");
    private static final Pattern NUMBER = Pattern.compile("(\\d++)(?:(er|re|eme|e|st|nd|rd|th|s)(?![a-z]))?");
    private static final Pattern WORD = Pattern.compile("[a-z]+\\.?");

    private enum Kind {
        NUMBER,
        WORD,
        /** A whole date in figures: day, month and year, or an ISO month or day. */
        FIGURES,
        DASH,
        COMMA,
        QUESTION,
        OPEN,
        CLOSE
    }

    /**
     * @param text the word, or the digits of a number
     * @param suffix an ordinal or plural ending after a number ("er", "th", "s"), or ""
     */
    private record Token(Kind kind, String text, String suffix, Integer day, Integer month, String year) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, "", null, null, null);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    /**
     * A year as written.
     *
     * @param digits one to four digits
     * @param era -1 for a year written BC, 1 for a year written AD, 0 when no era was written
     */
    private record Year(String digits, int era) {
    }

    /**
     * A date as written, before it is checked: null for a missing part. Day and month are as typed, 0 included.
     *
     * @param decade for "années 2010", "the 2010s"; the year is then the decade's first
     */
    private record Words(Integer day, Integer month, Year year, boolean decade, DayOfWeek weekday) {
        static Words of(Integer day, Integer month, Year year, DayOfWeek weekday) {
            return new Words(day, month, year, false, weekday);
        }

        boolean isDayAlone() {
            return month == null && year == null;
        }

        Words withMonth(Integer newMonth) {
            return new Words(day, newMonth, year, decade, weekday);
        }

        Words withYearOf(Words other) {
            return new Words(day, month, other.year, false, weekday);
        }
    }

    /** A checked date of day, month or year precision (or a decade), with a calendar behind it. */
    private record Point(int year, int month, int day, boolean decade) {
        String text() {
            if (decade) {
                return EdtfPoint.padded(year / 10, 3) + "X";
            }
            String text = EdtfPoint.yearText(year);
            if (month > 0) {
                text += "-" + EdtfPoint.padded(month, 2);
            }
            if (day > 0) {
                text += "-" + EdtfPoint.padded(day, 2);
            }
            return text;
        }

        EdtfDate date() {
            return EdtfDate.parse(text());
        }

        Point previous() {
            if (decade) {
                return new Point(year - 10, 0, 0, true);
            }
            if (day > 0) {
                LocalDate d = LocalDate.of(year, month, day).minusDays(1);
                return new Point(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
            }
            if (month > 0) {
                YearMonth m = YearMonth.of(year, month).minusMonths(1);
                return new Point(m.getYear(), m.getMonthValue(), 0, false);
            }
            return new Point(year - 1, 0, 0, false);
        }

        Point next() {
            if (decade) {
                return new Point(year + 10, 0, 0, true);
            }
            if (day > 0) {
                LocalDate d = LocalDate.of(year, month, day).plusDays(1);
                return new Point(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
            }
            if (month > 0) {
                YearMonth m = YearMonth.of(year, month).plusMonths(1);
                return new Point(m.getYear(), m.getMonthValue(), 0, false);
            }
            return new Point(year + 1, 0, 0, false);
        }
    }

    /** A point that passed its checks, or the first problem found. */
    private record Checked(Point point, DateProblem problem) {
    }

    /**
     * Which side of the written date the unknown day lies on. BEFORE and AFTER leave out the written date itself, in
     * the unit it is written in: "avant juin 2022" ends with May, "après 2019" starts with 2020.
     */
    private enum Bound {
        NOT_AFTER,
        BEFORE,
        NOT_BEFORE,
        AFTER
    }

    /** A shape the grammar recognised; what it means is worked out only once the whole text has been read. */
    @FunctionalInterface
    private interface Reading {
        DateInput.Result result();
    }

    private final List<Token> tokens;
    private int pos;

    private DateWords(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The date or problem the words give, or null when they have no shape this reader knows. */
    static DateInput.Result read(String text) {
        List<Token> tokens = tokenize(fold(text));
        if (tokens == null || tokens.isEmpty()) {
            return null;
        }
        try {
            return new DateWords(tokens).phrase();
        } catch (EdtfException beyondTheCalendar) {
            // Only at the far ends of the calendar ("après 9999") does a computed date fail to be EDTF.
            return DateInput.Result.of(new DateProblem.NotADate());
        }
    }

    /** Lower case, no accents, one kind of dash, apostrophes as spaces, and eras as the words "bc" and "ad". */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = DASHES.matcher(s).replaceAll("-");
        s = APOSTROPHES.matcher(s).replaceAll(" ");
        s = PERHAPS.matcher(s).replaceAll("peut etre");
        s = BC.matcher(s).replaceAll(" bc ");
        s = AD.matcher(s).replaceAll(" ad ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The tokens, or null if the text holds a character no date in words has ('/', '[', '~'…). */
    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '.') {
                i++;
            } else if (c >= '0' && c <= '9') {
                Matcher m;
                if ((m = at(DAY_MONTH_YEAR, s, i)) != null) {
                    out.add(new Token(Kind.FIGURES, m.group(), "", Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(3)), m.group(4)));
                } else if ((m = at(YEAR_MONTH_DAY, s, i)) != null) {
                    out.add(new Token(Kind.FIGURES, m.group(), "", Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(2)), m.group(1)));
                } else if ((m = at(ISO, s, i)) != null) {
                    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                    out.add(new Token(Kind.FIGURES, m.group(), "", day, Integer.parseInt(m.group(2)), m.group(1)));
                } else {
                    m = at(NUMBER, s, i);
                    out.add(new Token(Kind.NUMBER, m.group(1), m.group(2) == null ? "" : m.group(2), null, null, null));
                }
                i = m.end();
            } else if (c >= 'a' && c <= 'z') {
                Matcher m = at(WORD, s, i);
                String word = m.group();
                out.add(Token.of(Kind.WORD, word.endsWith(".") ? word.substring(0, word.length() - 1) : word));
                i = m.end();
            } else {
                Kind kind = switch (c) {
                    case '-' -> Kind.DASH;
                    case ',' -> Kind.COMMA;
                    case '?' -> Kind.QUESTION;
                    case '(' -> Kind.OPEN;
                    case ')' -> Kind.CLOSE;
                    default -> null;
                };
                if (kind == null) {
                    return null;
                }
                out.add(Token.of(kind, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static Matcher at(Pattern pattern, String s, int from) {
        Matcher m = pattern.matcher(s).region(from, s.length());
        return m.lookingAt() ? m : null;
    }

    // ---- The grammar: each form returns a Reading if the tokens from pos have its shape, or null ----

    private DateInput.Result phrase() {
        boolean lead = accept(LEADS) != null;
        DateInput.Result result = forms(pos, lead);
        // "on or before" opens with what looks like a lead: try again with it.
        return result == null && lead ? forms(0, false) : result;
    }

    private DateInput.Result forms(int from, boolean lead) {
        List<Supplier<Reading>> forms = List.of(
                this::bound, this::boundAfter, this::fromOn, this::since, this::between, this::interval,
                this::partOfMonth, () -> single(lead));
        for (Supplier<Reading> form : forms) {
            pos = from;
            Reading reading = form.get();
            if (reading != null && pos == tokens.size()) {
                return reading.result();
            }
        }
        return null;
    }

    /** "avant le 27 mai 2022", "no later than May 2022", "au plus tôt le 1er mars 2022". */
    private Reading bound() {
        Bound kind = accept(NOT_AFTER) != null ? Bound.NOT_AFTER
                : accept(NOT_BEFORE) != null ? Bound.NOT_BEFORE
                : accept(BEFORE) != null ? Bound.BEFORE
                : accept(AFTER) != null ? Bound.AFTER
                : null;
        if (kind == null) {
            return null;
        }
        Words words = point();
        if (words == null || words.isDayAlone()) {
            return null;
        }
        return () -> bounded(kind, words);
    }

    /** "le 27 mai 2022 au plus tard", "1 March 2022 at the earliest". */
    private Reading boundAfter() {
        Words words = point();
        if (words == null || words.isDayAlone()) {
            return null;
        }
        if (accept(NOT_AFTER_SUFFIX) != null) {
            return () -> bounded(Bound.NOT_AFTER, words);
        }
        if (accept(NOT_BEFORE_SUFFIX) != null) {
            return () -> bounded(Bound.NOT_BEFORE, words);
        }
        return null;
    }

    /** "from 1 March 2022 on": on or after. French "à partir de" is left out: it also opens what lasted. */
    private Reading fromOn() {
        if (!acceptWords("from")) {
            return null;
        }
        Words words = point();
        if (words == null || words.isDayAlone() || accept(ONWARDS) == null) {
            return null;
        }
        return () -> bounded(Bound.NOT_BEFORE, words);
    }

    private static DateInput.Result bounded(Bound kind, Words words) {
        Checked checked = check(words);
        if (checked.problem() != null) {
            return DateInput.Result.of(checked.problem());
        }
        Point p = checked.point();
        String text = switch (kind) {
            case NOT_AFTER -> "[.." + p.text() + "]";
            case BEFORE -> "[.." + p.previous().text() + "]";
            case NOT_BEFORE -> "[" + p.text() + "..]";
            case AFTER -> "[" + p.next().text() + "..]";
        };
        return DateInput.Result.of(EdtfDate.parse(text));
    }

    /** "depuis mai 2022", "since 2019": begun then and still going. */
    private Reading since() {
        if (accept(SINCE) == null) {
            return null;
        }
        Words words = point();
        if (words == null || words.isDayAlone()) {
            return null;
        }
        return () -> {
            Checked checked = check(words);
            return checked.problem() != null ? DateInput.Result.of(checked.problem())
                    : DateInput.Result.of(EdtfDate.parse(checked.point().text() + "/.."));
        };
    }

    /** "entre le 21 et le 24 avril 2024", "between 30 May and 2 June 2022": one unknown day within. */
    private Reading between() {
        String[] and;
        if (acceptWords("entre")) {
            and = new String[] {"et"};
        } else if (acceptWords("between")) {
            and = new String[] {"and"};
        } else {
            return null;
        }
        Words start = point();
        if (start == null || !acceptWords(and)) {
            return null;
        }
        Words end = point();
        if (!canEnd(start, end)) {
            return null;
        }
        return () -> twoEnds(start, end, true);
    }

    /** "du 24 au 26 mai 2022", "from May to July 2022", "24–26 May 2022", "2019-2021": a thing that lasted. */
    private Reading interval() {
        accept(OPENERS);
        Words start = point();
        if (start == null) {
            return null;
        }
        if (!accept(Kind.DASH) && accept(SEPARATORS) == null) {
            return null;
        }
        Words end = point();
        if (!canEnd(start, end)) {
            return null;
        }
        return () -> twoEnds(start, end, false);
    }

    /**
     * An end has a month or a year of its own, or takes the start's month ("May 24–26"). This keeps "2022-13" (a
     * year, a dash, a number) out of the intervals: it is left to the EDTF reader.
     */
    private static boolean canEnd(Words start, Words end) {
        return end != null && (end.month() != null || end.year() != null
                || end.day() != null && start.month() != null);
    }

    /**
     * Two ends, the start written short. The end's month and year apply to a start that lacks them ("du 24 au 26
     * mai 2022" starts on 24 May 2022), and the start's month to an end that lacks it ("May 24–26, 2022"). Nothing
     * else is guessed: "du 30 au 2 juin 2022" ends before it starts, and says so.
     */
    private static DateInput.Result twoEnds(Words start, Words end, boolean oneOfRange) {
        if (end.month() == null && end.day() != null) {
            end = end.withMonth(start.month());
        }
        if (start.year() == null && end.year() != null) {
            if (start.month() == null) {
                start = start.withMonth(end.month());
            }
            start = start.withYearOf(end);
        }
        Checked first = check(start);
        if (first.problem() != null) {
            return DateInput.Result.of(first.problem());
        }
        Checked last = check(end);
        if (last.problem() != null) {
            return DateInput.Result.of(last.problem());
        }
        EdtfDate from = first.point().date();
        EdtfDate to = last.point().date();
        if (to.latestEpochSecond() <= from.earliestEpochSecond()) {
            return DateInput.Result.of(new DateProblem.EndBeforeStart(from, to));
        }
        String text = oneOfRange ? "[" + from + ".." + to + "]" : from + "/" + to;
        return DateInput.Result.of(EdtfDate.parse(text));
    }

    /** "début juin 2022", "mi-février 2022", "late May 2022": a third of the month, one day unknown within. */
    private Reading partOfMonth() {
        int part = accept(EARLY) != null ? 0 : accept(MIDDLE) != null ? 1 : accept(LATE) != null ? 2 : -1;
        if (part < 0) {
            return null;
        }
        accept(Kind.DASH);
        accept(OF_MONTH);
        Integer month = month(peek());
        if (month == null) {
            return null;
        }
        pos++;
        accept(OF);
        Words words = Words.of(null, month, year(), null);
        return () -> {
            Checked checked = check(words);
            if (checked.problem() != null) {
                return DateInput.Result.of(checked.problem());
            }
            Point p = checked.point();
            int last = YearMonth.of(p.year(), p.month()).lengthOfMonth();
            int firstDay = 1 + 10 * part;
            int lastDay = part == 2 ? last : 10 * (part + 1);
            return DateInput.Result.of(EdtfDate.parse("[" + new Point(p.year(), p.month(), firstDay, false).text()
                    + ".." + new Point(p.year(), p.month(), lastDay, false).text() + "]"));
        };
    }

    /** One date, perhaps "vers"/"circa" (~) or "probablement"/"?" (?) or both (%). */
    private Reading single(boolean lead) {
        boolean approximate = false;
        boolean uncertain = false;
        while (true) {
            if (accept(APPROXIMATELY) != null) {
                approximate = true;
            } else if (accept(PROBABLY) != null) {
                uncertain = true;
            } else {
                break;
            }
        }
        int from = pos;
        Words words = point();
        if (words == null || words.isDayAlone()) {
            return null;
        }
        boolean bareNumber = pos == from + 1 && tokens.get(from).kind() == Kind.NUMBER
                && tokens.get(from).suffix().isEmpty();
        if (acceptWords("environ")) {
            approximate = true;
        }
        if (accept(Kind.QUESTION)) {
            uncertain = true;
        } else if (accept(Kind.OPEN)) {
            if (!acceptWords("incertain") && !acceptWords("uncertain") || !accept(Kind.CLOSE)) {
                return null;
            }
            uncertain = true;
        }
        if (bareNumber && !lead && !approximate && !uncertain) {
            // A lone number is left to the EDTF reader: "2022" is EDTF, and "202" is a year being typed.
            return null;
        }
        String qualifier = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
        return () -> {
            Checked checked = check(words);
            if (checked.problem() != null) {
                return DateInput.Result.of(checked.problem());
            }
            return DateInput.Result.of(EdtfDate.parse(checked.point().text() + qualifier));
        };
    }

    /**
     * One date as written, perhaps short of its month or year: "25 mai 2022", "May 25, 2022", "mercredi 25 mai",
     * "mai", "2022", "24", "26, 2022", "les années 2010", "44 av. J.-C.", "25/05/2022".
     */
    private Words point() {
        accept(ARTICLES);
        DayOfWeek weekday = weekday(peek());
        if (weekday != null) {
            pos++;
            accept(Kind.COMMA);
            accept(ARTICLES);
        }
        Token t = peek();
        if (t == null) {
            return null;
        }
        if (t.kind() == Kind.FIGURES) {
            pos++;
            return Words.of(t.day(), t.month(), new Year(t.year(), 0), weekday);
        }
        if (t.isWord("annees") && weekday == null) {
            pos++;
            Token n = peek();
            if (n == null || n.kind() != Kind.NUMBER || !n.suffix().isEmpty()) {
                return null;
            }
            pos++;
            return decade(n.text());
        }
        if (t.isWord("premier")) {
            pos++;
            return dayThenMonth(1, weekday);
        }
        if (t.kind() == Kind.NUMBER) {
            pos++;
            if (t.suffix().equals("s")) {
                return weekday == null ? decade(t.text()) : null;
            }
            Integer era = era(peek());
            if (era != null) {
                pos++;
                return t.suffix().isEmpty() && t.text().length() <= 4 && weekday == null
                        ? Words.of(null, null, new Year(t.text(), era), null) : null;
            }
            if (t.text().length() <= 2) {
                return dayThenMonth(Integer.parseInt(t.text()), weekday);
            }
            return t.suffix().isEmpty() && t.text().length() <= 4
                    ? Words.of(null, null, new Year(t.text(), 0), weekday) : null;
        }
        Integer month = month(t);
        if (month == null) {
            return null;
        }
        pos++;
        accept(OF);
        Token n = peek();
        if (n != null && n.kind() == Kind.NUMBER && n.text().length() <= 2 && !n.suffix().equals("s")
                && era(peek(1)) == null && Integer.parseInt(n.text()) <= 31) {
            // Month first, as in American English: "May 25, 2022", "May 25".
            pos++;
            accept(Kind.COMMA);
            return Words.of(Integer.parseInt(n.text()), month, year(), weekday);
        }
        return Words.of(null, month, year(), weekday);
    }

    /** After a day number: its month and year, or a year alone ("26, 2022" in "May 24–26, 2022"), or nothing. */
    private Words dayThenMonth(int day, DayOfWeek weekday) {
        int save = pos;
        accept(OF);
        Integer month = month(peek());
        if (month != null) {
            pos++;
            accept(OF);
            accept(Kind.COMMA);
            return Words.of(day, month, year(), weekday);
        }
        pos = save;
        accept(Kind.COMMA);
        Token n = peek();
        if (n != null && n.kind() == Kind.NUMBER && n.text().length() >= 3) {
            Year year = year();
            if (year != null) {
                return Words.of(day, null, year, weekday);
            }
        }
        pos = save;
        return Words.of(day, null, null, weekday);
    }

    /** A year number, with its era if one is written; null if there is none. */
    private Year year() {
        Token t = peek();
        if (t == null || t.kind() != Kind.NUMBER || !t.suffix().isEmpty() || t.text().length() > 4) {
            return null;
        }
        pos++;
        Integer era = era(peek());
        if (era != null) {
            pos++;
        }
        return new Year(t.text(), era == null ? 0 : era);
    }

    private static Words decade(String digits) {
        return digits.length() == 4 && digits.endsWith("0") ? new Words(null, null, new Year(digits, 0), true, null)
                : null;
    }

    /** The checks that need the calendar: a year in full, months and days that exist, the weekday. */
    private static Checked check(Words w) {
        if (w.year() == null) {
            return problem(new DateProblem.YearMissing());
        }
        String digits = w.year().digits();
        if (w.decade()) {
            return new Checked(new Point(Integer.parseInt(digits), 0, 0, true), null);
        }
        if (w.year().era() == 0 && digits.length() <= 2) {
            return problem(new DateProblem.YearNotInFull(digits));
        }
        int written = Integer.parseInt(digits);
        boolean bc = w.year().era() < 0;
        if (bc && written == 0 || w.month() == null && (w.day() != null || w.weekday() != null)) {
            return problem(new DateProblem.NotADate());
        }
        int year = bc ? 1 - written : written;
        if (w.month() == null) {
            return new Checked(new Point(year, 0, 0, false), null);
        }
        int month = w.month();
        if (month < 1 || month > 12) {
            return problem(new DateProblem.NoSuchMonth(month));
        }
        if (w.day() == null) {
            return w.weekday() != null ? problem(new DateProblem.NotADate())
                    : new Checked(new Point(year, month, 0, false), null);
        }
        int day = w.day();
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return problem(new DateProblem.NoSuchDay(year, month, day));
        }
        Point point = new Point(year, month, day, false);
        if (w.weekday() != null && LocalDate.of(year, month, day).getDayOfWeek() != w.weekday()) {
            return problem(new DateProblem.WrongWeekday(point.date(), w.weekday()));
        }
        return new Checked(point, null);
    }

    private static Checked problem(DateProblem problem) {
        return new Checked(null, problem);
    }

    // ---- Tokens ----

    private Token peek() {
        return peek(0);
    }

    private Token peek(int ahead) {
        return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
    }

    private boolean accept(Kind kind) {
        Token t = peek();
        if (t != null && t.kind() == kind) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            Token t = peek(i);
            if (t == null || !t.isWord(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    /** The first of the word sequences that stands at pos, consumed; null if none does. */
    private String[] accept(String[][] choices) {
        for (String[] words : choices) {
            if (acceptWords(words)) {
                return words;
            }
        }
        return null;
    }

    private static Integer month(Token t) {
        if (t == null || t.kind() != Kind.WORD) {
            return null;
        }
        int month = CalendarWords.month(t.text());
        return month == 0 ? null : month;
    }

    private static DayOfWeek weekday(Token t) {
        return t != null && t.kind() == Kind.WORD ? CalendarWords.weekday(t.text()) : null;
    }

    private static Integer era(Token t) {
        if (t == null || t.kind() != Kind.WORD) {
            return null;
        }
        return switch (t.text()) {
            case "bc", "bce" -> -1;
            case "ad" -> 1;
            default -> null;
        };
    }
}
