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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.io.ImportBuilder.Passage;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;
import org.sourceline.model.Era;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;

/**
 * Reads vis-timeline data: an array of items, or an object with {@code items} and {@code groups}. Items of type
 * {@code background} are eras; the others are events, in the category their group names. Every problem is
 * reported with its line and column, and nothing is returned unless the whole file is right.
 */
public final class VisReader {
    static final String NAME = "vis-timeline";
    private static final Set<String> TYPES = Set.of("box", "point", "range", "background");
    private static final Pattern BACKGROUND_COLOR = Pattern.compile("background(?:-color)?\\s*:\\s*(#[0-9A-Fa-f]{6})");

    private final JsonInput in;
    private final ImportBuilder builder;
    private final Map<String, String> groupLabels = new HashMap<>();
    private boolean hasGroups;

    private VisReader(String file, String fileName, LocalDate today) {
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
        VisReader reader = new VisReader(file, fileName, today);
        JsonNode root = reader.in.read(stream);
        reader.readAll(root);
        reader.in.throwIfAny();
        return reader.builder.build();
    }

    private void readAll(JsonNode root) {
        List<JsonNode> items;
        if (root.type == JsonNode.Type.ARRAY) {
            items = root.items();
        } else if (root.type == JsonNode.Type.OBJECT) {
            JsonNode itemsNode = JsonInput.field(root, "items");
            if (itemsNode == null) {
                in.problem(root, "vis-timeline data needs \"items\", a list of items");
                return;
            }
            items = in.array(root, "items");
            JsonNode groupsNode = JsonInput.field(root, "groups");
            hasGroups = groupsNode != null;
            for (JsonNode group : in.array(root, "groups")) {
                if (in.isObject(group, "a group")) {
                    String id = in.text(group, "id");
                    if (id == null) {
                        in.problem(group, "a group needs an \"id\"");
                    } else {
                        String label = HtmlText.line(in.text(group, "content"));
                        groupLabels.put(id, label.isEmpty() ? id : label);
                    }
                }
            }
        } else {
            in.problem(root, "vis-timeline data must be an array of items or an object with \"items\", found "
                    + root.describe());
            return;
        }
        for (JsonNode item : items) {
            readItem(item);
        }
    }

    private void readItem(JsonNode item) {
        if (!in.isObject(item, "an item")) {
            return;
        }
        int before = in.problems.size();
        String type = in.text(item, "type");
        if (type != null && !TYPES.contains(type)) {
            in.problem(JsonInput.field(item, "type"), "unknown item type \"" + type
                    + "\" (vis-timeline knows box, point, range and background)");
        }
        String id = in.text(item, "id");
        String content = HtmlText.line(in.text(item, "content"));
        String tooltip = in.text(item, "title");
        String className = in.text(item, "className");
        String category = category(item, className);
        JsonNode startNode = JsonInput.field(item, "start");
        VisDates.Point start = null;
        if (startNode == null) {
            in.problem(item, "item is missing required \"start\"");
        } else {
            start = point(startNode, "start");
        }
        JsonNode endNode = JsonInput.field(item, "end");
        VisDates.Point end = endNode == null ? null : point(endNode, "end");
        List<HtmlText.Block> blocks = HtmlText.blocks(tooltip);
        EdtfDate exact = null;
        String timeText = null;
        for (HtmlText.Block block : blocks) {
            if (block.kind() == HtmlText.Kind.TIME) {
                timeText = block.text().replace('\n', ' ');
                if (block.datetime() != null) {
                    try {
                        exact = EdtfDate.parse(block.datetime().strip());
                    } catch (EdtfException e) {
                        in.problem(JsonInput.field(item, "title"), "the <time> of \"title\" has datetime \""
                                + block.datetime() + "\", which is not an EDTF date: " + e.getMessage());
                    }
                    Optional<Violation> outside = exact == null ? Optional.empty()
                            : Rules.date("date", exact.toString());
                    if (outside.isPresent()) {
                        in.problem(JsonInput.field(item, "title"), outside.get().message());
                        exact = null;
                    }
                }
                break;
            }
        }
        if (in.problems.size() > before || start == null) {
            return;
        }
        EdtfDate date = exact != null ? exact : span(start, end, endNode);
        if (date == null) {
            return;
        }
        // Checked once the range is read: vis ends a range at the first moment after it, which may lie a year past
        // the last supported one when the range does not.
        Optional<Violation> outside = Rules.date("date", date.toString());
        if (outside.isPresent()) {
            boolean startOutside = Rules.date("date", start.edtf()).isPresent();
            in.problem(startOutside || endNode == null ? startNode : endNode, outside.get().message());
            return;
        }
        String display = timeText == null || isPhraseOf(timeText, date) ? null : timeText;
        if ("background".equals(type)) {
            String label = !content.isEmpty() ? content : id;
            if (label == null) {
                in.problem(item, "a background item needs a \"content\" or an \"id\" to name its era");
                return;
            }
            String style = in.text(item, "style");
            Matcher color = style == null ? null : BACKGROUND_COLOR.matcher(style);
            JsonNode labelNode = !content.isEmpty() ? JsonInput.field(item, "content") : JsonInput.field(item, "id");
            builder.era(id != null ? id : label, label, date, category,
                    color != null && color.find() && Era.isColor(color.group(1)) ? color.group(1) : null)
                    .forEach(v -> in.problem(v.field().equals("label") && labelNode != null ? labelNode : item,
                            v.message()));
            return;
        }
        StringBuilder summary = new StringBuilder();
        for (HtmlText.Block block : blocks) {
            if (block.kind() == HtmlText.Kind.TEXT) {
                summary.append(summary.length() == 0 ? "" : "\n\n").append(block.text());
            }
        }
        CitationHtml.Read quoted = CitationHtml.read(blocks);
        List<Passage> passages = new ArrayList<>(quoted.cited());
        quoted.uncited().forEach(text -> passages.add(new Passage(ImportBuilder.SourceRef.FILE, text)));
        String title = !content.isEmpty() ? content : summary.length() > 0 ? summary.toString().split("\n")[0]
                : id;
        if (title == null) {
            in.problem(item, "an item needs a \"content\" to be named by");
            return;
        }
        // Each rule broken is reported at the value it is about: the tooltip holds all but the title and category.
        JsonNode tooltipNode = JsonInput.field(item, "title");
        Map<String, JsonNode> where = new HashMap<>();
        where.put("title", !content.isEmpty() ? JsonInput.field(item, "content")
                : summary.length() > 0 ? tooltipNode : JsonInput.field(item, "id"));
        where.put("category", JsonInput.field(item, "group") != null ? JsonInput.field(item, "group")
                : JsonInput.field(item, "className"));
        builder.event(id != null ? id : title, title, summary.toString(), date, display, category, passages)
                .forEach(v -> {
                    JsonNode at = where.containsKey(v.field()) ? where.get(v.field()) : tooltipNode;
                    in.problem(at != null ? at : item, v.message());
                });
    }

