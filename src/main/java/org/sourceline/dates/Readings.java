package org.sourceline.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.dates.ArticleText.Token;
import org.sourceline.dates.ArticleText.Type;
import org.sourceline.dates.FoundDate.Kind;
import org.sourceline.dates.FoundDate.Problem;
import org.sourceline.dates.PhraseRules.Which;
import org.sourceline.dates.Scan.Candidate;
import org.sourceline.model.CalendarWords;
import org.sourceline.model.DateInput;
import org.sourceline.model.DateProblem;
import org.sourceline.model.EdtfDate;

/**
 * Dates read by {@link DateInput}, the reader of typed dates, from stretches of the article: the longest stretch
 * from a token that DateInput reads as a date is the phrase. What DateInput refuses in a date field but a
 * newspaper writes every day is taken up here: a day or month without its year gets the publication's (the
 * nearest), a weekday that is not the date's is flagged rather than refused, and so is a day the month does not
 * have; a number alone is a year only with a word that says so.
 */
final class Readings {

    /** Words that make a lone four-figure number a year: "en 2019", "depuis 2019", "avant 2019", "by 2030". */
    private static final Set<String> YEAR_CUES = Set.of("en", "in", "depuis", "since", "avant", "apres", "before",
            "after", "prior", "by", "vers", "circa", "c", "ca", "tard", "tot", "later", "earlier", "during",
            "courant", "entre", "between", "from", "onwards", "onward", "cours");
    /** Words that make it a year only when nothing follows it: "around 2019," but not "around 2000 people". */
    private static final Set<String> APPROXIMATIONS = Set.of("environ", "about", "around", "approximately",
            "approx", "env", "autour", "alentours");
    /** English words that are also a month's or weekday's name, and name it only with a capital. */
    private static final Set<String> COMMON_WORDS = Set.of("may", "march", "mar", "sun", "sat", "wed", "mon");
    /** Words that say nothing of which date: they do not make a lone month a date. */
    private static final Set<String> ARTICLES = Set.of("le", "l", "la", "the", "of", "de", "d", "on", "at");
    /** Words after a number that make it an hour. */
    private static final Set<String> HOUR_WORDS = Set.of("h", "heure", "heures", "am", "pm", "gmt", "utc",
            "o");
    private static final Set<String> ERA_WORDS = Set.of("bc", "bce", "ad", "j");
    /** Short words that take a period inside a date: "av. J.-C.", "c. 2019", "B.C.". */
    private static final Set<String> DOTTED = Set.of("av", "apr", "j", "c", "ca", "b", "a", "d", "e", "approx",
            "env", "st", "nd", "rd", "th", "er");
    private static final Pattern FIGURES = Pattern.compile("(?<!\\d)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");

    private final Scan scan;
    private final ArticleText text;

    Readings(Scan scan) {
        this.scan = scan;
        this.text = scan.text();
    }

