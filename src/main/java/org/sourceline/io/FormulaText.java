package org.sourceline.io;

/**
 * Keeps a spreadsheet from running a cell of a CSV file as a formula. A spreadsheet that opens a CSV file takes a
 * cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return for a formula, and a
 * formula can open links, fetch addresses or start programs (OWASP, "CSV Injection"). The writer puts an apostrophe
 * before such a cell, which spreadsheets take as "this is text"; the reader takes it off again.
 *
 * <p>A text that really starts with apostrophes followed by such a character gets one apostrophe more, and the
 * reader takes one apostrophe off any cell made of apostrophes followed by such a character: every text written
 * is read back exactly as it was, whatever it starts with.
 */
final class FormulaText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaText() {
    }

    /** The cell to write for a text: the text, after an apostrophe when a spreadsheet would take it for a formula. */
    static String escape(String text) {
        return text != null && startsAfterApostrophes(text, 0) ? "'" + text : text;
    }

    /** The text a cell holds: the cell, less the apostrophe {@link #escape} put before it. */
    static String unescape(String cell) {
        return cell != null && startsAfterApostrophes(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether a cell starts, as it is, with a character that makes a spreadsheet read a formula. */
    static boolean startsLikeAFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
    }

    /** Whether the text is at least {@code apostrophes} apostrophes, then possibly more, then a formula start. */
    private static boolean startsAfterApostrophes(String text, int apostrophes) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i >= apostrophes && i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