    /** The group's label, else its id; without a group, the first CSS class. */
    private String category(JsonNode item, String className) {
        JsonNode groupNode = JsonInput.field(item, "group");
        String group = in.text(item, "group");
        if (group != null) {
            if (hasGroups && !groupLabels.containsKey(group)) {
                in.problem(groupNode, "group \"" + group + "\" is not in \"groups\"");
            }
            return groupLabels.getOrDefault(group, group);
        }
        if (className != null && !className.isBlank()) {
            return className.strip().split("\\s+")[0];
        }
        return null;
    }

    private VisDates.Point point(JsonNode node, String key) {
        try {
            if (node.type == JsonNode.Type.NUMBER) {
                // Beyond a long, longValue() would give another number, and the message a time that was not written.
                if (!(Math.abs(node.number().doubleValue()) < Long.MAX_VALUE)) {
                    in.problem(node, "\"" + key + "\" is a number of milliseconds too far from 1970 for any date");
                    return null;
                }
                return VisDates.ofMillis(node.number().longValue());
            }
            if (node.type == JsonNode.Type.STRING) {
                return VisDates.parse(node.text());
            }
            in.problem(node, "\"" + key + "\" must be a date string or a number of milliseconds, found "
                    + node.describe());
        } catch (IllegalArgumentException e) {
            in.problem(node, "\"" + key + "\": " + e.getMessage());
        }
        return null;
    }

    /** From start to end; an end without a time closes the period before it. Null after reporting a problem. */
    private EdtfDate span(VisDates.Point start, VisDates.Point end, JsonNode endNode) {
        EdtfDate first = EdtfDate.parse(start.edtf());
        if (end == null) {
            return first;
        }
        String last = end.dateOnly() ? VisDates.before(end.edtf()) : end.edtf();
        if (last.equals(start.edtf())) {
            return first;
        }
        try {
            EdtfDate date = EdtfDate.parse(start.edtf() + "/" + last);
            // A range that ends with its start's own period is that period: 2022-05 to 2022-06 is May.
            return date.latestEpochSecond() == first.latestEpochSecond() ? first : date;
        } catch (EdtfException e) {
            if (end.dateOnly() && EdtfDate.parse(end.edtf()).earliestEpochSecond() == first.earliestEpochSecond()) {
                return first;   // a range of no length: the start alone
            }
            in.problem(endNode, "\"end\" " + end.edtf() + " is before \"start\" " + start.edtf());
            return null;
        }
    }

    private static boolean isPhraseOf(String text, EdtfDate date) {
        return text.equals(DatePhrase.format(date, Locale.FRENCH)) || text.equals(DatePhrase.format(date,
                Locale.ENGLISH));
    }
}
