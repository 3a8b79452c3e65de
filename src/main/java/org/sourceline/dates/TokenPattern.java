package org.sourceline.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourceline.dates.ArticleText.Token;
import org.sourceline.model.CalendarWords;

/**
 * A row of words to look for among an article's tokens, written as one string: folded words separated by spaces,
 * {@code a|b} for either, a trailing {@code ?} for a slot that may be missing, {@code '} and {@code -} for an
 * apostrophe and a dash, and captures:
 * <ul>
 *   <li>{@code #n}: a small count, in figures (1 to 999) or in words ("deux", "two", "a") → Integer
 *   <li>{@code #unit}: day, week, month or year, French or English, singular or plural → ChronoUnit
 *   <li>{@code #weekday}: a weekday in full → DayOfWeek
 *   <li>{@code #month}: a month in full → Integer 1 to 12
 *   <li>{@code #year}: a year in four figures → Integer
 *   <li>{@code #shortyear}: a year in two or four figures, as the end of "2021-22" → Integer as written
 *   <li>{@code #anyyear}: a year in one to four figures, as in "l'an 800" → Integer
 *   <li>{@code #decade}: "30" to "90", a decade of the twentieth century written short → Integer
 *   <li>{@code #decades}: the same with a plural "s", as in "the 90s" → Integer
 *   <li>{@code #season}: a season's name → Season
 * </ul>
 * A match never runs across a line break.
 */
final class TokenPattern {

    /** The four seasons, by the first month of their meteorological three. */
    enum Season {
        SPRING(3),
        SUMMER(6),
        AUTUMN(9),
        WINTER(12);

        final int firstMonth;

        Season(int firstMonth) {
            this.firstMonth = firstMonth;
        }
    }

    /**
     * @param first index of the first token matched
     * @param last index of the last token matched
     * @param captured the values of the captures, in the pattern's order
     */
    record Match(int first, int last, List<Object> captured) {
        Object get(int index) {
            return captured.get(index);
        }

