package org.sourceline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.io.ImportBuilder.Passage;
import org.sourceline.io.ImportBuilder.SourceRef;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;
import org.sourceline.model.Era;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;

/**
 * Reads a timeline from a spreadsheet saved as CSV (UTF-8, with or without a byte-order mark; comma or semicolon
 * as its header line uses). Two layouts are told apart by their header: the TimelineJS template ({@code Year},
 * {@code Headline}, …) and Sourceline's own ({@code date}, {@code title}, …, dates in EDTF). Every problem is
 * reported as {@code file:row: message}, and nothing is returned unless the whole file is right.
 */
public final class CsvReader {
    static final String NAME = "CSV";

    /** The columns of Sourceline's layout; {@code date} and {@code title} are required. */
    static final List<String> SOURCELINE_COLUMNS = List.of("type", "id", "date", "end", "display_date", "title",
            "summary", "category", "color", "source", "source_url", "quote");
    private static final Set<String> DESCRIBING = Set.of("type", "id", "date", "end", "display_date", "title",
            "summary", "category", "color");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?(?:[.,]\\d+)?\\s*([AaPp]\\.?[Mm]\\.?)?");

    private final String file;
    private final ImportBuilder builder;
    private final List<Problem> problems = new ArrayList<>();

    private CsvReader(String file, String fileName, LocalDate today) {
        this.file = file;
        this.builder = new ImportBuilder(fileName, NAME, today);
    }

