package org.sourceline.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sourceline.dates.ArticleText.Token;
import org.sourceline.i18n.Messages;
import org.sourceline.model.CalendarWords;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;

/**
 * Every date expression in an article's text, French or English, each resolved against the article's publication
 * date into an {@link EdtfDate} that never claims more than its words: the reader underlines them, and a passage
 * selected for a citation is offered its date ({@link #suggest}).
 *
 * <p>The phrases are found left to right; at each word the longest phrase starting there wins, and the search goes
 * on after it, so phrases never overlap. Offsets are UTF-16 indexes into the text as given ({@link FoundDate}).
 *
 * <h2>Dates the words give whole ({@link FoundDate.Kind#ABSOLUTE})</h2>
 * Everything {@link org.sourceline.model.DateInput} reads from a date field, with the same widths: "25 mai 2022",
 * "le 1er mars 2022", "mai 2022", "May 25, 2022", "3 June 2022", "25/05/2022" (day first; in an English text
 * "05/25/2022", which has no month 25, month first, and "05/06/2022" day first but flagged
 * {@link FoundDate.Problem#DAY_MONTH_ORDER_ASSUMED}), "fin mai 2022" ({@code [2022-05-21..2022-05-31]}),
 * "du 24 au 26 mai 2022", "entre le 21 et le 24 avril 2024", "les années 1990", "vers 2019", "depuis 2019",
 * "avant le 27 mai 2022". Besides:
 * <table>
 *   <caption>Phrases read here</caption>
 *   <tr><th>Words</th><th>Date</th></tr>
 *   <tr><td>"l'année 2019", "l'an 2000", "the year 2019"</td><td>the year</td></tr>
 *   <tr><td>"2019 :" or "2019," opening a sentence</td><td>the year</td></tr>
 *   <tr><td>"début 2022", "mi-2022", "fin 2022", "à la fin de 2022", "early 2022", "mid-2022", "late 2022", "the
 *       end of 2022"</td><td>the year: no narrower width is agreed</td></tr>
 *   <tr><td>"d'ici 2030", "d'ici à 2030"</td><td>{@code [..2030]}</td></tr>
 *   <tr><td>"les années 90", "the '90s", "the 90s" (30 to 90)</td><td>{@code 199X}</td></tr>
 *   <tr><td>"au printemps 2021", "à l'automne 2021", "l'été 2021", "in spring 2021", "the summer of 2021"</td>
 *       <td>one unknown month from the first of the meteorological season to the month the astronomical one ends
 *       in, so that either reading fits: spring {@code [2021-03..2021-06]}, summer {@code [2021-06..2021-09]},
 *       autumn {@code [2021-09..2021-12]}</td></tr>
 *   <tr><td>"l'hiver 2021-2022", "winter 2021-22"</td><td>{@code [2021-12..2022-03]}</td></tr>
 *   <tr><td>"l'hiver 2022", "winter 2022"</td><td>either winter that touches 2022: {@code [2021-12..2023-03]}</td>
 *       </tr>
 * </table>
 * A number alone is a year only with a word that makes it one: "en 2019", "in 2019", "depuis 2019", "avant
 * 2019", "by 2030", "vers 2019", "entre 2019 et 2021", "1939-1945"; "environ 2019" and "around 2019" only when
 * nothing follows. Four figures between 1000 and 2100 (or a century after the publication); never before a count
 * or a unit ("en 2022 euros", "in 2000 homes", "2022 %"), after a reference ("article 2022-05", "n° 2019"), or
 * inside a longer number or name ("2022-23", "3,2022", "A380", "G20", "17h40"). "Coupe du monde 2022", "Qatar
 * 2022", "Euro 2016" name events: no date is found in them.
 *
 * <h2>A day or month without its year ({@link FoundDate.Kind#YEAR_FROM_PUBLICATION})</h2>
 * "le 28 décembre", "du 24 au 26 mai", "fin mai", "mercredi 25 mai", "May 25", "in early June", "en mai": the year
 * that puts the date nearest the publication day (the earlier one on a tie): "le 28 décembre" in an article of
 * 5 January 2023 is {@code 2022-12-28}. "le 12 mars dernier", "en mai dernier", "last May" take the last one
 * wholly before the publication day, "le 12 mars prochain", "next May" the first one after it. A weekday is
 * checked against the year found. A month alone needs a word that makes it a date ("en mai", "fin mai", "in
 * May"); in French a month in lower case is one by itself ("les matchs de novembre"), in English "May" and
 * "March" must be capitalised and preceded by such a word. Seasons without a year ("au printemps", "cet été", "in
 * the spring") take the nearest season, "l'été dernier", "last summer" the last one over, "next spring" the next
 * one to start, each judged on its meteorological three months and then widened as above.
 *
 * <h2>Counted from the publication ({@link FoundDate.Kind#RELATIVE})</h2>
 * <table>
 *   <caption>Relative phrases</caption>
 *   <tr><th>Words</th><th>Date, for a publication on day P</th></tr>
 *   <tr><td>"aujourd'hui", "ce matin", "today", "this morning", "tonight"</td><td>P</td></tr>
 *   <tr><td>"hier", "hier soir", "yesterday", "last night"</td><td>P − 1</td></tr>
 *   <tr><td>"avant-hier", "the day before yesterday"</td><td>P − 2</td></tr>
 *   <tr><td>"demain", "tomorrow"; "après-demain", "the day after tomorrow"</td><td>P + 1; P + 2</td></tr>
 *   <tr><td>"mercredi dernier", "mercredi passé", "last Wednesday", "this past Wednesday"</td><td>the last
 *       Wednesday before P</td></tr>
 *   <tr><td>"mercredi prochain", "next Wednesday"</td><td>the first Wednesday after P</td></tr>
 *   <tr><td>"la semaine dernière", "last week"; "cette semaine"; "la semaine prochaine"</td><td>one unknown day
 *       of the Monday-to-Sunday week before P's, of P's, after P's</td></tr>
 *   <tr><td>"le week-end dernier", "last weekend"; "le week-end prochain", "next weekend"</td><td>one unknown day
 *       of the last Saturday and Sunday before P; of the next ones after it</td></tr>
 *   <tr><td>"le mois dernier", "last month"; "ce mois-ci"; "le mois prochain"</td><td>the month</td></tr>
 *   <tr><td>"l'an dernier", "l'année dernière", "last year"; "cette année"; "l'an prochain"</td><td>the year</td>
 *       </tr>
 *   <tr><td>"il y a trois jours", "three days ago"; "dans trois jours"</td><td>that day</td></tr>
 *   <tr><td>"il y a deux semaines", "two weeks ago"</td><td>one unknown day of the Monday-to-Sunday week that
 *       holds P − 14</td></tr>
 *   <tr><td>"il y a deux mois", "two months ago"</td><td>the calendar month two before P's</td></tr>
 *   <tr><td>"il y a deux ans", "two years ago", "il y a un an"</td><td>the calendar year two before P's</td></tr>
 * </table>
 * Not "il y a deux ans et demi", nor "deux ou trois ans". A publication date that is not one day widens every
 * date counted from it, never inventing a day: worked out from the first and from the last day the publication
 * date allows, the date is the one answer if both agree, else one unknown day from the first answer's start to
 * the second's end ("hier" in an article of {@code 2022-05} is {@code [2022-04-30..2022-05-30]}). An uncertain,
 * approximate or open publication date flags such dates {@link FoundDate.Problem#PUBLICATION_UNCERTAIN}.
 *
 * <h2>Not found, on purpose</h2>
 * A weekday alone ("lundi", "on Monday"): it may be the last or the next one, which only the tense tells. A day
 * without its month ("le 3"). Times ("à 14 h 30", "at 9am"): left to the EDTF. Lists ("les 2 et 3 mai": only "3
 * mai" is found). Centuries, "il y a quelques jours", "la veille", "le lendemain": no width, or not counted from the
 * publication. Years written short ("25/05/22"). "à partir du 1er mars", "jusqu'en juin": only the date in them is
 * found, as {@link org.sourceline.model.DateInput} explains.
 */
