package org.sourceline.dates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourceline.dates.ArticleText.Token;
import org.sourceline.dates.ArticleText.Type;
import org.sourceline.dates.FoundDate.Kind;
import org.sourceline.dates.FoundDate.Problem;
import org.sourceline.dates.PhraseRules.Rule;
import org.sourceline.dates.TokenPattern.Match;
import org.sourceline.model.CalendarWords;
import org.sourceline.model.EdtfDate;

/**
 * One pass over a stretch of an article: at each token, the longest date phrase that starts there, whether read
 * by the typed-date reader ({@link Readings}) or by a phrase rule ({@link PhraseRules}); then on after it.
 */
final class Scan {

    /** A phrase found, as token indexes, before it becomes a {@link FoundDate}. */
    record Candidate(int first, int last, EdtfDate date, Kind kind, List<Problem> problems) {
    }

    /** Words after a number that make it a count, an amount or a measure rather than a year. */
    static final Set<String> COUNT_NOUNS = Set.of(
            "personnes", "habitants", "euros", "euro", "dollars", "dollar", "francs", "livres", "dirhams", "dinars",
            "exemplaires", "cas", "morts", "victimes", "blesses", "deces", "emplois", "postes", "salaries", "eleves",
            "etudiants", "enfants", "manifestants", "policiers", "gendarmes", "soldats", "agents", "militaires", "km",
            "kilometres", "metres", "tonnes", "litres", "hectares", "logements", "foyers", "voix", "signatures",
            "participants", "spectateurs", "supporters", "visiteurs", "touristes", "entreprises", "communes",
            "points", "pages", "mots", "jours", "heures", "minutes", "secondes", "ans", "mois", "semaines", "fois",
            "membres", "patients", "migrants", "refugies", "familles", "hommes", "femmes", "joueurs", "officiers",
            "experts", "delegues", "candidats", "electeurs", "abonnes", "pieces", "unites", "people", "cases",
            "deaths", "dead", "victims", "jobs", "workers", "employees", "students", "children", "officers", "police",
            "soldiers", "troops", "homes", "households", "votes", "voters", "miles", "kilometers", "meters", "feet",
            "tons", "pounds", "words", "days", "hours", "seconds", "years", "months", "weeks", "times", "units",
            "copies", "residents", "members", "protesters", "visitors", "tourists", "companies", "fans", "refugees",
            "families", "men", "women", "persons", "players", "delegates", "candidates", "acres", "barrels",
            "vehicles", "cars", "flights", "passengers", "beds", "schools", "pupils");

    /** Numbers before these are references, not dates: "article 2022-05", "n° 2019". */
    private static final Set<String> REFERENCES = Set.of("n", "no", "numero", "num", "article", "art", "loi",
            "decret", "ordonnance", "arrete", "circulaire", "directive", "reglement", "resolution", "vol", "page",
            "p", "pp", "chapitre", "tel", "telephone", "phone", "route", "flight", "number", "section");

    private static final int LONGEST = 14;

    private final ArticleText text;
    private final Publication publication;
    private final boolean english;
    private final Set<Integer> sentenceStarts;
    private final int[] anchors;
    private final Readings readings;

    Scan(String article, int from, int to, EdtfDate published, Locale language) {
        this.text = ArticleText.of(article, from, to);
        this.publication = Publication.of(published);
        this.english = !"fr".equals(language.getLanguage());
        this.sentenceStarts = new HashSet<>();
        for (Sentence s : Sentence.all(article.substring(from, to))) {
            sentenceStarts.add(from + s.start());
        }
        this.anchors = new int[text.size() + 1];
        for (int i = 0; i < text.size(); i++) {
            anchors[i + 1] = anchors[i] + (isAnchor(text.get(i)) ? 1 : 0);
        }
        this.readings = new Readings(this);
    }

