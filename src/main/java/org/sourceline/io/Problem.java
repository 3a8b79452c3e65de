package org.sourceline.io;

/**
 * One thing wrong with an input file, located so that a person can go and fix it. A column of 0 means the line
 * alone locates it: for a spreadsheet, {@code line} is the row, counted as a spreadsheet counts them.
 */
public record Problem(String file, int line, int column, String message) {
    /** A problem of a whole row of a CSV file ({@code file:row: message}). */
    public static Problem atRow(String file, int row, String message) {
        return new Problem(file, row, 0, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
