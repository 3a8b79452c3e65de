package org.sourceline.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Rules;
import org.sourceline.model.Source;
import org.sourceline.model.Violation;

/**
 * Builds a timeline from what another format says, once its reader has checked it.
 *
 * <p>Our model ties every event to a verbatim passage of an article; other formats have no articles. So each
 * source named in the file (by a media credit, a {@code <cite>}, a source column) becomes a source whose article
 * is the passages the file quotes from it, one per line, and each of those passages is cited verbatim. An event
 * that names no source cites its own title in a source standing for the imported file itself. Nothing is
 * invented: every quote is a text of the file.
 */
final class ImportBuilder {
    /** A source as another format names it: by a title, an address, or both; neither means the file itself. */
    record SourceRef(String title, String url) {
        static final SourceRef FILE = new SourceRef(null, null);
    }

    /** One passage of an event's evidence: a line of text from the file and where it says it comes from. */
    record Passage(SourceRef source, String text) {
    }

    private record Draft(String id, String title, String summary, EdtfDate date, String displayDate,
                         String category, List<Passage> passages) {
    }

    /** The longest title or source name accepted, as in our own format. */
    static final int MAX_TITLE = Rules.maxLength("title");

    /** The category of events whose file gives none. */
    static final String DEFAULT_CATEGORY = "event";

    /** The imported file's name as the title of the source standing for it. */
    private final String fileName;
    private final String formatName;
    private final LocalDate today;
    private String title;
    private String description;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Era> eras = new ArrayList<>();
    /** The name the file gives each category, by the category's id. */
    private final Map<String, String> categoryLabels = new LinkedHashMap<>();
    private final Slugs.Unique eventIds = new Slugs.Unique();
    private final Slugs.Unique eraIds = new Slugs.Unique();

    /**
     * @param fileName the imported file's name, without folders: the source standing for the file is named after it
     * @param today the day of the import: sources are known to be published by then, and no more
     */
    ImportBuilder(String fileName, String formatName, LocalDate today) {
        this.fileName = fileTitle(fileName);
        this.formatName = formatName;
        this.today = today;
    }

    /** The timeline's title, unless it breaks the rules of a title: then the rule broken, for the reader to report. */
    Optional<Violation> title(String value) {
        Optional<Violation> broken = Rules.optional("title", value);
        title = broken.isPresent() ? null : value;
        return broken;
    }

    /** The timeline's description, unless it breaks the rules of one: then the rule broken. */
    Optional<Violation> description(String value) {
        Optional<Violation> broken = Rules.optional("description", value);
        description = broken.isPresent() ? null : value;
        return broken;
    }

    /**
     * Adds an event, unless what it holds breaks the rules our own format keeps (the same limits, the same
     * messages): then nothing is added and the broken rules are returned, for the reader to report where the event
     * is. Every text that becomes part of the store is checked: the event's, its category's name, its passages
     * and the names and addresses of their sources. Each violation's field says which:
     * {@code title}, {@code summary}, {@code date}, {@code display_date}, {@code category} (its name),
     * {@code citations/quote}, {@code sources/title}, {@code sources/url}.
     *
     * @param idHint what the id is made from (an id, a headline); a slug of it, made unique
     * @param passages the event's evidence; none means its title, from the file itself
     * @return the rules the event breaks; empty when it was added
     */
    List<Violation> event(String idHint, String title, String summary, EdtfDate date, String displayDate,
                          String category, List<Passage> passages) {
        Set<Violation> broken = new LinkedHashSet<>();
        Rules.required("title", title).ifPresent(broken::add);
        if (summary != null && !summary.isBlank()) {
            Rules.text("summary", summary).ifPresent(broken::add);
        }
        Rules.date("date", date.toString()).ifPresent(broken::add);
        Rules.optional("display_date", displayDate).ifPresent(broken::add);
        if (category != null && !category.isBlank()) {
            // The file's own word for the category becomes its name, a label as our format has it.
            Rules.text("label", category.strip()).ifPresent(v -> broken.add(v.in("category")));
        }
        for (Passage passage : passages) {
            if (passage.text() != null && !passage.text().isBlank()) {
                Rules.text("quote", passage.text()).ifPresent(v -> broken.add(v.in("citations/quote")));
            }
            SourceRef source = passage.source();
            if (source.title() != null) {
                Rules.text("title", source.title()).ifPresent(v -> broken.add(v.in("sources/title")));
            }
            Rules.url("url", source.url()).ifPresent(v -> broken.add(v.in("sources/url")));
        }
        if (!broken.isEmpty()) {
            return List.copyOf(broken);
        }
        String id = eventIds.claim(Slugs.slug(idHint, "event"));
        List<Passage> evidence = new ArrayList<>();
        for (Passage passage : passages) {
            for (String line : passage.text().split("\n")) {
                if (!line.isBlank()) {
                    evidence.add(new Passage(passage.source(), line.strip()));
                }
            }
        }
        if (evidence.isEmpty()) {
            evidence.add(new Passage(SourceRef.FILE, title.replace('\n', ' ').strip()));
        }
        String categoryId = Slugs.slug(category, DEFAULT_CATEGORY);
        if (category != null && !category.isBlank()) {
            // The first spelling met is kept.
            categoryLabels.putIfAbsent(categoryId, category.strip());
        }
        drafts.add(new Draft(id, title, summary == null || summary.isBlank() ? title : summary, date, displayDate,
                categoryId, evidence));
        return List.of();
    }

