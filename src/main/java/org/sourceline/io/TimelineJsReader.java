package org.sourceline.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sourceline.io.ImportBuilder.Passage;
import org.sourceline.io.ImportBuilder.SourceRef;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;

/**
 * Reads a TimelineJS 3 JSON file (https://timeline.knightlab.com/docs/json-format.html): its title slide, its
 * events and its eras. Every problem is reported with its line and column, and nothing is returned unless the
 * whole file is right. docs/format.md says what each field becomes.
 */
public final class TimelineJsReader {
    static final String NAME = "TimelineJS";

    private final JsonInput in;
    private final ImportBuilder builder;
    private boolean cosmological;

    private TimelineJsReader(String file, String fileName, LocalDate today) {
        this.in = new JsonInput(file);
        this.builder = new ImportBuilder(fileName, NAME, today);
    }

    /**
     * @param file the name problems are reported under
     * @param fileName the file's own name, which the source standing for the file is named after
     * @param today the day of the import
     */
    public static LoadedTimeline read(String file, String fileName, InputStream stream, LocalDate today)
            throws IOException, InvalidInputException {
        TimelineJsReader reader = new TimelineJsReader(file, fileName, today);
        JsonNode root = reader.in.read(stream);
        reader.readTimeline(root);
        reader.in.throwIfAny();
        return reader.builder.build();
    }

    private void readTimeline(JsonNode root) {
        if (!in.isObject(root, "a TimelineJS file")) {
            return;
        }
        cosmological = "cosmological".equals(in.text(root, "scale"));
        JsonNode title = in.object(root, "title");
        if (title != null) {
            JsonNode text = in.object(title, "text");
            if (text != null) {
                int before = in.problems.size();
                String headline = in.text(text, "headline");
                String description = in.text(text, "text");
                if (in.problems.size() == before) {
                    builder.title(blankToNull(HtmlText.line(headline)))
                            .ifPresent(v -> in.problem(JsonInput.field(text, "headline"), v.message()));
                    builder.description(blankToNull(HtmlText.text(description)))
                            .ifPresent(v -> in.problem(JsonInput.field(text, "text"), v.message()));
                }
            }
        }
        JsonNode events = JsonInput.field(root, "events");
        if (events == null) {
            in.problem(root, "a TimelineJS file needs \"events\", a list of slides");
        } else if (events.type != JsonNode.Type.ARRAY) {
            in.problem(events, "\"events\" must be an array, found " + events.describe());
        } else {
            for (JsonNode slide : events.items()) {
                readSlide(slide);
            }
        }
        List<JsonNode> eras = in.array(root, "eras");
        for (int i = 0; i < eras.size(); i++) {
            readEra(eras.get(i), i + 1);
        }
    }