public final class DateFinder {

    /** Short words common in one language and rare in the other, to tell an article's language. */
    private static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "de", "et", "est",
            "une", "un", "dans", "pour", "que", "qui", "au", "aux", "sur", "avec", "par", "il", "elle", "ont", "sont",
            "pas", "ce", "cette", "son", "sa", "ses", "leur");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "is", "was", "for", "that",
            "with", "by", "from", "has", "have", "were", "are", "it", "its", "this", "he", "she", "they", "their",
            "which", "after", "said");

    private DateFinder() {
    }

    /**
     * Every date expression in {@code text}, in text order, none overlapping another.
     *
     * @param published the article's publication date, from which the year of "le 28 décembre" and the day of
     *     "hier" are taken
     * @param language the article's language: {@code fr*} for French, any other for English. Both languages' words
     *     are read in either; the language decides how "05/06/2022" is read
     */
    public static List<FoundDate> find(String text, EdtfDate published, Locale language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        return new Scan(text, 0, text.length(), published, language).run();
    }

    /** The sentence around {@code offset}, as {@link Sentence#around} tells it. */
    public static Sentence sentenceOf(String text, int offset) {
        return Sentence.around(text, offset);
    }

    /**
     * The date for a passage selected in the article: the first phrase that overlaps the selection (or holds the
     * caret, for an empty selection), or else the nearest one in the sentence or sentences the selection touches,
     * the earlier of two as near.
     *
     * @param selStart UTF-16 offset of the selection's start
     * @param selEnd UTF-16 offset after its end; {@code selStart} for a caret
     */
    public static Optional<Suggestion> suggest(String text, int selStart, int selEnd, EdtfDate published,
            Locale language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        if (selStart < 0 || selEnd < selStart || selEnd > text.length()) {
            throw new IndexOutOfBoundsException("selection " + selStart + ".." + selEnd + " outside 0.."
                    + text.length());
        }
        Sentence first = Sentence.around(text, selStart);
        Sentence last = Sentence.around(text, Math.max(selStart, selEnd - 1));
        int from = Math.min(first.start(), selStart);
        int to = Math.max(last.end(), selEnd);
        List<FoundDate> found = new Scan(text, from, to, published, language).run();
        for (FoundDate f : found) {
            boolean overlaps = selEnd > selStart ? f.start() < selEnd && f.end() > selStart
                    : f.start() <= selStart && selStart < f.end();
            if (overlaps) {
                return Optional.of(new Suggestion(f, Suggestion.Where.IN_SELECTION));
            }
        }
        FoundDate nearest = null;
        int best = Integer.MAX_VALUE;
        for (FoundDate f : found) {
            int distance = f.end() <= selStart ? selStart - f.end() : f.start() - selEnd;
            if (distance < best) {
                best = distance;
                nearest = f;
            }
        }
        return Optional.ofNullable(nearest).map(f -> new Suggestion(f, Suggestion.Where.IN_SENTENCE));
    }

    /**
     * The phrase and its date for a hover, in the interface's language: "mercredi 25 mai 2022 → 2022-05-25 : 25 mai
     * 2022, jour précis", then where the year or day came from and any problem, as {@link #meaning} tells them.
     */
    public static String describe(FoundDate found, Locale locale) {
        Objects.requireNonNull(found, "found");
        return Messages.of(locale).get("dates.found", found.text(), found.date().toString(), meaning(found, locale));
    }

    /**
     * What the date means, without the phrase: "25 mai 2022, jour précis", "27 May 2022, exact day; counted from the
     * publication date", "26 May 2022, exact day; 26 May 2022 is a Thursday, not a Wednesday".
     */
    public static String meaning(FoundDate found, Locale locale) {
        Objects.requireNonNull(found, "found");
        Messages messages = Messages.of(locale);
        EdtfDate date = found.date();
        String text = messages.get("dates.meaning", DatePhrase.format(date, locale),
                DatePhrase.precisionPhrase(date, locale));
        List<String> notes = new ArrayList<>();
        switch (found.kind()) {
            case YEAR_FROM_PUBLICATION -> notes.add(messages.get("dates.found.year-from-publication"));
            case RELATIVE -> notes.add(messages.get("dates.found.relative"));
            case ABSOLUTE -> {
            }
        }
        for (FoundDate.Problem problem : found.problems()) {
            notes.add(switch (problem) {
                case WEEKDAY_MISMATCH -> weekdayNote(found, messages, locale);
                case NO_SUCH_DAY -> messages.get("dates.problem.no-such-day");
                case DAY_MONTH_ORDER_ASSUMED -> messages.get("dates.problem.day-month-order");
                case PUBLICATION_UNCERTAIN -> messages.get("dates.problem.publication-uncertain");
            });
        }
        for (String note : notes) {
            text = messages.get("dates.found.note", text, note);
        }
        return text;
    }

    /**
     * The language a text is most likely written in, French or English, from its commonest short words; French
     * when neither wins (the project's articles are mostly French).
     */
    public static Locale guessLanguage(String text) {
        Objects.requireNonNull(text, "text");
        int french = 0;
        int english = 0;
        for (Token t : ArticleText.of(text, 0, text.length()).tokens()) {
            if (t.type() != ArticleText.Type.WORD) {
                continue;
            }
            if (FRENCH_WORDS.contains(t.folded())) {
                french++;
            } else if (ENGLISH_WORDS.contains(t.folded())) {
                english++;
            }
        }
        return english > french ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** "25 mai 2022 est un mercredi, pas un jeudi" when the date is one day; else only that they differ. */
    private static String weekdayNote(FoundDate found, Messages messages, Locale locale) {
        DayOfWeek written = null;
        ArticleText words = ArticleText.of(found.text(), 0, found.text().length());
        for (Token t : words.tokens()) {
            if (t.type() == ArticleText.Type.WORD && CalendarWords.weekday(t.folded()) != null) {
                written = CalendarWords.weekday(t.folded());
                break;
            }
        }
        EdtfDate date = found.date();
        if (written == null || date.isInterval() || date.isOneOfRange()
                || date.precision() != EdtfDate.Precision.DAY) {
            return messages.get("dates.problem.weekday");
        }
        LocalDate day = Publication.firstDay(date);
        return messages.get("dates.problem.weekday-of-day", DatePhrase.format(date, locale),
                day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                written.getDisplayName(TextStyle.FULL, locale));
    }
}
