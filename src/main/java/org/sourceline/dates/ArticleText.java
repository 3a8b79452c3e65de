package org.sourceline.dates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stretch of an article cut into words, numbers and marks, each remembering where it stands in the text. Words
 * are folded one character for one (lower case, no accents), so that every offset still points into the text as
 * written.
 */
final class ArticleText {

    enum Type {
        WORD,
        NUMBER,
        MARK
    }

    /**
     * @param start UTF-16 offset of the first character in the article
     * @param end UTF-16 offset after the last character
     * @param folded a word folded, a number's digits, or a mark (any dash as '-', any apostrophe as '\'')
     * @param suffix an ordinal or plural ending written onto a number ("er", "th", "s"), else ""
     * @param glued a number or word written against letters or digits ("A380", "17h40", "G20"): no part of a
     *     date
     * @param spaceBefore whether white space separates it from the token before
     * @param lineBefore whether a line break separates it from the token before
     * @param capital whether its first character is a capital letter
     */
    record Token(int start, int end, Type type, String folded, String suffix, boolean glued, boolean spaceBefore,
                 boolean lineBefore, boolean capital) {

        boolean isWord(String word) {
            return type == Type.WORD && folded.equals(word);
        }

        boolean isMark(char mark) {
            return type == Type.MARK && folded.charAt(0) == mark;
        }

        /** A number written on its own, without ending: the only kind that can be a year or a day. */
        boolean isPlainNumber() {
            return type == Type.NUMBER && !glued && suffix.isEmpty();
        }

        int value() {
            return folded.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(folded);
        }
    }

    private static final Set<String> SUFFIXES = Set.of("er", "re", "ere", "e", "eme", "st", "nd", "rd", "th", "s");

    private final String text;
    private final List<Token> tokens;

    private ArticleText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The tokens of {@code text} between {@code from} and {@code to}. */
    static ArticleText of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        boolean space = true;
        boolean line = true;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                line |= c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                boolean glued = start > from && isDigit(text.charAt(start - 1)) || i < to && isDigit(text.charAt(i));
                out.add(new Token(start, i, Type.WORD, fold(text, start, i), "", glued, space, line,
                        Character.isUpperCase(c)));
            } else if (isDigit(c)) {
                while (i < to && isDigit(text.charAt(i))) {
                    i++;
                }
                int digitsEnd = i;
                int lettersEnd = i;
                while (lettersEnd < to && Character.isLetter(text.charAt(lettersEnd))) {
                    lettersEnd++;
                }
                String suffix = "";
                boolean glued = start > from && Character.isLetter(text.charAt(start - 1));
                if (lettersEnd > digitsEnd) {
                    String letters = fold(text, digitsEnd, lettersEnd);
                    boolean digitAfter = lettersEnd < to && isDigit(text.charAt(lettersEnd));
                    if (SUFFIXES.contains(letters) && !digitAfter) {
                        suffix = letters;
                        i = lettersEnd;
                    } else {
                        glued = true;
                    }
                }
                out.add(new Token(start, i, Type.NUMBER, text.substring(start, digitsEnd), suffix, glued, space,
                        line, false));
            } else {
                i++;
                out.add(new Token(start, i, Type.MARK, String.valueOf(foldMark(c)), "", false, space, line, false));
            }
            space = false;
            line = false;
        }
        return new ArticleText(text, List.copyOf(out));
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    /** The text from the start of token {@code first} to the end of token {@code last}, as written. */
    String span(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** Lower case without accents, one character for one: a character whose folding is longer stays as it is. */
    static String fold(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            out.append(decomposed.length() == 1 ? decomposed.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    static char foldMark(char c) {
        if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
            return '-';
        }
        if (c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '`') {
            return '\'';
        }
        return c;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