    private void readSlide(JsonNode slide) {
        if (!in.isObject(slide, "an event")) {
            return;
        }
        int before = in.problems.size();
        JsonNode startNode = JsonInput.field(slide, "start_date");
        DateParts start = null;
        if (startNode == null) {
            in.problem(slide, "event is missing required \"start_date\"");
        } else {
            start = parts(startNode, "start_date");
        }
        JsonNode endNode = JsonInput.field(slide, "end_date");
        DateParts end = endNode == null ? null : parts(endNode, "end_date");

        JsonNode text = in.object(slide, "text");
        String headline = text == null ? "" : HtmlText.line(in.text(text, "headline"));
        String summary = text == null ? "" : HtmlText.text(in.text(text, "text"));
        JsonNode media = in.object(slide, "media");
        String title = !headline.isEmpty() ? headline : firstLine(summary);
        List<Passage> passages = media == null ? List.of() : passages(media, title);
        if (title.isEmpty() && !passages.isEmpty()) {
            title = cut(passages.get(0).text());
        }
        JsonNode textNode = JsonInput.field(slide, "text");
        boolean textReadable = textNode == null || textNode.type == JsonNode.Type.OBJECT;
        if (title.isEmpty() && textReadable) {
            in.problem(slide, "an event needs a headline, a text or a media caption to be named by");
        }
        String group = HtmlText.line(in.text(slide, "group"));
        String uniqueId = in.text(slide, "unique_id");
        String slideDisplay = blankToNull(HtmlText.line(in.text(slide, "display_date")));
        String startDisplay = startNode == null || startNode.type != JsonNode.Type.OBJECT ? null
                : blankToNull(HtmlText.line(in.text(startNode, "display_date")));
        String endDisplay = endNode == null || endNode.type != JsonNode.Type.OBJECT ? null
                : blankToNull(HtmlText.line(in.text(endNode, "display_date")));
        if (in.problems.size() > before || start == null) {
            return;
        }
        EdtfDate date = span(start, end, endNode);
        if (date == null) {
            return;
        }
        String phrase = startDisplay != null ? startDisplay : slideDisplay;
        EdtfDate recovered = DatePhrases.recover(phrase, start, end);
        String display;
        if (recovered != null) {
            date = recovered;
            display = slideDisplay != null && !slideDisplay.equals(phrase) ? slideDisplay : null;
        } else if (slideDisplay != null) {
            display = slideDisplay;
        } else if (startDisplay != null) {
            display = endDisplay == null ? startDisplay : startDisplay + " \u2013 " + endDisplay;
        } else {
            display = null;
        }
        // Each rule broken is reported at the value it is about.
        JsonNode headlineNode = text == null ? null : JsonInput.field(text, "headline");
        JsonNode summaryNode = text == null ? null : JsonInput.field(text, "text");
        Map<String, JsonNode> where = new HashMap<>();
        where.put("title", !headline.isEmpty() ? headlineNode : !summary.isEmpty() ? summaryNode
                : JsonInput.field(slide, "media"));
        where.put("summary", summaryNode);
        where.put("display_date", slideDisplay != null ? JsonInput.field(slide, "display_date")
                : startDisplay != null ? JsonInput.field(startNode, "display_date") : null);
        where.put("category", JsonInput.field(slide, "group"));
        where.put("citations/quote", JsonInput.field(slide, "media"));
        where.put("sources/title", JsonInput.field(slide, "media"));
        where.put("sources/url", JsonInput.field(slide, "media"));
        builder.event(uniqueId != null ? uniqueId : title, title, summary, date, display,
                group.isEmpty() ? null : group, passages)
                .forEach(v -> in.problem(where.get(v.field()) != null ? where.get(v.field()) : slide, v.message()));
    }

    private void readEra(JsonNode era, int number) {
        if (!in.isObject(era, "an era")) {
            return;
        }
        int before = in.problems.size();
        JsonNode startNode = JsonInput.field(era, "start_date");
        DateParts start = null;
        if (startNode == null) {
            in.problem(era, "era is missing required \"start_date\"");
        } else {
            start = parts(startNode, "start_date");
        }
        JsonNode endNode = JsonInput.field(era, "end_date");
        DateParts end = endNode == null ? null : parts(endNode, "end_date");
        JsonNode text = in.object(era, "text");
        String label = text == null ? "" : HtmlText.line(in.text(text, "headline"));
        if (in.problems.size() > before || start == null) {
            return;
        }
        EdtfDate date = span(start, end, endNode);
        if (date == null) {
            return;
        }
        JsonNode labelNode = text == null ? null : JsonInput.field(text, "headline");
        builder.era(label.isEmpty() ? "era-" + number : label, label.isEmpty() ? "Era " + number : label,
                collapse(date, start), null, null)
                .forEach(v -> in.problem(v.field().equals("label") && labelNode != null ? labelNode : era,
                        v.message()));
    }

    /**
     * An era whose end is the last day of its start's month or year is that month or year: the end is only there
     * because TimelineJS needs one.
     */
    static EdtfDate collapse(EdtfDate date, DateParts start) {
        EdtfDate alone = start.toEdtf();
        return alone.earliestEpochSecond() == date.earliestEpochSecond()
                && alone.latestEpochSecond() == date.latestEpochSecond() ? alone : date;
    }

    /** From the start to the end, both included; null after reporting an end before the start. */
    private EdtfDate span(DateParts start, DateParts end, JsonNode endNode) {
        if (end == null) {
            return start.toEdtf();
        }
        String from = start.startText();
        String to = end.endText();
        if (from.equals(to)) {
            return start.toEdtf();
        }
        try {
            return EdtfDate.parse(from + "/" + to);
        } catch (EdtfException e) {
            in.problem(endNode, "end_date " + to + " is before start_date " + from);
            return null;
        }
    }

