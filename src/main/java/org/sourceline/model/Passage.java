package org.sourceline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of an article's body chosen to be quoted: where it starts and ends in the body, and its words. A quote
 * is found again in its article by its words (the first place they stand), so a passage whose words also stand
 * earlier in the body is grown, a word at a time and within its paragraph, until they stand nowhere before it.
 *
 * @param unique false when no growth within the paragraph made the words unique: the quote then points at the
 *               first place they stand, which the user should know
 */
public record Passage(int start, int end, String text, boolean unique) {
    public Passage {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("a passage has words: " + start + "-" + end);
        }
    }

    /**
     * The passages to quote for a selection of the body [start, end): one per paragraph it crosses (a quote never
     * holds a line break), each without the spaces at its ends, none empty.
     */
    public static List<Passage> of(String body, int start, int end) {
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(body.length(), Math.max(start, end));
        List<Passage> passages = new ArrayList<>();
        int pieceStart = from;
        while (pieceStart < to) {
            int lineBreak = body.indexOf('\n', pieceStart);
            int pieceEnd = lineBreak < 0 || lineBreak > to ? to : lineBreak;
            int a = pieceStart;
            int b = pieceEnd;
            while (a < b && Character.isWhitespace(body.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(body.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                passages.add(unique(body, a, b));
            }
            pieceStart = pieceEnd + 1;
        }
        return passages;
    }

    /**
     * The passage [a, b) grown a word at a time, right then left, within its paragraph, until its words stand
     * nowhere earlier in the body.
     */
    static Passage unique(String body, int a, int b) {
        int paragraphStart = body.lastIndexOf('\n', a - 1) + 1;
        int lineBreak = body.indexOf('\n', b);
        int paragraphEnd = lineBreak < 0 ? body.length() : lineBreak;
        boolean growRight = true;
        while (body.indexOf(body.substring(a, b)) != a) {
            boolean grown = false;
            if (growRight && b < paragraphEnd) {
                b = nextWordEnd(body, b, paragraphEnd);
                grown = true;
            } else if (a > paragraphStart) {
                a = previousWordStart(body, a, paragraphStart);
                grown = true;
            } else if (b < paragraphEnd) {
                b = nextWordEnd(body, b, paragraphEnd);
                grown = true;
            }
            if (!grown) {
                return new Passage(a, b, body.substring(a, b), false);
            }
            growRight = !growRight;
        }
        return new Passage(a, b, body.substring(a, b), true);
    }

    private static int nextWordEnd(String body, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        while (i < limit && !Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int previousWordStart(String body, int from, int limit) {
        int i = from;
        while (i > limit && Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        while (i > limit && !Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
