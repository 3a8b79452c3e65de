package org.sourceline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;


/**
 * An article file as saved and the body cut from it: the kept lines, blank lines dropped, joined by a blank
 * line. Quotes are looked up, and citation offsets counted, in the body.
 */
public record Article(String rawText, String body) {
    public Article {
        Objects.requireNonNull(rawText);
        Objects.requireNonNull(body);
    }

    /** Splits on LF (a CR before it is dropped) so that line numbers match what an editor shows. */
    public static List<String> lines(String rawText) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rawText.length(); i++) {
            if (rawText.charAt(i) == '\n') {
                int end = i > start && rawText.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(rawText.substring(start, end));
                start = i + 1;
            }
        }
        if (start < rawText.length()) {
            lines.add(rawText.substring(start));
        }
        return lines;
    }

    /** Only spaces and tabs: a line holding a no-break space is text, as it is in the page. */
    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Cuts the body out of a file: lines are taken whole, as written.
     *
     * @throws IllegalArgumentException if a range goes past the end of the file or the body is empty
     */
    public static Article cut(String rawText, List<LineRange> ranges) {
        List<String> lines = lines(rawText);
        StringBuilder body = new StringBuilder();
        LineRange previous = null;
        for (LineRange range : ranges) {
            if (previous != null && range.from() <= previous.to()) {
                throw new IllegalArgumentException("line range " + range.from() + "-" + range.to()
                        + " must start after the previous range (" + previous.from() + "-" + previous.to() + ") ends");
            }
            previous = range;
            if (range.to() > lines.size()) {
                throw new IllegalArgumentException(
                        "line range " + range.from() + "-" + range.to() + " goes past the end of the file ("
                                + lines.size() + " lines)");
            }
            for (int n = range.from(); n <= range.to(); n++) {
                String line = lines.get(n - 1);
                if (isBlank(line)) {
                    continue;
                }
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(line);
            }
        }
        if (body.length() == 0) {
            throw new IllegalArgumentException("the body lines hold no text");
        }
        return new Article(rawText, body.toString());
    }

    /**
     * The line of the file on which the body's character at {@code offset} stands, from 1: the body's paragraphs
     * are the kept lines that hold text, in order.
     *
     * @param ranges the lines kept, as the body was cut with them
     */
    public int lineOf(List<LineRange> ranges, int offset) {
        int paragraph = 0;
        for (int at = body.indexOf("\n\n"); at >= 0 && at < offset; at = body.indexOf("\n\n", at + 2)) {
            paragraph++;
        }
        List<String> lines = lines(rawText);
        int seen = 0;
        for (LineRange range : ranges) {
            for (int n = range.from(); n <= Math.min(range.to(), lines.size()); n++) {
                if (!isBlank(lines.get(n - 1))) {
                    if (seen == paragraph) {
                        return n;
                    }
                    seen++;
                }
            }
        }
        return lines.size();
    }
}