    /**
     * The numbers of a date object. TimelineJS counts years before year 1 as people do (-44 is 44 BC), so they
     * become ISO years one nearer (-43); year 0, which TimelineJS also accepts, is 1 BC as well.
     */
    private DateParts parts(JsonNode node, String key) {
        if (!in.isObject(node, "\"" + key + "\"")) {
            return null;
        }
        int before = in.problems.size();
        Long year = in.integer(node, "year");
        Long month = in.integer(node, "month");
        Long day = in.integer(node, "day");
        Long hour = in.integer(node, "hour");
        Long minute = in.integer(node, "minute");
        Long second = in.integer(node, "second");
        in.integer(node, "millisecond");
        if (year == null && JsonInput.field(node, "year") == null) {
            in.problem(node, "\"" + key + "\" is missing required \"year\"");
        }
        if (in.problems.size() > before || year == null) {
            return null;
        }
        long isoYear = year < 0 ? year + 1 : year;
        if (cosmological) {
            month = null;
            day = null;
            hour = null;
            minute = null;
            second = null;
        }
        DateParts parts;
        try {
            parts = new DateParts(isoYear, small(month), small(day), small(hour), small(minute), small(second));
        } catch (IllegalArgumentException e) {
            in.problem(node, "\"" + key + "\": " + e.getMessage());
            return null;
        }
        Optional<Violation> outside = Rules.date(key, parts.toEdtf().toString());
        if (outside.isPresent()) {
            in.problem(node, outside.get().message());
            return null;
        }
        return parts;
    }

    private static Integer small(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /**
     * The evidence a media object gives. The quoted text is the paragraphs of a {@code <blockquote>} given as the
     * media (TimelineJS's quote media), else of the caption, else of the credit. A {@code <cite>} after quoted
     * paragraphs names their source; otherwise the credit's paragraphs name the sources of the quoted paragraphs
     * in order (the last one naming all the rest). The source's address is the media's when it is a web page (the
     * picture or page shown), else that of a link in its name.
     */
    private List<Passage> passages(JsonNode media, String headline) {
        return mediaPassages(in.text(media, "url"), in.text(media, "caption"), in.text(media, "credit"), headline);
    }

    /** The evidence of a media given by its address (or markup), caption and credit; shared with spreadsheets. */
    static List<Passage> mediaPassages(String url, String caption, String credit, String headline) {
        String address = url != null && HtmlText.isWebAddress(url.strip()) ? url.strip() : null;
        List<SourceRef> credits = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        if (url != null && url.toLowerCase(Locale.ROOT).contains("<blockquote")) {
            CitationHtml.Read read = CitationHtml.read(HtmlText.blocks(url));
            passages.addAll(read.cited());
            quotes.addAll(read.uncited());
            credits.addAll(refs(credit));
        } else if (caption != null && !HtmlText.text(caption).isEmpty()) {
            quotes.add(HtmlText.text(caption));
            credits.addAll(refs(credit));
        } else if (credit != null && !HtmlText.text(credit).isEmpty()) {
            quotes.add(HtmlText.text(credit));
        } else if (address != null && !headline.isEmpty()) {
            quotes.add(headline);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String quote : quotes) {
            for (String paragraph : quote.split("\n+")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            SourceRef ref;
            if (credits.isEmpty()) {
                ref = address != null ? new SourceRef(null, address) : SourceRef.FILE;
            } else {
                SourceRef named = credits.get(Math.min(i, credits.size() - 1));
                ref = new SourceRef(named.title(), address != null ? address : named.url());
            }
            passages.add(new Passage(ref, paragraphs.get(i)));
        }
        return passages;
    }

    /** The sources a credit names, one per paragraph. */
    private static List<SourceRef> refs(String credit) {
        List<SourceRef> refs = new ArrayList<>();
        for (HtmlText.Block block : HtmlText.blocks(credit)) {
            refs.add(new SourceRef(ImportBuilder.sourceTitle(block.text()), block.href()));
        }
        return refs;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return cut(end < 0 ? text : text.substring(0, end));
    }

    /** A title made from a longer text: its first 120 characters, with an ellipsis when it goes on. */
    private static String cut(String text) {
        return ImportBuilder.shortened(text, 120);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
