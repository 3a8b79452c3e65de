package org.sourceline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text folded the way the search index folds it (accents removed, lower case) and cut into the same words,
 * each word keeping its place in the original text: a match found in the folded text can be shown where it is.
 */
public final class FoldedText {
    /** A word: its folded form and where it stands in the original text, end exclusive. */
    public record Word(String folded, int start, int end) {
    }

    private final String folded;
    /** For each char of {@code folded}, the index of the original char it came from. */
    private final int[] origin;
    private final String original;
    private List<Word> words;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 8];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // One code point at a time, so that every folded char knows the original char it came from.
            String piece = cp < 0x80 ? String.valueOf(Character.toLowerCase((char) cp))
                    : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
            for (int j = 0; j < piece.length(); j++) {
                if (isMark(piece.charAt(j))) {
                    continue;
                }
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                out.append(piece.charAt(j));
                origin[n++] = i;
            }
            i += Character.charCount(cp);
        }
        return new FoldedText(text, out.toString(), Arrays.copyOf(origin, n));
    }

    /** Folds a text on its own: {@code "Sécurité"} gives {@code "securite"}. */
    public static String fold(String text) {
        return of(text).folded;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Word characters as the index's tokenizer sees them: letters and digits; all else separates words. */
    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.PRIVATE_USE;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The words of the text, in order. */
    public List<Word> words() {
        if (words == null) {
            List<Word> found = new ArrayList<>();
            int i = 0;
            while (i < folded.length()) {
                int cp = folded.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < folded.length() && isWordChar(folded.codePointAt(i))) {
                    i += Character.charCount(folded.codePointAt(i));
                }
                int last = origin[i - 1];
                int end = last + Character.charCount(original.codePointAt(last));
                // Accents written as separate marks belong to the word though folding dropped them.
                while (end < original.length() && isMark(original.charAt(end))) {
                    end++;
                }
                found.add(new Word(folded.substring(start, i), origin[start], end));
            }
            words = List.copyOf(found);
        }
        return words;
    }
}
