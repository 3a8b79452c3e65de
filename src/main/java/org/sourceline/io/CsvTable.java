package org.sourceline.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as RFC 4180 describes it, read with the separator its header line uses (comma or semicolon): fields
 * in double quotes may hold separators, doubled quotes and line breaks. Rows are numbered as a spreadsheet numbers
 * them, the header being row 1, whatever line breaks quoted fields hold.
 */
final class CsvTable {
    /**
     * A row's cells, and which of them were quoted: a quoted cell is taken exactly as written (spaces at its ends
     * are part of the text, and our export quotes a text that has them), an unquoted one without the spaces a
     * person typing a file leaves around values.
     */
    record Row(int number, List<String> cells, java.util.BitSet quoted) {
        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return "";
            }
            return quoted.get(index) ? cells.get(index) : cells.get(index).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A file that is not CSV at all: a quote left open, text after a closing quote. */
    static final class Malformed extends Exception {
        final int row;

        Malformed(int row, String message) {
            super(message);
            this.row = row;
        }
    }

    final char separator;
    final List<String> header;
    final List<Row> rows;

    private CsvTable(char separator, List<String> header, List<Row> rows) {
        this.separator = separator;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable parse(String text) throws Malformed {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        List<Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        java.util.BitSet quoted = new java.util.BitSet();
        int row = 1;
        int i = 0;
        int n = text.length();
        boolean atFieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atFieldStart && c == '"') {
                int openedAt = row;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed(openedAt, "a quoted field is never closed (its opening quote is in"
                                + " this row)");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\r') {
                        // A line break inside a cell, as a spreadsheet on Windows writes it (CRLF) or an old Mac
                        // (CR): the text holds it as a line feed, the only line break text may hold.
                        field.append('\n');
                        i += i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                        continue;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new Malformed(openedAt, "text after the closing quote of a field: a quote inside a"
                            + " quoted field is written twice (\"\")");
                }
                quoted.set(cells.size());
                atFieldStart = false;
                continue;
            }
            if (c == separator) {
                cells.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(field.toString());
                field.setLength(0);
                records.add(new Row(row++, List.copyOf(cells), (java.util.BitSet) quoted.clone()));
                cells.clear();
                quoted.clear();
                atFieldStart = true;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                atFieldStart = false;
                i++;
            }
        }
        if (!atFieldStart || !cells.isEmpty() || field.length() > 0) {
            cells.add(field.toString());
            records.add(new Row(row, List.copyOf(cells), (java.util.BitSet) quoted.clone()));
        }
        if (records.isEmpty()) {
            return new CsvTable(separator, List.of(), List.of());
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        return new CsvTable(separator, header, List.copyOf(records.subList(1, records.size())));
    }

    /** The separator of the header line: whichever of comma and semicolon it has more of, outside quotes. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The index of a column, matched without regard to case or surrounding spaces; -1 if there is none. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
