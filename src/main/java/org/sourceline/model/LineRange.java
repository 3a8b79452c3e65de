package org.sourceline.model;

/** An inclusive, 1-based range of lines of an article file that belongs to the article's body. */
public record LineRange(int from, int to) {
    public LineRange {
        if (from < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + from);
        }
        if (to < from) {
            throw new IllegalArgumentException("line range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(int line) {
        return line >= from && line <= to;
    }
}