    /** The longest stretch from token {@code first} that reads as a date, or null. */
    Candidate at(int first) {
        int limit = limit(first);
        if (!scan.hasAnchor(first, limit)) {
            return null;
        }
        for (int last = limit; last >= first; last--) {
            if (!canEnd(last) || endsOnHour(last) || !scan.hasAnchor(first, last)
                    || !scan.continuesAlone(first, last)) {
                continue;
            }
            Candidate c = read(first, last);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The last token a phrase from {@code first} may reach: same line, no glued number, no foreign mark. */
    private int limit(int first) {
        int last = first;
        int end = Math.min(text.size() - 1, first + scan.longest() - 1);
        while (last < end) {
            Token next = text.get(last + 1);
            if (next.lineBefore() || next.glued()
                    || next.type() == Type.MARK && "-,.'()?/".indexOf(next.folded().charAt(0)) < 0
                    || next.isMark('.') && !abbreviationPeriod(last + 1)) {
                break;
            }
            last++;
        }
        return last;
    }

    /**
     * A period inside a phrase belongs to figures ("25.05.2022") or to an abbreviation ("janv.", "av. J.-C.",
     * "c. 2019"); any other ends a sentence, and "en mai. 2022 a été…" is no date.
     */
    private boolean abbreviationPeriod(int dot) {
        Token before = text.get(dot - 1);
        Token after = text.get(dot + 1);
        if (after == null || !after.spaceBefore()) {
            return true;
        }
        return before.type() == Type.WORD && (CalendarWords.isShortMonth(before.folded())
                || CalendarWords.isShortWeekday(before.folded()) || DOTTED.contains(before.folded()));
    }

    /** A number that is an hour: "à 14 h 30", "at 9 a.m.", "14:30". A time is no day of the month. */
    private boolean endsOnHour(int last) {
        Token t = text.get(last);
        Token after = text.get(last + 1);
        if (t.type() != Type.NUMBER || after == null || after.lineBefore()) {
            return false;
        }
        if (after.type() == Type.WORD && HOUR_WORDS.contains(after.folded())) {
            return true;
        }
        Token afterThat = text.get(last + 2);
        if (after.isWord("a") && afterThat != null && afterThat.isMark('.')) {
            Token m = text.get(last + 3);
            return m != null && m.isWord("m");
        }
        return after.isMark(':') && !after.spaceBefore() && afterThat != null
                && afterThat.type() == Type.NUMBER && !afterThat.spaceBefore();
    }

    private boolean canEnd(int last) {
        Token t = text.get(last);
        if (t.type() == Type.WORD || t.type() == Type.NUMBER) {
            return true;
        }
        if (t.isMark(')') || t.isMark('?')) {
            return true;
        }
        // "44 av. J.-C.", "44 B.C.": the era's last period.
        Token before = text.get(last - 1);
        return t.isMark('.') && before != null && (before.isWord("c") || before.isWord("d") || before.isWord("e"))
                && !t.spaceBefore();
    }

    private Candidate read(int first, int last) {
        String phrase = text.span(first, last);
        DateInput.Result result = DateInput.read(phrase);
        if (result.isDate()) {
            return absolute(first, last, phrase, result.date().orElseThrow(), List.of());
        }
        DateProblem problem = result.problem().orElseThrow();
        return switch (problem.reason()) {
            case WRONG_WEEKDAY -> {
                EdtfDate date = DateInput.read(withoutWeekdays(phrase)).date().orElse(null);
                yield date == null ? null : absolute(first, last, phrase, date, List.of(Problem.WEEKDAY_MISMATCH));
            }
            case YEAR_MISSING -> completed(first, last);
            case NO_SUCH_DAY -> noSuchDay(first, last, (DateProblem.NoSuchDay) problem);
            case NO_SUCH_MONTH -> scan.english() ? monthFirst(first, last, phrase) : null;
            default -> null;
        };
    }

    // ---- Dates the words give whole ----

    private Candidate absolute(int first, int last, String phrase, EdtfDate date, List<Problem> problems) {
        if (!wordsFit(first, last)) {
            return null;
        }
        if (date.precision() == EdtfDate.Precision.YEAR && monthWords(first, last).isEmpty()
                && !isDecade(date) && !yearStandsAsYear(first, last)) {
            return null;
        }
        if (text.get(first).type() == Type.NUMBER && scan.followsReference(first)) {
            return null;
        }
        if (!yearsFit(first, last)) {
            return null;
        }
        List<Problem> all = new ArrayList<>(problems);
        if (scan.english() && dayMonthAmbiguous(phrase)) {
            all.add(Problem.DAY_MONTH_ORDER_ASSUMED);
            date = eitherOrder(date);
        }
        return new Candidate(first, last, date, Kind.ABSOLUTE, all);
    }

    /**
     * "05/06/2022" in English: 5 June read day first, 6 May read month first. Neither is sure, so the date is one
     * unknown day from the earlier to the later ({@code [2022-05-06..2022-06-05]}): wider, never wrong.
     */
    static EdtfDate eitherOrder(EdtfDate dayFirst) {
        String text = dayFirst.toString();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return dayFirst;
        }
        String swapped = text.substring(0, 5) + text.substring(8, 10) + "-" + text.substring(5, 7);
        if (swapped.equals(text)) {
            return dayFirst;
        }
        try {
            EdtfDate other = EdtfDate.parse(swapped);
            boolean first = EdtfDate.CHRONOLOGICAL.compare(dayFirst, other) < 0;
            return EdtfDate.parse("[" + (first ? text : swapped) + ".." + (first ? swapped : text) + "]");
        } catch (IllegalArgumentException e) {
            return dayFirst;
        }
    }

    /** No lower-case "may" or "march", no short month without its period unless a day or a capital says so. */
    private boolean wordsFit(int first, int last) {
        boolean day = hasDay(first, last);
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() != Type.WORD) {
                continue;
            }
            if (COMMON_WORDS.contains(t.folded()) && !t.capital()) {
                return false;
            }
            Token after = text.get(k + 1);
            boolean dotted = after != null && after.isMark('.') && !after.spaceBefore();
            if (CalendarWords.isShortMonth(t.folded()) && !dotted && !day && !t.capital()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every year written in figures is one a newspaper could mean, and the phrase does not end on a count: "from 24
     * to 26 May, 3000 officers" holds no year 3000.
     */
    private boolean yearsFit(int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() == Type.NUMBER && t.folded().length() == 4 && !scan.plausibleYear(t.value())) {
                return false;
            }
        }
        Token end = text.get(last);
        Token after = text.get(last + 1);
        return end.type() != Type.NUMBER || after == null || after.lineBefore()
                || !(after.type() == Type.WORD && Scan.COUNT_NOUNS.contains(after.folded())
                        || after.type() == Type.MARK && "%€$£".contains(after.folded()));
    }