    /** Adds an era, unless it breaks the rules: then the broken rules are returned, as for events. */
    List<Violation> era(String idHint, String label, EdtfDate date, String category, String color) {
        List<Violation> broken = new ArrayList<>();
        Rules.required("label", label).ifPresent(broken::add);
        Rules.date("date", date.toString()).ifPresent(broken::add);
        Rules.color("color", color).ifPresent(broken::add);
        if (!broken.isEmpty()) {
            return broken;
        }
        String id = eraIds.claim(Slugs.slug(idHint, "era"));
        eras.add(new Era(id, label, date, category == null ? null : Slugs.slug(category, null), color));
        return List.of();
    }

    /** A source's name on one line, at most as long as a title may be. */
    static String sourceTitle(String text) {
        return shortened(text.replace('\n', ' '), MAX_TITLE);
    }

    /**
     * A file's name as a source's title: what a file system allows in a name (a control character, half of a
     * character) is no title, so it is shown as a space or U+FFFD.
     */
    static String fileTitle(String fileName) {
        StringBuilder out = new StringBuilder(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < fileName.length()
                    && Character.isLowSurrogate(fileName.charAt(i + 1))) {
                out.append(c).append(fileName.charAt(++i));
            } else {
                out.append(Character.isISOControl(c) ? ' ' : Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        String title = sourceTitle(out.toString().strip());
        return title.isEmpty() ? "file" : title;
    }

    /**
     * A text of at most {@code max} characters: the text itself, or its start with an ellipsis. Never cut between
     * the two halves of a character (an emoji, a mathematical letter), which would leave half of one.
     */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    LoadedTimeline build() {
        Map<SourceRef, Set<String>> linesBySource = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            for (Passage passage : draft.passages()) {
                linesBySource.computeIfAbsent(passage.source(), k -> new LinkedHashSet<>()).add(passage.text());
            }
        }
        Slugs.Unique sourceIds = new Slugs.Unique();
        Map<SourceRef, String> idOf = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        for (Map.Entry<SourceRef, Set<String>> entry : linesBySource.entrySet()) {
            SourceRef ref = entry.getKey();
            // A source named only by its address is titled by it, cut to a title's length (an address may be longer).
            String sourceTitle = ref.equals(SourceRef.FILE) ? fileName
                    : ref.title() != null ? ref.title() : sourceTitle(ref.url());
            String id = sourceIds.claim(Slugs.slug(sourceTitle, "source"));
            idOf.put(ref, id);
            List<String> lines = new ArrayList<>(entry.getValue());
            String raw = String.join("\n", lines) + "\n";
            List<LineRange> body = List.of(new LineRange(1, lines.size()));
            sources.add(new Source(id, id + ".txt", sourceTitle, null, null,
                    EdtfDate.parse("[.." + today + "]"), "und", ref.url(), body, note(ref)));
            articles.put(id, Article.cut(raw, body));
        }
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            Set<Citation> citations = new LinkedHashSet<>();
            for (Passage passage : d.passages()) {
                citations.add(new Citation(idOf.get(passage.source()), passage.text()));
            }
            events.add(new Event(d.id(), d.title(), null, d.summary(), d.date(), d.displayDate(), d.category(),
                    List.of(), List.of(), List.of(), new ArrayList<>(citations), null));
        }
        List<Category> categories = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (Map.Entry<String, String> named : categoryLabels.entrySet()) {
            Category category = new Category(named.getKey(), named.getValue(), null,
                    Category.freeColor(named.getKey(), colors));
            colors.add(category.color());
            categories.add(category);
        }
        Dataset dataset = new Dataset(title, description, sources, List.of(), List.of(), events, eras, categories);
        return new LoadedTimeline(dataset, articles);
    }

    private String note(SourceRef ref) {
        String origin = "Imported from " + fileName + " (" + formatName + "), which gives no article text: ";
        if (ref.equals(SourceRef.FILE)) {
            return origin + "the titles of the events that name no source, one per line, each cited by its event."
                    + " Publication date: on or before the day of the import.";
        }
        return origin + "the passages the file quotes from this source, one per line."
                + " Publication date and language unknown (on or before the day of the import).";
    }
}