        int number(int index) {
            return (Integer) captured.get(index);
        }
    }

    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15),
            Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60));

    private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("jour", ChronoUnit.DAYS), Map.entry("jours", ChronoUnit.DAYS),
            Map.entry("day", ChronoUnit.DAYS), Map.entry("days", ChronoUnit.DAYS),
            Map.entry("semaine", ChronoUnit.WEEKS), Map.entry("semaines", ChronoUnit.WEEKS),
            Map.entry("week", ChronoUnit.WEEKS), Map.entry("weeks", ChronoUnit.WEEKS),
            Map.entry("mois", ChronoUnit.MONTHS), Map.entry("month", ChronoUnit.MONTHS),
            Map.entry("months", ChronoUnit.MONTHS),
            Map.entry("an", ChronoUnit.YEARS), Map.entry("ans", ChronoUnit.YEARS),
            Map.entry("annee", ChronoUnit.YEARS), Map.entry("annees", ChronoUnit.YEARS),
            Map.entry("year", ChronoUnit.YEARS), Map.entry("years", ChronoUnit.YEARS));

    private static final Map<String, Season> SEASONS = Map.of(
            "printemps", Season.SPRING, "ete", Season.SUMMER, "automne", Season.AUTUMN, "hiver", Season.WINTER,
            "spring", Season.SPRING, "summer", Season.SUMMER, "autumn", Season.AUTUMN, "fall", Season.AUTUMN,
            "winter", Season.WINTER);

    private record Slot(Set<String> words, String capture, boolean optional) {
    }

    private final List<Slot> slots;

    private TokenPattern(List<Slot> slots) {
        this.slots = slots;
    }

    static TokenPattern of(String spec) {
        List<Slot> slots = new ArrayList<>();
        for (String part : spec.trim().split("\\s+")) {
            boolean optional = part.length() > 1 && part.endsWith("?");
            String body = optional ? part.substring(0, part.length() - 1) : part;
            if (body.startsWith("#")) {
                slots.add(new Slot(Set.of(), body.substring(1), optional));
            } else {
                slots.add(new Slot(Set.copyOf(Arrays.asList(body.split("\\|"))), null, optional));
            }
        }
        return new TokenPattern(List.copyOf(slots));
    }

    /** The longest match starting at token {@code at}, or null. */
    Match match(ArticleText text, int at) {
        Slot head = slots.get(0);
        Token token = text.get(at);
        if (head.capture() == null && !head.optional() && (token == null || value(head, token) == null)) {
            return null; // most tokens start no phrase: answered before any search
        }
        List<Object> captured = new ArrayList<>();
        Match[] best = new Match[1];
        match(text, at, at, 0, captured, best);
        return best[0];
    }

    private void match(ArticleText text, int first, int at, int slot, List<Object> captured, Match[] best) {
        if (slot == slots.size()) {
            if (at > first && (best[0] == null || at - 1 > best[0].last())) {
                best[0] = new Match(first, at - 1, List.copyOf(captured));
            }
            return;
        }
        Slot s = slots.get(slot);
        Token token = text.get(at);
        if (token != null && (at == first || !token.lineBefore())) {
            Object value = value(s, token);
            if (value != null) {
                boolean captures = s.capture() != null;
                if (captures) {
                    captured.add(value);
                }
                match(text, first, at + 1, slot + 1, captured, best);
                if (captures) {
                    captured.remove(captured.size() - 1);
                }
            }
        }
        if (s.optional()) {
            match(text, first, at, slot + 1, captured, best);
        }
    }

    /** What the token gives for the slot: the word itself, or the captured value; null if it does not fit. */
    private static Object value(Slot slot, Token token) {
        if (slot.capture() == null) {
            boolean fits = token.type() != ArticleText.Type.NUMBER && !token.glued()
                    && slot.words().contains(token.folded());
            return fits ? token.folded() : null;
        }
        String word = token.folded();
        return switch (slot.capture()) {
            case "n" -> token.isPlainNumber() && word.length() <= 3 && token.value() > 0 ? (Object) token.value()
                    : token.type() == ArticleText.Type.WORD ? COUNTS.get(word) : null;
            case "unit" -> token.type() == ArticleText.Type.WORD ? UNITS.get(word) : null;
            case "weekday" -> token.type() == ArticleText.Type.WORD && !CalendarWords.isShortWeekday(word)
                    ? weekday(word) : null;
            case "month" -> token.type() == ArticleText.Type.WORD && !CalendarWords.isShortMonth(word)
                    && CalendarWords.month(word) > 0 ? (Object) CalendarWords.month(word) : null;
            case "year" -> token.isPlainNumber() && word.length() == 4 ? (Object) token.value() : null;
            case "shortyear" -> token.isPlainNumber() && (word.length() == 2 || word.length() == 4)
                    ? (Object) token.value() : null;
            case "anyyear" -> token.isPlainNumber() && word.length() <= 4 && token.value() > 0
                    ? (Object) token.value() : null;
            case "decade" -> token.isPlainNumber() && isShortDecade(token) ? (Object) token.value() : null;
            case "decades" -> token.type() == ArticleText.Type.NUMBER && !token.glued()
                    && token.suffix().equals("s") && isShortDecade(token) ? (Object) token.value() : null;
            case "season" -> token.type() == ArticleText.Type.WORD ? SEASONS.get(word) : null;
            default -> throw new IllegalStateException("unknown capture #" + slot.capture());
        };
    }

    /** A count as {@code #n} reads it: "3", "deux", "a". */
    static boolean isCount(Token token) {
        return token.isPlainNumber() || token.type() == ArticleText.Type.WORD && COUNTS.containsKey(token.folded());
    }

    static boolean isSeason(Token token) {
        return token.type() == ArticleText.Type.WORD && SEASONS.containsKey(token.folded());
    }

    private static boolean isShortDecade(Token token) {
        return token.folded().length() == 2 && token.value() >= 30 && token.value() % 10 == 0;
    }

    private static DayOfWeek weekday(String word) {
        return CalendarWords.weekday(word);
    }
}