    private static boolean isDecade(EdtfDate date) {
        return date.toString().contains("X");
    }

    /**
     * A phrase whose only figures are years: two of them make a span ("1939-1945", "entre 2019 et 2021"), one
     * needs a word that makes it a year ("en 2019"), and none may be a count ("en 2022 euros").
     */
    private boolean yearStandsAsYear(int first, int last) {
        int numbers = 0;
        boolean notAYear = false;
        boolean era = false;
        boolean cue = false;
        boolean approximate = false;
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() == Type.NUMBER) {
                numbers++;
                notAYear |= !t.isPlainNumber() || t.folded().length() != 4 || !scan.plausibleYear(t.value());
            } else if (t.type() == Type.WORD) {
                cue |= YEAR_CUES.contains(t.folded());
                approximate |= APPROXIMATIONS.contains(t.folded());
                era |= ERA_WORDS.contains(t.folded());
            }
        }
        if (notAYear && !era) {
            return false;
        }
        Token after = text.get(last + 1);
        if (after != null && (after.type() == Type.WORD && Scan.COUNT_NOUNS.contains(after.folded())
                || after.type() == Type.MARK && "%€$£".contains(after.folded()))) {
            return false;
        }
        if (numbers >= 2 || era || cue) {
            return true;
        }
        return approximate && (after == null || after.type() == Type.MARK || after.lineBefore());
    }

    /** "05/06/2022" in English: 5 June or 6 May. */
    private static boolean dayMonthAmbiguous(String phrase) {
        Matcher m = FIGURES.matcher(phrase);
        if (!m.find()) {
            return false;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        return a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12;
    }

    /** "05/25/2022" in an English text: no month 25, so the American order. */
    private Candidate monthFirst(int first, int last, String phrase) {
        Matcher m = FIGURES.matcher(phrase);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (a < 1 || a > 12 || b <= 12) {
            return null;
        }
        String swapped = phrase.substring(0, m.start()) + m.group(3) + m.group(2) + m.group(1) + m.group(2)
                + m.group(4) + phrase.substring(m.end());
        EdtfDate date = DateInput.read(swapped).date().orElse(null);
        return date == null ? null : absolute(first, last, swapped, date, List.of());
    }

    /** "31 avril 2022": the month, flagged. Only for a phrase of one day, not an interval that has one such end. */
    private Candidate noSuchDay(int first, int last, DateProblem.NoSuchDay problem) {
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() != Type.NUMBER || t.folded().length() > 2 || t.value() != problem.day()) {
                continue;
            }
            String phrase = text.text().substring(text.get(first).start(), t.start()) + "1"
                    + text.text().substring(t.end(), text.get(last).end());
            EdtfDate firstDay = DateInput.read(phrase).date().orElse(null);
            if (firstDay == null || firstDay.isInterval() || firstDay.isOneOfRange()
                    || !firstDay.toString().equals(YearMonth.of(problem.year(), problem.month()) + "-01")) {
                return null;
            }
            EdtfDate month = PhraseRules.month(YearMonth.of(problem.year(), problem.month()));
            return absolute(first, last, phrase, month, List.of(Problem.NO_SUCH_DAY));
        }
        return null;
    }

    // ---- A day or month without its year ----

    /** One year's reading of the words: the date, and whether the weekday written was not its own. */
    private record Reading(EdtfDate date, boolean wrongWeekday) {
    }

    private Candidate completed(int first, int last) {
        List<Integer> months = monthWords(first, last);
        if (months.isEmpty() || !wordsFit(first, last) || !loneMonthIsADate(first, last, months)) {
            return null;
        }
        Which which = Which.NEAREST;
        int end = last;
        Token after = text.get(last + 1);
        if (after != null && !after.lineBefore()) {
            if (after.isWord("dernier") || after.isWord("derniere") || after.isWord("passe")
                    || after.isWord("passee")) {
                which = Which.LAST;
                end = last + 1;
            } else if (after.isWord("prochain") || after.isWord("prochaine")) {
                which = Which.NEXT;
                end = last + 1;
            }
        }
        Map<Integer, Reading> byYear = new HashMap<>();
        boolean[] wrongWeekday = new boolean[1];
        Which chosen = which;
        EdtfDate date = scan.publication().onBothDays(day -> {
            Reading r = choose(first, last, months, day, chosen, byYear);
            if (r != null && r.wrongWeekday()) {
                wrongWeekday[0] = true;
            }
            return r == null ? null : r.date();
        });
        if (date == null) {
            return null;
        }
        List<Problem> problems = wrongWeekday[0] ? List.of(Problem.WEEKDAY_MISMATCH) : List.of();
        return new Candidate(first, end, date, Kind.YEAR_FROM_PUBLICATION, problems);
    }

    /**
     * A month alone is a date when a word says so ("en mai", "fin mai", "in May", "de mai à juillet"), or, in
     * French, where month names are common nouns, when it is written in lower case ("les matchs de novembre").
     */
    private boolean loneMonthIsADate(int first, int last, List<Integer> months) {
        if (hasDay(first, last)) {
            return true;
        }
        boolean cue = false;
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() == Type.WORD && !months.contains(k) && !ARTICLES.contains(t.folded())) {
                cue = true;
            }
        }
        for (int k : months) {
            Token month = text.get(k);
            if (CalendarWords.isShortMonth(month.folded())) {
                return false;
            }
            if (scan.english() ? !month.capital() || !cue
                    : month.capital() && !cue && !scan.opensSentence(month)) {
                return false;
            }
        }
        return true;
    }

    /** The year's reading that fits the publication day best: nearest, last before, or first after. */
    private Reading choose(int first, int last, List<Integer> months, LocalDate day, Which which,
            Map<Integer, Reading> byYear) {
        Reading best = null;
        long bestDistance = Long.MAX_VALUE;
        long today = day.toEpochDay();
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            Reading r = byYear.computeIfAbsent(year, y -> withYear(first, last, months, y));
            if (r == null || r.date() == null) {
                continue;
            }
            long from = Publication.firstDay(r.date()).toEpochDay();
            long to = Publication.lastDay(r.date()).toEpochDay();
            switch (which) {
                case LAST -> {
                    if (to < today) {
                        best = r;
                    }
                }
                case NEXT -> {
                    if (from > today && best == null) {
                        best = r;
                    }
                }
                case NEAREST -> {
                    long distance = Publication.distance(r.date(), day);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = r;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The words read with a year written in: after the last month's name, or after a day or two that follow it
     * ("May 24–26" + 2022), or at the end. A span over New Year ("du 30 décembre au 2 janvier") gets the year
     * before at its start.
     */
    private Reading withYear(int first, int last, List<Integer> months, int year) {
        int startOffset = text.get(first).start();
        int endOffset = text.get(last).end();
        String article = text.text();
        boolean endBeforeStart = false;
        for (int k = months.get(months.size() - 1); k <= last; k++) {
            int at = text.get(k).end();
            String phrase = article.substring(startOffset, at) + " " + year + article.substring(at, endOffset);
            DateInput.Result r = DateInput.read(phrase);
            Reading reading = reading(phrase, r);
            if (reading != null) {
                return reading;
            }
            endBeforeStart |= r.problem().map(p -> p.reason() == DateProblem.Reason.END_BEFORE_START).orElse(false);
        }
        if (endBeforeStart && months.size() >= 2) {
            int a = text.get(months.get(0)).end();
            int b = text.get(months.get(months.size() - 1)).end();
            String phrase = article.substring(startOffset, a) + " " + (year - 1) + article.substring(a, b) + " "
                    + year + article.substring(b, endOffset);
            return reading(phrase, DateInput.read(phrase));
        }
        return null;
    }

    private static Reading reading(String phrase, DateInput.Result r) {
        if (r.isDate()) {
            return new Reading(r.date().orElseThrow(), false);
        }
        if (r.problem().orElseThrow().reason() == DateProblem.Reason.WRONG_WEEKDAY) {
            EdtfDate date = DateInput.read(withoutWeekdays(phrase)).date().orElse(null);
            return date == null ? null : new Reading(date, true);
        }
        return null;
    }

    // ---- Tokens ----

    /** Indexes of the tokens that name a month. */
    private List<Integer> monthWords(int first, int last) {
        List<Integer> out = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() == Type.WORD && CalendarWords.month(t.folded()) > 0) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether a number that can be a day of the month stands among the tokens: "25", "1er". */
    private boolean hasDay(int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = text.get(k);
            if (t.type() == Type.NUMBER && !t.glued() && t.folded().length() <= 2 && !t.suffix().equals("s")) {
                return true;
            }
        }
        return false;
    }

    /** The phrase with its weekday names (and a comma after one) blanked out, offsets unchanged. */
    static String withoutWeekdays(String phrase) {
        StringBuilder out = new StringBuilder(phrase);
        ArticleText words = ArticleText.of(phrase, 0, phrase.length());
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            if (t.type() == Type.WORD && CalendarWords.weekday(t.folded()) != null) {
                blank(out, t.start(), t.end());
                Token next = words.get(k + 1);
                if (next != null && next.isMark(',')) {
                    blank(out, next.start(), next.end());
                }
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.setCharAt(i, ' ');
        }
    }
}
