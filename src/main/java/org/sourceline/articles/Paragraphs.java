package org.sourceline.articles;

/**
 * Text made into one paragraph line, as a reader sees it: every line break and run of white space becomes one
 * space, and nothing else changes. No-break spaces (U+00A0, U+202F) and other typographic spaces inside the text
 * stay as they are, since French typography sets them before {@code : ; ! ?} and inside « », and quotes are
 * matched character for character; at either end of the paragraph they are dropped, as no quote starts there. Half
 * of a UTF-16 surrogate pair without its other half, which is no character and which no file can store, becomes
 * U+FFFD.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The text on one line; empty when it holds nothing visible. */
    static String oneLine(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBreakingSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    // Half a character (a damaged PDF text map) is shown as a browser shows a damaged byte.
                    out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
                }
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && Character.isSpaceChar(out.charAt(start))) {
            start++;
        }
        while (end > start && Character.isSpaceChar(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    /**
     * White space that a browser folds into one space, line breaks of every kind, and control characters, which
     * show nothing. Not the no-break spaces.
     */
    static boolean isBreakingSpace(char c) {
        return c <= ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
