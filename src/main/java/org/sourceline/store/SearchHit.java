package org.sourceline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer to a search: an event, or the text of a source's article.
 *
 * @param kind      what matched
 * @param ref       the event's id, or the source's id
 * @param eventId   the event: the one that matched, or for article text the event citing the passage where the
 *                  match is; null when the match is in no cited passage
 * @param field     where the words were found
 * @param fieldText which actor, place or passage the words were found in, when {@code field} needs saying more
 * @param title     the event's title, or the source's
 * @param snippet   a few words around the match, the matched words between {@link #MARK_START} and
 *                  {@link #MARK_END}
 * @param start     for article text, where the match the snippet shows starts in the source's body; -1 otherwise
 * @param end       where that match ends, exclusive; -1 otherwise
 */
public record SearchHit(Kind kind, String ref, String eventId, Field field, String fieldText, String title,
                        String snippet, int start, int end) {
    public enum Kind { EVENT, SOURCE }

    public enum Field { TITLE, SUMMARY, ACTOR, PLACE, QUOTE, SOURCE_TITLE, SOURCE_TEXT }

    /** Chosen because article text never holds these control characters. */
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    /** A piece of a snippet: plain, or words that matched. */
    public record Part(String text, boolean matched) {
    }

    /** The snippet cut at its marks, with line breaks and runs of spaces made single spaces. */
    public List<Part> snippetParts() {
        List<Part> parts = new ArrayList<>();
        String s = snippet == null ? "" : snippet.replaceAll("\\s+", " ");
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(MARK_START, i);
            if (open < 0) {
                parts.add(new Part(s.substring(i), false));
                break;
            }
            if (open > i) {
                parts.add(new Part(s.substring(i, open), false));
            }
            int close = s.indexOf(MARK_END, open + 1);
            int stop = close < 0 ? s.length() : close;
            if (stop > open + 1) {
                parts.add(new Part(s.substring(open + 1, stop), true));
            }
            i = close < 0 ? s.length() : close + 1;
        }
        return parts;
    }

    /** The snippet as plain text. */
    public String plainSnippet() {
        StringBuilder text = new StringBuilder();
        snippetParts().forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