    /**
     * @param file the name problems are reported under
     * @param fileName the file's own name, which the source standing for the file is named after
     * @param today the day of the import
     */
    public static LoadedTimeline read(String file, String fileName, InputStream in, LocalDate today)
            throws IOException, InvalidInputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(Problem.atRow(file, 1,
                    "the file is not UTF-8 text: save the spreadsheet as \"CSV UTF-8\"")));
        }
        CsvTable table;
        try {
            table = CsvTable.parse(text);
        } catch (CsvTable.Malformed e) {
            throw new InvalidInputException(List.of(Problem.atRow(file, e.row, e.getMessage())));
        }
        CsvReader reader = new CsvReader(file, fileName, today);
        if (isTimelineJs(table)) {
            reader.readTimelineJs(table);
        } else if (isSourceline(table)) {
            reader.readSourceline(table);
        } else {
            reader.problem(1, "the header is neither TimelineJS's (Year, Month, Day, …, Headline, Text, …) nor"
                    + " Sourceline's (date, title, summary, category, source_url, quote, …)");
        }
        if (!reader.problems.isEmpty()) {
            throw new InvalidInputException(reader.problems);
        }
        return reader.builder.build();
    }

    static boolean isTimelineJs(CsvTable table) {
        return table.column("Year") >= 0 && table.column("Headline") >= 0;
    }

    static boolean isSourceline(CsvTable table) {
        return table.column("date") >= 0 && table.column("title") >= 0;
    }

    private void problem(int row, String message) {
        problems.add(Problem.atRow(file, row, message));
    }

    private void checkWidth(CsvTable table, CsvTable.Row row) {
        for (int i = table.header.size(); i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                problem(row.number(), "the row has " + row.cells().size() + " cells but the header names only "
                        + table.header.size() + " columns (a separator too many, or a text with a "
                        + (table.separator == ';' ? "semicolon" : "comma") + " that needs quotes?)");
                return;
            }
        }
    }

    // ---- TimelineJS's template -------------------------------------------------------------------------------

    private void readTimelineJs(CsvTable table) {
        for (CsvTable.Row row : table.rows) {
            if (row.isBlank()) {
                continue;
            }
            checkWidth(table, row);
            String type = cell(table, row, "Type").toLowerCase(Locale.ROOT);
            String headline = HtmlText.line(cell(table, row, "Headline"));
            String text = HtmlText.text(cell(table, row, "Text"));
            if (type.equals("title")) {
                builder.title(headline.isEmpty() ? null : headline).ifPresent(v -> problem(row.number(), v.message()));
                builder.description(text.isEmpty() ? null : text).ifPresent(v -> problem(row.number(), v.message()));
                continue;
            }
            if (!type.isEmpty() && !type.equals("era")) {
                problem(row.number(), "Type \"" + type + "\" is neither empty, \"title\" nor \"era\"");
                continue;
            }
            int before = problems.size();
            DateParts start = parts(table, row, "", true);
            DateParts end = cell(table, row, "End Year").isEmpty() ? null : parts(table, row, "End ", false);
            if (problems.size() > before || start == null) {
                continue;
            }
            EdtfDate date = span(row, start, end);
            if (date == null) {
                continue;
            }
            String group = HtmlText.line(cell(table, row, "Group"));
            if (type.equals("era")) {
                String background = cell(table, row, "Background");
                builder.era(headline.isEmpty() ? "era" : headline, headline.isEmpty() ? "Era" : headline,
                        TimelineJsReader.collapse(date, start), group.isEmpty() ? null : group,
                        Era.isColor(background) ? background : null)
                        .forEach(v -> problem(row.number(), v.message()));
                continue;
            }
            List<Passage> passages = TimelineJsReader.mediaPassages(blankToNull(cell(table, row, "Media")),
                    blankToNull(cell(table, row, "Media Caption")), blankToNull(cell(table, row, "Media Credit")),
                    headline);
            String title = !headline.isEmpty() ? headline : text.isEmpty() ? "" : text.split("\n")[0];
            if (title.isEmpty() && !passages.isEmpty()) {
                title = passages.get(0).text();
            }
            if (!checkTitle(row, title, "Headline")) {
                continue;
            }
            String display = blankToNull(HtmlText.line(cell(table, row, "Display Date")));
            EdtfDate recovered = DatePhrases.recover(display, start, end);
            if (recovered != null) {
                date = recovered;
                display = null;
            }
            builder.event(title, title, text, date, display, group.isEmpty() ? null : group, passages)
                    .forEach(v -> problem(row.number(), v.message()));
        }
    }

    /** Year, Month, Day and Time, or the same with "End " before them. Years count BC as TimelineJS does. */
    private DateParts parts(CsvTable table, CsvTable.Row row, String prefix, boolean required) {
        Long year = number(table, row, prefix + "Year");
        Long month = number(table, row, prefix + "Month");
        Long day = number(table, row, prefix + "Day");
        String time = cell(table, row, prefix + "Time");
        if (year == null) {
            if (required && cell(table, row, prefix + "Year").isEmpty()) {
                problem(row.number(), prefix + "Year is empty: every event and era needs a year");
            }
            return null;
        }
        Integer hour = null;
        Integer minute = null;
        Integer second = null;
        if (!time.isEmpty()) {
            Matcher m = TIME.matcher(time);
            if (!m.matches()) {
                problem(row.number(), prefix + "Time \"" + time + "\" is not a time such as 14:30 or 2:30 PM");
                return null;
            }
            hour = Integer.valueOf(m.group(1));
            minute = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            if (m.group(4) != null) {
                if (hour < 1 || hour > 12) {
                    problem(row.number(), prefix + "Time \"" + time + "\": with AM or PM the hour is 1 to 12");
                    return null;
                }
                boolean pm = Character.toLowerCase(m.group(4).charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        long isoYear = year < 0 ? year + 1 : year;
        DateParts parts;
        try {
            parts = new DateParts(isoYear, toInt(month), toInt(day), hour, minute, second);
        } catch (IllegalArgumentException e) {
            problem(row.number(), prefix + "date: " + e.getMessage());
            return null;
        }
        Optional<Violation> outside = Rules.date("date", parts.toEdtf().toString());
        if (outside.isPresent()) {
            problem(row.number(), outside.get().message());
            return null;
        }
        return parts;
    }

    private Long number(CsvTable table, CsvTable.Row row, String column) {
        String text = cell(table, row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.replace("\u2212", "-"));
        } catch (NumberFormatException e) {
            problem(row.number(), column + " \"" + text + "\" is not a whole number");
            return null;
        }
    }

    private EdtfDate span(CsvTable.Row row, DateParts start, DateParts end) {
        if (end == null || start.startText().equals(end.endText())) {
            return start.toEdtf();
        }
        try {
            return EdtfDate.parse(start.startText() + "/" + end.endText());
        } catch (EdtfException e) {
            problem(row.number(), "the end (" + end.endText() + ") is before the start (" + start.startText() + ")");
            return null;
        }
    }

    // ---- Sourceline's layout ---------------------------------------------------------------------------------

    /** An event being read: continuation rows add passages to it. */
    private record Pending(int row, String id, String title, String summary, EdtfDate date, String display,
                           String category, List<Passage> passages) {
    }

    private void readSourceline(CsvTable table) {
        for (int i = 0; i < table.header.size(); i++) {
            String name = table.header.get(i);
            if (!name.isEmpty() && !SOURCELINE_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                problem(1, "unknown column \"" + name + "\" (the columns are " + String.join(", ",
                        SOURCELINE_COLUMNS) + ")");
            }
        }
        Pending pending = null;
        for (CsvTable.Row row : table.rows) {
            if (row.isBlank()) {
                continue;
            }
            checkWidth(table, row);
            boolean describes = DESCRIBING.stream().anyMatch(c -> !cell(table, row, c).isEmpty());
            if (!describes) {
                if (pending == null) {
                    problem(row.number(), "this row gives only a source or a quote, but there is no event above it"
                            + " to add them to");
                } else {
                    passage(table, row).ifPresent(pending.passages()::add);
                }
                continue;
            }
            if (pending != null) {
                flush(pending);
                pending = null;
            }
            String type = cell(table, row, "type").toLowerCase(Locale.ROOT);
            String title = cell(table, row, "title").replaceAll("\\s*\\n\\s*", " ");
            String summary = cell(table, row, "summary");
            if (type.equals("title")) {
                builder.title(title.isEmpty() ? null : title).ifPresent(v -> problem(row.number(), v.message()));
                builder.description(summary.isEmpty() ? null : summary)
                        .ifPresent(v -> problem(row.number(), v.message()));
                continue;
            }
            if (!type.isEmpty() && !type.equals("event") && !type.equals("era")) {
                problem(row.number(), "type \"" + type + "\" is neither empty, \"event\", \"era\" nor \"title\"");
                continue;
            }
            int before = problems.size();
            EdtfDate date = edtf(row, table);
            String category = blankToNull(cell(table, row, "category"));
            String id = blankToNull(cell(table, row, "id"));
            if (type.equals("era")) {
                String color = blankToNull(cell(table, row, "color"));
                if (color != null && !Era.isColor(color)) {
                    problem(row.number(), "color \"" + color + "\" is not a colour written #rrggbb");
                }
                if (title.isEmpty()) {
                    problem(row.number(), "an era needs a title, its label");
                }
                if (problems.size() == before) {
                    builder.era(id != null ? id : title, title, date, category, color)
                            .forEach(v -> problem(row.number(), v.message()));
                }
                continue;
            }
            checkTitle(row, title, "title");
            Optional<Passage> passage = passage(table, row);
            if (problems.size() > before) {
                continue;
            }
            List<Passage> passages = new ArrayList<>();
            passage.ifPresent(passages::add);
            pending = new Pending(row.number(), id != null ? id : title, title, summary, date,
                    blankToNull(cell(table, row, "display_date")), category, passages);
        }
        if (pending != null) {
            flush(pending);
        }
    }

    private void flush(Pending p) {
        List<Passage> passages = new ArrayList<>();
        for (Passage passage : p.passages()) {
            passages.add(passage.text() == null ? new Passage(passage.source(), p.title()) : passage);
        }
        builder.event(p.id(), p.title(), p.summary(), p.date(), p.display(), p.category(), passages)
                .forEach(v -> problem(p.row(), v.message()));
    }

    /** The date, and the end when given, in EDTF; null after reporting a problem. */
    private EdtfDate edtf(CsvTable.Row row, CsvTable table) {
        String date = cell(table, row, "date");
        String end = cell(table, row, "end");
        if (date.isEmpty()) {
            problem(row.number(), "date is empty");
            return null;
        }
        EdtfDate start = parseEdtf(row, "date", date);
        if (start == null || end.isEmpty()) {
            return start;
        }
        EdtfDate last = parseEdtf(row, "end", end);
        if (last == null) {
            return null;
        }
        if (start.isInterval() || start.isOneOfRange() || last.isInterval() || last.isOneOfRange()) {
            problem(row.number(), "an end is given, so date and end must both be single dates (or write the"
                    + " interval " + date + "/" + end + " in date alone)");
            return null;
        }
        return parseEdtf(row, "date and end", date + "/" + end);
    }

    private EdtfDate parseEdtf(CsvTable.Row row, String column, String text) {
        EdtfDate date;
        try {
            date = EdtfDate.parse(text);
        } catch (EdtfException e) {
            problem(row.number(), column + " \"" + text + "\" is not a valid EDTF date: " + e.getMessage());
            return null;
        }
        Optional<Violation> outside = Rules.date("date", text);
        if (outside.isPresent()) {
            problem(row.number(), outside.get().message());
            return null;
        }
        return date;
    }

    /** The row's source and quote; a passage with no text stands for the event's title. */
    private Optional<Passage> passage(CsvTable table, CsvTable.Row row) {
        String title = blankToNull(cell(table, row, "source"));
        String url = blankToNull(cell(table, row, "source_url"));
        String quote = blankToNull(cell(table, row, "quote"));
        if (url != null && !HtmlText.isWebAddress(url)) {
            problem(row.number(), "source_url \"" + url + "\" must start with http:// or https://");
            return Optional.empty();
        }
        if (title == null && url == null && quote == null) {
            return Optional.empty();
        }
        SourceRef source = title == null && url == null ? SourceRef.FILE
                : new SourceRef(title == null ? null : ImportBuilder.sourceTitle(title), url);
        return Optional.of(new Passage(source, quote));
    }

    // ---- both ------------------------------------------------------------------------------------------------

    private boolean checkTitle(CsvTable.Row row, String title, String column) {
        if (title.isEmpty()) {
            problem(row.number(), column + " is empty: every event needs one");
            return false;
        }
        Optional<Violation> broken = Rules.text("title", title);
        broken.ifPresent(v -> problem(row.number(), v.message()));
        return broken.isEmpty();
    }

    /** A cell's text, less its surrounding spaces and the apostrophe that keeps a formula from running. */
    private static String cell(CsvTable table, CsvTable.Row row, String column) {
        return FormulaText.unescape(row.cell(table.column(column)));
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
