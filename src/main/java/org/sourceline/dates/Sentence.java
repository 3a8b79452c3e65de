package org.sourceline.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence of an article, as UTF-16 offsets into its text: {@code text.substring(start, end)}, without the white
 * space around it.
 *
 * <p>A sentence ends at a line break, or at '.', '!', '?' or '…' (and any closing quote or bracket after it) that
 * is followed by white space and then a capital, a digit, an opening quote or a dash, or by the end of the text.
 * A period does not end a sentence after an initial ("J. K. Rowling", "M. Macron"), after a dotted abbreviation
 * ("J.-C.", "U.S.", "a.m."), after a title or a short word that takes a period ("St.",
 * "Dr.", "Mme.", "av.", "janv.", "No."), or inside a number ("3.5", "25.05.2022"), which has no space after it.
 */
public record Sentence(int start, int end) {

    /** Words that take a period and are followed by a name or a number, never by a new sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "me", "pr", "dr", "st", "ste", "mr", "mrs", "ms", "messrs", "prof",
            "gen", "gén", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt", "cmdr", "adm", "mt", "jr", "sr",
            "vs", "av", "apr", "env", "cf", "p", "pp", "art", "no", "nos", "vol", "ch", "chap", "fig", "inc", "ltd",
            "co", "corp", "dept", "janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec", "jan",
            "feb", "aug", "sep", "ca", "approx", "hab", "tél", "tel", "n°", "éd", "ed", "coll");

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a sentence: " + start + ".." + end);
        }
    }

    /** The sentence's words as written. */
    public String text(String article) {
        return article.substring(start, end);
    }

    /** Every sentence of the text, in order; blank stretches are no sentence. */
    public static List<Sentence> all(String text) {
        Objects.requireNonNull(text, "text");
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int end : ends(text)) {
            Sentence s = trimmed(text, from, end);
            if (s.end() > s.start()) {
                out.add(s);
            }
            from = end;
        }
        return out;
    }

    /**
     * The sentence around {@code offset} (0 to {@code text.length()}): the one that holds it, or, for an offset in
     * the white space between two sentences, the one after it; the text's end belongs to the last sentence. An
     * offset in white space after the last sentence gives an empty sentence there.
     */
    public static Sentence around(String text, int offset) {
        Objects.requireNonNull(text, "text");
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int from = 0;
        Sentence last = null;
        for (int end : ends(text)) {
            Sentence s = trimmed(text, from, end);
            if (s.end() > s.start()) {
                if (offset < end) {
                    return s;
                }
                last = s;
            }
            from = end;
        }
        return last != null && last.end() == offset ? last : new Sentence(offset, offset);
    }

    private static Sentence trimmed(String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && ArticleText.isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && ArticleText.isSpace(text.charAt(b - 1))) {
            b--;
        }
        return new Sentence(a, b);
    }

    /** Where each sentence ends (exclusive), the last being the text's length. */
    private static List<Integer> ends(String text) {
        List<Integer> ends = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                ends.add(i + 1);
                i++;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && ".!?…".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            j = afterClosers(text, j);
            if (j < n && !ArticleText.isSpace(text.charAt(j))) {
                i = j;
                continue;
            }
            int next = j;
            while (next < n && ArticleText.isSpace(text.charAt(next)) && text.charAt(next) != '\n') {
                next++;
            }
            boolean closes = next >= n || text.charAt(next) == '\n' || opensSentence(text.charAt(next));
            if (closes && c == '.' && j == i + 1 && abbreviated(text, i)) {
                closes = false;
            }
            if (closes) {
                ends.add(j);
            }
            i = j;
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) != n) {
            ends.add(n);
        }
        return ends;
    }

    /** Past closing quotes and brackets, French ones after a space included ("… fin. »"). */
    private static int afterClosers(String text, int from) {
        int j = from;
        while (true) {
            int k = j;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0'
                    || text.charAt(k) == '\u202f')) {
                k++;
            }
            if (k < text.length() && "»”\"’')]".indexOf(text.charAt(k)) >= 0 && (k == j || text.charAt(k) == '»')) {
                j = k + 1;
            } else {
                return j;
            }
        }
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "«“\"'‘-–—([¿¡".indexOf(c) >= 0;
    }

    /** Whether the period at {@code dot} closes an initial or an abbreviation rather than a sentence. */
    private static boolean abbreviated(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '°')) {
            start--;
        }
        if (start == dot) {
            return false;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        // "J.-C.", "U.S.", "a.m.": letters joined by periods or dashes.
        if (start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == '-')
                && Character.isLetter(text.charAt(start - 2))) {
            return word.length() <= 2;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
