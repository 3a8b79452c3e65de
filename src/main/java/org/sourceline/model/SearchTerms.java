package org.sourceline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person typed in a search field, read as the search index reads words: each word or "quoted phrase" is one
 * term, and every term must be found. A word such as {@code Al-Khulaifi} is a phrase of its parts, since the index
 * cuts it there too. The last term is a prefix while it is still being typed (no space after it, or a phrase whose
 * closing quote has not come yet). Anything that holds no letter or digit is not a term, so text made only of
 * punctuation finds nothing.
 */
public final class SearchTerms {
    /** One term: its folded words, in order; a prefix term also matches longer last words. */
    public record Term(List<String> words, boolean prefix) {
        public Term {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a term has at least one word");
            }
        }
    }

    /** Where a match stands in the original text, end exclusive. */
    public record Match(int start, int end) {
    }

    public static final SearchTerms NONE = new SearchTerms("", List.of());

    private final String text;
    private final List<Term> terms;

    private SearchTerms(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    public static SearchTerms parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Term> terms = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                boolean open = close < 0;
                String phrase = text.substring(i + 1, open ? n : close);
                boolean stillTyping = open && !phrase.isEmpty()
                        && !Character.isWhitespace(phrase.charAt(phrase.length() - 1));
                add(terms, phrase, stillTyping);
                i = open ? n : close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                add(terms, text.substring(i, end), end == n);
                i = end;
            }
        }
        return new SearchTerms(text, terms);
    }

    private static void add(List<Term> terms, String piece, boolean prefix) {
        List<String> words = FoldedText.of(piece).words().stream().map(FoldedText.Word::folded).toList();
        if (!words.isEmpty()) {
            terms.add(new Term(words, prefix));
        }
    }

    public String text() {
        return text;
    }

    public List<Term> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The earliest place in {@code text} where any of the terms is found. */
    public Optional<Match> firstIn(String text) {
        return firstIn(FoldedText.of(text));
    }

    public Optional<Match> firstIn(FoldedText text) {
        List<FoldedText.Word> words = text.words();
        for (int at = 0; at < words.size(); at++) {
            for (Term term : terms) {
                if (matchesAt(term, words, at)) {
                    return Optional.of(new Match(words.get(at).start(), words.get(at + term.words().size() - 1).end()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A few words of {@code text} around the first match, every match inside them between {@code open} and
     * {@code close}, with "…" where the text goes on; empty when nothing matches.
     */
    public String snippet(String text, int maxWords, char open, char close) {
        return snippet(text, maxWords, open, close, false);
    }

    /**
     * As {@link #snippet}, around the passage that holds most of the terms, then most matches (the first such on a
     * tie): what to show of a long text, an article, where the first match may stand alone.
     */
    public String bestSnippet(String text, int maxWords, char open, char close) {
        return snippet(text, maxWords, open, close, true);
    }

    private String snippet(String text, int maxWords, char open, char close, boolean best) {
        FoldedText folded = FoldedText.of(text);
        List<FoldedText.Word> words = folded.words();
        // Each match: its first word, its last word, and which term it is.
        List<int[]> matches = new ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            for (int t = 0; t < terms.size(); t++) {
                if (matchesAt(terms.get(t), words, at)) {
                    matches.add(new int[] {at, at + terms.get(t).words().size() - 1, t});
                    break;
                }
            }
        }
        if (matches.isEmpty()) {
            return "";
        }
        // A little of what comes before the match, then as much after as fits.
        int first = windowAt(matches.get(0), words.size(), maxWords);
        if (best) {
            long bestScore = -1;
            for (int[] anchor : matches) {
                int from = windowAt(anchor, words.size(), maxWords);
                long score = score(matches, from, from + maxWords - 1);
                if (score > bestScore) {
                    bestScore = score;
                    first = from;
                }
            }
        }
        int last = Math.min(words.size() - 1, first + maxWords - 1);
        int from = first == 0 ? 0 : words.get(first).start();
        int to = last == words.size() - 1 ? text.length() : words.get(last).end();
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int cursor = from;
        for (int[] m : matches) {
            if (m[0] < first || m[1] > last) {
                continue;
            }
            int start = words.get(m[0]).start();
            int end = words.get(m[1]).end();
            if (start < cursor) {
                continue;
            }
            out.append(text, cursor, start).append(open).append(text, start, end).append(close);
            cursor = end;
        }
        out.append(text, cursor, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static int windowAt(int[] match, int wordCount, int maxWords) {
        return Math.max(0, Math.min(match[0] - 3, wordCount - maxWords));
    }

    /** The terms a window of words holds, each worth more than any number of repeats, then its matches. */
    private long score(List<int[]> matches, int first, int last) {
        boolean[] seen = new boolean[terms.size()];
        long distinct = 0;
        long all = 0;
        for (int[] m : matches) {
            if (m[0] >= first && m[1] <= last) {
                all++;
                if (!seen[m[2]]) {
                    seen[m[2]] = true;
                    distinct++;
                }
            }
        }
        return distinct * 1_000_000 + all;
    }

    /** How many of the terms {@code text} holds: which of several fields answers the query best. */
    public int countIn(String text) {
        if (text == null) {
            return 0;
        }
        List<FoldedText.Word> words = FoldedText.of(text).words();
        int count = 0;
        for (Term term : terms) {
            for (int at = 0; at < words.size(); at++) {
                if (matchesAt(term, words, at)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static boolean matchesAt(Term term, List<FoldedText.Word> words, int at) {
        List<String> wanted = term.words();
        if (at + wanted.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < wanted.size(); k++) {
            String word = words.get(at + k).folded();
            boolean last = k == wanted.size() - 1;
            if (last && term.prefix() ? !word.startsWith(wanted.get(k)) : !word.equals(wanted.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