    List<FoundDate> run() {
        List<FoundDate> out = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            Candidate c = best(i);
            if (c == null) {
                i++;
                continue;
            }
            out.add(found(inItsWeek(withListedDays(c))));
            i = c.last() + 1;
        }
        return out;
    }

    private FoundDate found(Candidate c) {
        List<Problem> problems = new ArrayList<>(c.problems());
        EdtfDate date = c.date();
        if (c.kind() != Kind.ABSOLUTE && publication.uncertain()) {
            problems.add(Problem.PUBLICATION_UNCERTAIN);
            date = uncertain(date);
        }
        int start = text.get(c.first()).start();
        int end = text.get(c.last()).end();
        return new FoundDate(start, end, text.text().substring(start, end), date, c.kind(), problems);
    }

    /**
     * "les 3 et 4 juin 2022", "Mardi 24 et mercredi 25 mai", "on 3 and 4 June": the day named first belongs to the
     * phrase, which then says both days ({@code 2022-06-03/2022-06-04}), never the last alone. Only a single day
     * written with its month takes the day before it, and only an earlier day of the same month.
     */
    private Candidate withListedDays(Candidate c) {
        String date = c.date().toString();
        Token opening = text.get(c.first());
        boolean weekday = opening.type() == Type.WORD && CalendarWords.weekday(opening.folded()) != null;
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}") || !(opening.isPlainNumber() || weekday)) {
            return c;
        }
        int k = c.first() - 1;
        Token and = k >= 0 ? text.get(k) : null;
        if (and == null || !(and.isWord("et") || and.isWord("and") || and.isMark('&'))) {
            return c;
        }
        Token day = text.get(k - 1);
        int first = k - 1;
        if (day == null || !day.isPlainNumber()) {
            return c;
        }
        Token before = first > 0 ? text.get(first - 1) : null;
        if (before != null && before.type() == Type.WORD && CalendarWords.weekday(before.folded()) != null) {
            first--;
        }
        int lastDay = Integer.parseInt(date.substring(8, 10));
        if (day.value() < 1 || day.value() >= lastDay) {
            return c;
        }
        try {
            EdtfDate both = EdtfDate.parse(date.substring(0, 8) + String.format("%02d", day.value()) + "/" + date);
            return new Candidate(first, c.last(), both, c.kind(), c.problems());
        } catch (IllegalArgumentException e) {
            return c;
        }
    }

    /**
     * "the week of May 9", "la semaine du 9 mai": any day of the week that holds that day, Monday to Sunday, not
     * the day itself.
     */
    private Candidate inItsWeek(Candidate c) {
        String date = c.date().toString();
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return c;
        }
        int k = c.first();
        Token of = k >= 1 ? text.get(k - 1) : null;
        Token week = k >= 2 ? text.get(k - 2) : null;
        boolean english = of != null && of.isWord("of") && week != null && week.isWord("week");
        boolean french = of != null && of.isWord("du") && week != null && week.isWord("semaine");
        if (!english && !french) {
            return c;
        }
        int first = k - 2;
        Token article = first >= 1 ? text.get(first - 1) : null;
        if (article != null && (article.isWord("the") || article.isWord("la"))) {
            first--;
        }
        return new Candidate(first, c.last(), PhraseRules.week(java.time.LocalDate.parse(date)), c.kind(),
                c.problems());
    }

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
            "(-?\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:T[0-9:+Z-]+)?)(?![?~%\\d-])");

    /**
     * A date counted from an uncertain publication date is no surer than it: each of its known ends is marked
     * uncertain ({@code 2022-05-25?}, {@code 2022-05-24?/2022-05-26?}; an approximate one both, {@code
     * 2022-05-20%}). A date already uncertain, or one whose
     * marked form the format does not take (a set of days, {@code [2022-05-09..2022-05-15]}), is kept as it is:
     * its problem still says why it is doubtful.
     */
    static EdtfDate uncertain(EdtfDate date) {
        if (date.isUncertain()) {
            return date;
        }
        // "vers le 20 mai" is approximate; from an uncertain publication it is both: %.
        String marked = date.isApproximate() ? date.toString().replace('~', '%')
                : POINT.matcher(date.toString()).replaceAll("$1?");
        try {
            return EdtfDate.parse(marked);
        } catch (IllegalArgumentException e) {
            return date;
        }
    }

    /** The longest phrase starting at token {@code i}; the typed-date reader wins a tie. */
    private Candidate best(int i) {
        Token first = text.get(i);
        if (first.type() == Type.MARK || first.glued()) {
            return null;
        }
        Candidate best = readings.at(i);
        Candidate rule = ruleAt(i);
        if (rule != null && (best == null || rule.last() > best.last())) {
            best = rule;
        }
        Candidate year = sentenceYearAt(i);
        if (year != null && best == null) {
            best = year;
        }
        return best;
    }

    // ---- Phrase rules ----

    private Candidate ruleAt(int i) {
        Candidate best = null;
        for (Rule rule : PhraseRules.RULES) {
            Match m = rule.pattern().match(text, i);
            if (m == null || best != null && m.last() <= best.last() || !ruleFits(m)) {
                continue;
            }
            EdtfDate date = rule.kind() == Kind.ABSOLUTE ? rule.resolver().at(m, publication.first())
                    : publication.onBothDays(day -> rule.resolver().at(m, day));
            if (date != null) {
                best = new Candidate(m.first(), m.last(), date, rule.kind(), List.of());
            }
        }
        return best;
    }

    /** What the rule's words alone cannot see: what stands just around them. */
    private boolean ruleFits(Match m) {
        Token before = text.get(m.first() - 1);
        Token after = text.get(m.last() + 1);
        Token afterThat = text.get(m.last() + 2);
        // "deux ans et demi", "two and a half years": not a whole count.
        if (after != null && (after.isWord("et") || after.isWord("and"))
                && afterThat != null && (afterThat.isWord("demi") || afterThat.isWord("demie")
                || afterThat.isWord("a"))) {
            return false;
        }
        Token first = text.get(m.first());
        if (before != null && (before.isWord("ou") || before.isWord("or")) && TokenPattern.isCount(first)) {
            return false;
        }
        if (!continuesAlone(m.first(), m.last())) {
            return false;
        }
        for (int k = m.first(); k <= m.last(); k++) {
            Token t = text.get(k);
            if (!TokenPattern.isSeason(t)) {
                continue;
            }
            // "été" and "fall" are also a verb: they are a season after a word that says so, or with a year.
            if (k == m.first() && (t.isWord("ete") || t.isWord("fall"))) {
                return false;
            }
            boolean withYear = hasNumber(m.first(), m.last());
            if (!withYear && t.capital() && !sentenceStarts.contains(t.start())) {
                return false;
            }
            // "in the fall of Kabul", "au printemps de Prague".
            if (!withYear && after != null && (after.isWord("de") || after.isWord("d") || after.isWord("of"))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNumber(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (text.get(k).type() == Type.NUMBER) {
                return true;
            }
        }
        return false;
    }

    // ---- A year opening a sentence: "2019 : le club…" ----

    private Candidate sentenceYearAt(int i) {
        Token t = text.get(i);
        Token after = text.get(i + 1);
        if (!t.isPlainNumber() || t.folded().length() != 4 || !sentenceStarts.contains(t.start())
                || after == null || after.type() != Type.MARK || ":,-".indexOf(after.folded().charAt(0)) < 0
                || !plausibleYear(t.value()) || !continuesAlone(i, i)) {
            return null;
        }
        return new Candidate(i, i, PhraseRules.year(t.value()), Kind.ABSOLUTE, List.of());
    }

    // ---- Shared checks ----

    ArticleText text() {
        return text;
    }

    Publication publication() {
        return publication;
    }

    boolean english() {
        return english;
    }

    boolean opensSentence(Token t) {
        return sentenceStarts.contains(t.start());
    }

    int longest() {
        return LONGEST;
    }

    boolean plausibleYear(int year) {
        return year >= 1000 && year <= Math.max(2100, publication.last().getYear() + 100);
    }

    /** Whether tokens {@code first} to {@code last} hold a number or a month's name: no date has neither. */
    boolean hasAnchor(int first, int last) {
        return anchors[last + 1] - anchors[first] > 0;
    }

    private static boolean isAnchor(Token t) {
        return t.type() == Type.NUMBER && !t.glued()
                || t.type() == Type.WORD && CalendarWords.month(t.folded()) > 0;
    }

    /**
     * Whether the phrase stands on its own rather than inside a longer number: not "3-2022", "1,2022",
     * "2022.5", "2022-23", "n°2019", and no "%" or currency after it.
     */
    boolean continuesAlone(int first, int last) {
        Token start = text.get(first);
        Token before = text.get(first - 1);
        if (before != null && !start.spaceBefore()) {
            if (before.type() == Type.MARK && "°#€$£+".contains(before.folded())) {
                return false;
            }
            Token number = text.get(first - 2);
            if (before.type() == Type.MARK && "./,:-".contains(before.folded()) && number != null
                    && number.type() == Type.NUMBER && !before.spaceBefore()) {
                return false;
            }
        }
        Token end = text.get(last);
        Token after = text.get(last + 1);
        if (after != null && after.type() == Type.MARK) {
            Token number = text.get(last + 2);
            if (!after.spaceBefore() && "./,:-".contains(after.folded()) && number != null
                    && number.type() == Type.NUMBER && !number.spaceBefore()) {
                return false;
            }
            if (end.type() == Type.NUMBER && "%€$£°".contains(after.folded())) {
                return false;
            }
        }
        return true;
    }

    /** A word before a number that makes it a reference: "article", "n°", "loi". */
    boolean followsReference(int first) {
        Token before = text.get(first - 1);
        return before != null && (before.type() == Type.WORD && REFERENCES.contains(before.folded())
                || before.isMark('°'));
    }
}
