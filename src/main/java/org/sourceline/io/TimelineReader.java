package org.sourceline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Original;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.Place;
import org.sourceline.model.Rule;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;
import org.sourceline.model.Source;

/**
 * Reads and validates a timeline in Sourceline's own JSON format (docs/format.md). Everything is checked
 * before anything is returned, and every problem is reported with its line and column, so that an import can be
 * all or nothing.
 */
public final class TimelineReader {
    public static final String FORMAT = "sourceline";
    public static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * Receives a timeline as it is read: the header (everything but the events and eras) with the article of each
     * source, then each event, then the eras. Only while no problem has been found: once one is, nothing more is
     * given and the read ends with every problem, so that what was given can be thrown away.
     */
    public interface Sink {
        /**
         * @param originals the files the articles were read from, for the sources whose file the timeline keeps
         */
        void header(Dataset header, Map<String, Article> articles, Map<String, Original> originals);

        /**
         * @param quoteStarts where each citation's quote starts in its source's article body, in citation order:
         *                    found while checking the quote, so that the writer need not search for it again
         */
        void event(Event event, int[] quoteStarts);

        /** The categories the file describes (it may describe none), given once all events are. */
        void categories(List<Category> categories);

        void eras(List<Era> eras);
    }

    /** Keeps everything it is given, as a timeline. */
    private static final class Collector implements Sink {
        private Dataset header;
        private Map<String, Article> articles;
        private Map<String, Original> originals = Map.of();
        private final List<Event> events = new ArrayList<>();
        private List<Era> eras = List.of();
        private List<Category> categories = List.of();

        @Override
        public void header(Dataset header, Map<String, Article> articles, Map<String, Original> originals) {
            this.header = header;
            this.articles = articles;
            this.originals = originals;
        }

        @Override
        public void event(Event event, int[] quoteStarts) {
            events.add(event);
        }

        @Override
        public void categories(List<Category> categories) {
            this.categories = categories;
        }

        @Override
        public void eras(List<Era> eras) {
            this.eras = eras;
        }

        LoadedTimeline timeline() {
            return new LoadedTimeline(new Dataset(header.title(), header.description(), header.sources(),
                    header.actors(), header.places(), events, eras, categories), articles, originals);
        }
    }


    private final String file;
    private final ArticleFiles articleFiles;
    private final Sink sink;
    private final List<Problem> problems = new ArrayList<>();
    /** The files articles were read from, for the sources that name one. */
    private final Map<String, Original> originals = new HashMap<>();
    /** Sources that are defined but refused: citing them is not a second error. */
    private final Set<String> brokenSources = new HashSet<>();
    /** Where the quotes of the event being read start in their articles, in citation order. */
    private int[] quoteStarts = new int[4];

    private TimelineReader(String file, ArticleFiles articleFiles, Sink sink) {
        this.file = file;
        this.articleFiles = articleFiles;
        this.sink = sink;
    }

    /** Reads a timeline file; its article files are looked up in the same folder. */
    public static LoadedTimeline read(Path path) throws IOException, InvalidInputException {
        Collector all = new Collector();
        read(path, all);
        return all.timeline();
    }

    /**
     * Reads a timeline file as a stream, giving it to {@code sink} as it goes: a long file is never held whole.
     * Its article files are looked up in the same folder.
     *
     * @throws InvalidInputException with every problem of the file; the sink may have been given part of it
     */
    public static void read(Path path, Sink sink) throws IOException, InvalidInputException {
        TimelineFiles.requireFile(path);
        Path dir = path.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(path)) {
            new TimelineReader(path.toString(), ArticleFiles.directory(dir), sink).parse(in);
        }
    }

    /**
     * @param fileName the name errors are reported under
     */
    public static LoadedTimeline read(String fileName, InputStream in, ArticleFiles articleFiles)
            throws IOException, InvalidInputException {
        Collector all = new Collector();
        new TimelineReader(fileName, articleFiles, all).parse(in);
        return all.timeline();
    }

    private void parse(InputStream in) throws IOException, InvalidInputException {
        // A reader, not bytes: Jackson then counts columns in characters, as an editor does.
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        PushbackReader text = new PushbackReader(reader, 1);
        int first;
        try {
            first = text.read();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new Problem(file, 1, 1, "the file is not valid UTF-8")));
        }
        if (first != '\uFEFF' && first != -1) {
            text.unread(first);
        }
        Map<String, Article> articles = new HashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw new InvalidInputException(List.of(new Problem(file, 1, 1, "the file is empty")));
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    JsonNode root = JsonNode.read(parser, problems, file);
                    problem(root, "a timeline must be a JSON object, found " + root.describe());
                } else {
                    readTimeline(parser, articles);
                }
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(),
                            "unexpected content after the end of the timeline object"));
                }
            } catch (StreamReadException e) {
                throw new InvalidInputException(List.of(JsonSyntax.malformed(file, e)));
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(List.of(JsonSyntax.beyondLimits(file, e, parser)));
            } catch (CharacterCodingException e) {
                JsonLocation at = parser.currentLocation();
                throw new InvalidInputException(List.of(new Problem(file, at.getLineNr(), 1,
                        "the file is not valid UTF-8 (near this line)")));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Reads the timeline object field by field. The events array, usually most of a file, is read one event at a
     * time once the sources, actors and places it refers to are known (as in every exported file), so that a large
     * file is never held whole in memory; a hand-written file that lists events first is buffered instead.
     */
    private void readTimeline(JsonParser parser, Map<String, Article> articles) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Header header = null;
        Map<String, Integer> eventAt = new HashMap<>();
        List<JsonNode> buffered = new ArrayList<>();
        JsonNode eventsNode = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            parser.nextToken();
            if (fields.containsKey(name) || ("events".equals(name) && eventsNode != null)) {
                problems.add(new Problem(file, nameAt.getLineNr(), nameAt.getColumnNr(),
                        "key \"" + name + "\" appears twice in the same object"));
                JsonNode.read(parser, problems, file);
                continue;
            }
            if ("events".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
                eventsNode = JsonNode.emptyArrayAt(parser.currentTokenLocation());
                boolean stream = fields.containsKey("sources") && fields.containsKey("actors")
                        && fields.containsKey("places");
                if (stream && header == null) {
                    header = readHeader(JsonNode.objectAt(at, fields), articles);
                    give(header, articles);
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode item = JsonNode.read(parser, problems, file);
                    if (stream) {
                        addEvent(item, header, articles, eventAt);
                    } else {
                        buffered.add(item);
                    }
                }
                continue;
            }
            fields.put(name, JsonNode.read(parser, problems, file));
        }
        JsonNode root = JsonNode.objectAt(at, fields);
        if (header == null) {
            header = readHeader(root, articles);
            give(header, articles);
        }
        for (JsonNode item : buffered) {
            addEvent(item, header, articles, eventAt);
        }
        if (eventsNode == null) {
            if (fields.containsKey("events")) {
                problem(fields.get("events"), "\"events\" must be an array, found " + fields.get("events").describe());
            } else {
                problem(root, "timeline is missing required \"events\"");
            }
        }
        List<Category> categories = readCategories(root);
        List<Era> eras = readEras(root);
        if (problems.isEmpty()) {
            sink.categories(categories);
            sink.eras(eras);
        }
    }

    private void give(Header header, Map<String, Article> articles) {
        if (problems.isEmpty()) {
            sink.header(new Dataset(header.title(), header.description(), header.sources(), header.actors(),
                    header.places(), List.of(), List.of()), articles, originals);
        }
    }

    /** Read after the events, which are streamed: a file may describe its categories anywhere. */
    private List<Category> readCategories(JsonNode root) {
        List<Category> categories = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        JsonNode node = root.fields().get("categories");
        if (node == null || node.type == JsonNode.Type.NULL) {
            return categories;
        }
        if (node.type != JsonNode.Type.ARRAY) {
            problem(node, "\"categories\" must be an array, found " + node.describe());
            return categories;
        }
        for (JsonNode item : node.items()) {
            Fields f = new Fields(item, "category");
            String id = f.id("id");
            String label = f.string("label", true);
            String labelEn = f.string("label_en", false);
            String color = f.checked("color", true, Rules::color);
            f.rejectUnknown("id", "label", "label_en", "color");
            if (!f.hasProblems() && id != null) {
                unique(seen, id, item, "category");
                categories.add(new Category(id, label, labelEn, color));
            }
        }
        return categories;
    }

    /** Read last: a file may list its eras after its events, which are streamed. */
    private List<Era> readEras(JsonNode root) {
        List<Era> eras = new ArrayList<>();
        Map<String, Integer> eraAt = new LinkedHashMap<>();
        JsonNode node = root.fields().get("eras");
        if (node == null || node.type == JsonNode.Type.NULL) {
            return eras;
        }
        if (node.type != JsonNode.Type.ARRAY) {
            problem(node, "\"eras\" must be an array, found " + node.describe());
            return eras;
        }
        for (JsonNode item : node.items()) {
            Fields f = new Fields(item, "era");
            String id = f.id("id");
            String label = f.string("label", true);
            EdtfDate date = f.date("date", true);
            String category = f.checked("category", false, Rules::id);
            String color = f.checked("color", false, Rules::color);
            f.rejectUnknown("id", "label", "date", "category", "color");
            if (!f.hasProblems() && id != null) {
                unique(eraAt, id, item, "era");
                eras.add(new Era(id, label, date, category, color));
            }
        }
        return eras;
    }

    private void addEvent(JsonNode item, Header header, Map<String, Article> articles,
                          Map<String, Integer> eventAt) {
        Event event = readEvent(item, header.sourceIds(), header.actorIds(), header.placeIds(), articles);
        if (event != null) {
            unique(eventAt, event.id(), item, "event");
            if (problems.isEmpty()) {
                sink.event(event, Arrays.copyOf(quoteStarts, event.citations().size()));
            }
        }
    }

    /** Everything of a timeline but its events. */
    private record Header(String title, String description, List<Source> sources, List<Actor> actors,
                          List<Place> places, Set<String> sourceIds, Set<String> actorIds, Set<String> placeIds) {
    }

    private Header readHeader(JsonNode root, Map<String, Article> articles) {
        Fields top = new Fields(root, "timeline");
        String format = top.string("format", true);
        if (format != null && !format.equals(FORMAT)) {
            problem(top.node("format"), "format must be \"" + FORMAT + "\", found \"" + format + "\"");
        }
        Number version = top.number("version", true);
        if (version != null && !(version instanceof Integer && version.intValue() == VERSION)) {
            problem(top.node("version"), "this build reads version " + VERSION + " of the format, found " + version);
        }
        String title = top.string("title", false);
        String description = top.string("description", false);

        List<Source> sources = new ArrayList<>();
        Map<String, Integer> sourceAt = new LinkedHashMap<>();
        for (JsonNode item : top.array("sources", true)) {
            Source source = readSource(item, articles);
            if (source != null) {
                unique(sourceAt, source.id(), item, "source");
                sources.add(source);
            } else {
                // Its problems are reported; its citations then are not reported again as unknown sources.
                String id = item.fields().containsKey("id") ? item.fields().get("id").text() : null;
                if (id != null) {
                    brokenSources.add(id);
                }
            }
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, Integer> actorAt = new LinkedHashMap<>();
        for (JsonNode item : top.array("actors", false)) {
            Fields f = new Fields(item, "actor");
            String id = f.id("id");
            String name = f.string("name", true);
            List<String> aliases = f.strings("aliases");
            String desc = f.string("description", false);
            f.rejectUnknown("id", "name", "aliases", "description");
            if (id != null && name != null) {
                unique(actorAt, id, item, "actor");
                actors.add(new Actor(id, name, aliases, desc));
            }
        }
        List<Place> places = new ArrayList<>();
        Map<String, Integer> placeAt = new LinkedHashMap<>();
        for (JsonNode item : top.array("places", false)) {
            Fields f = new Fields(item, "place");
            String id = f.id("id");
            String name = f.string("name", true);
            List<String> aliases = f.strings("aliases");
            String country = f.string("country", false);
            f.rejectUnknown("id", "name", "aliases", "country");
            if (id != null && name != null) {
                unique(placeAt, id, item, "place");
                places.add(new Place(id, name, aliases, country));
            }
        }
        top.rejectUnknown("format", "version", "title", "description", "sources", "actors", "places", "categories",
                "events", "eras");
        return new Header(title, description, sources, actors, places, sourceAt.keySet(), actorAt.keySet(),
                placeAt.keySet());
    }

    private Source readSource(JsonNode item, Map<String, Article> articles) {
        Fields f = new Fields(item, "source");
        String id = f.id("id");
        String fileName = f.string("file", true);
        String title = f.string("title", true);
        String outlet = f.string("outlet", false);
        String author = f.string("author", false);
        EdtfDate published = f.date("published", true);
        String language = f.checked("language", true, Rules::language);
        String url = f.checked("url", false, Rules::url);
        String note = f.string("note", false);
        List<LineRange> ranges = new ArrayList<>();
        for (JsonNode pair : f.array("body_lines", true)) {
            List<JsonNode> ends = pair.items();
            if (pair.type != JsonNode.Type.ARRAY || ends.size() != 2 || !(ends.get(0).number() instanceof Integer)
                    || !(ends.get(1).number() instanceof Integer)) {
                problem(pair, "a body line range is [first, last], two line numbers");
                continue;
            }
            int from = ends.get(0).number().intValue();
            int to = ends.get(1).number().intValue();
            try {
                ranges.add(new LineRange(from, to));
            } catch (IllegalArgumentException e) {
                problem(pair, e.getMessage());
            }
        }
        JsonNode originalNode = f.node("original");
        f.rejectUnknown("id", "file", "title", "outlet", "author", "published", "language", "url", "body_lines",
                "original", "note");
        Original original = originalNode == null || originalNode.type == JsonNode.Type.NULL ? null
                : readOriginal(originalNode);
        if (f.hasProblems() || id == null) {
            return null;
        }
        if (ranges.isEmpty()) {
            problem(f.node("body_lines"), "source " + id + " needs at least one body line range");
            return null;
        }
        Article article = readArticle(f.node("file"), fileName, ranges, f.node("body_lines"));
        if (article == null) {
            return null;
        }
        articles.put(id, article);
        if (original != null) {
            originals.put(id, original);
        }
        return new Source(id, fileName, title, outlet, author, published, language, url, ranges, note);
    }

    /**
     * A source's original file: {@code {"file": "…", "media_type": "…", "pages": [1, 14]}}, the file beside the
     * timeline like the article's text; null, with the problem recorded, when it cannot be read.
     */
    private Original readOriginal(JsonNode node) {
        Fields f = new Fields(node, "original");
        String fileName = f.string("file", true);
        String mediaType = f.string("media_type", true);
        List<Integer> pages = new ArrayList<>();
        for (JsonNode page : f.array("pages", false)) {
            if (!(page.number() instanceof Integer) || page.number().intValue() < 1) {
                problem(page, "\"pages\" holds the line each page starts at, from 1, found " + page.describe());
                continue;
            }
            pages.add(page.number().intValue());
        }
        f.rejectUnknown("file", "media_type", "pages");
        if (f.hasProblems()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = articleFiles.read(fileName);
        } catch (NoSuchFileException e) {
            problem(f.node("file"), "original file \"" + fileName + "\" not found beside the timeline");
            return null;
        } catch (IOException e) {
            problem(f.node("file"), "original file \"" + fileName + "\" cannot be read: " + e.getMessage());
            return null;
        }
        try {
            return new Original(fileName, mediaType, bytes, pages);
        } catch (IllegalArgumentException e) {
            problem(node, e.getMessage());
            return null;
        }
    }

    private Article readArticle(JsonNode fileNode, String fileName, List<LineRange> ranges, JsonNode rangesNode) {
        byte[] bytes;
        try {
            bytes = articleFiles.read(fileName);
        } catch (NoSuchFileException e) {
            problem(fileNode, "article file \"" + fileName + "\" not found beside the timeline");
            return null;
        } catch (IOException e) {
            problem(fileNode, "article file \"" + fileName + "\" cannot be read: " + e.getMessage());
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problem(fileNode, "article file \"" + fileName + "\" is not valid UTF-8");
            return null;
        }
        try {
            return Article.cut(text, ranges);
        } catch (IllegalArgumentException e) {
            problem(rangesNode, "article file \"" + fileName + "\": " + e.getMessage());
            return null;
        }
    }

    private Event readEvent(JsonNode item, Set<String> sourceIds, Set<String> actorIds, Set<String> placeIds,
                            Map<String, Article> articles) {
        Fields f = new Fields(item, "event");
        String id = f.id("id");
        String title = f.string("title", true);
        String titleEn = f.string("title_en", false);
        String summary = f.string("summary", true);
        EdtfDate date = f.date("date", true);
        String displayDate = f.string("display_date", false);
        String category = f.id("category");
        List<String> actors = f.references("actors", actorIds, "actor");
        List<String> places = f.references("places", placeIds, "place");
        List<String> tags = f.strings("tags");
        String note = f.string("note", false);
        Set<String> citedPairs = new HashSet<>();
        List<Citation> citations = new ArrayList<>();
        List<JsonNode> citationNodes = f.array("citations", true);
        if (f.node("citations") != null && citationNodes.isEmpty()) {
            problem(f.node("citations"), Violation.of("citations", Rule.NO_CITATION).message());
        }
        for (JsonNode node : citationNodes) {
            Fields c = new Fields(node, "citation");
            String sourceId = c.string("source", true);
            String quote = c.string("quote", true);
            c.rejectUnknown("source", "quote");
            if (sourceId == null || quote == null) {
                continue;
            }
            if (!sourceIds.contains(sourceId)) {
                if (!brokenSources.contains(sourceId)) {
                    problem(c.node("source"), Violation.of("source", Rule.UNKNOWN_REFERENCE, "source", sourceId)
                            .message());
                }
                continue;
            }
            if (quote.indexOf('\n') < 0 && !citedPairs.add(sourceId + "\u0000" + quote)) {
                problem(node, Violation.of("citation", Rule.QUOTE_CITED_TWICE, sourceId).message());
                continue;
            }
            Article article = articles.get(sourceId);
            int start = -1;
            if (article != null || quote.indexOf('\n') >= 0) {
                Rules.QuoteCheck check = Rules.quote("quote", quote, sourceId,
                        article != null ? article : new Article("", ""));
                check.violation().ifPresent(v -> problem(c.node("quote"), v.message()));
                if (check.violation().isPresent() && check.violation().get().rule() == Rule.QUOTE_LINE_BREAK) {
                    continue;
                }
                start = check.start();
            }
            if (citations.size() == quoteStarts.length) {
                quoteStarts = Arrays.copyOf(quoteStarts, quoteStarts.length * 2);
            }
            quoteStarts[citations.size()] = start;
            citations.add(new Citation(sourceId, quote));
        }
        f.rejectUnknown("id", "title", "title_en", "summary", "date", "display_date", "category", "actors",
                "places", "tags", "citations", "note");
        if (f.hasProblems() || id == null || citations.isEmpty()) {
            return null;
        }
        return new Event(id, title, titleEn, summary, date, displayDate, category, actors, places, tags, citations,
                note);
    }

    /** Remembers only the line of each id, not its object, so that a long file is not kept in memory. */
    private void unique(Map<String, Integer> seen, String id, JsonNode at, String what) {
        Integer firstLine = seen.putIfAbsent(id, at.line);
        if (firstLine != null) {
            problem(new Fields(at, what).node("id"), "duplicate " + what + " id \"" + id
                    + "\" (first defined at line " + firstLine + ")");
        }
    }

    private void problem(JsonNode at, String message) {
        problems.add(new Problem(file, at.line, at.column, message));
    }

    private void problem(JsonNode at, int offsetInString, String message) {
        problems.add(new Problem(file, at.line, at.columnOf(offsetInString), message));
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    /** Typed access to an object's fields, recording a located problem for each missing or ill-typed one. */
    private final class Fields {
        private final JsonNode object;
        private final String what;
        private final int problemsBefore;

        Fields(JsonNode object, String what) {
            this.object = object;
            this.what = what;
            this.problemsBefore = problems.size();
            if (object.type != JsonNode.Type.OBJECT) {
                problem(object, article(what) + what + " must be an object, found " + object.describe());
            }
        }

        boolean hasProblems() {
            return problems.size() > problemsBefore;
        }

        JsonNode node(String key) {
            return object.fields().get(key);
        }

        private JsonNode present(String key, boolean required) {
            JsonNode node = node(key);
            if (node == null || node.type == JsonNode.Type.NULL) {
                if (required && object.type == JsonNode.Type.OBJECT) {
                    problem(object, what + " is missing required \"" + key + "\"");
                }
                return null;
            }
            return node;
        }

        String string(String key, boolean required) {
            JsonNode node = present(key, required);
            if (node == null) {
                return null;
            }
            if (node.type != JsonNode.Type.STRING) {
                problem(node, "\"" + key + "\" must be a string, found " + node.describe());
                return null;
            }
            String text = node.text();
            Optional<Violation> broken = Rules.text(key, text);
            if (broken.isPresent()) {
                Violation v = broken.get();
                if (v.rule() == Rule.EMPTY && !required) {
                    problem(node, "\"" + key + "\" must not be empty: leave the key out instead");
                } else if (v.offset() >= 0) {
                    problem(node, v.offset(), v.message());
                } else {
                    problem(node, v.message());
                }
                return null;
            }
            return text;
        }

        /** A string that must also pass a rule of its own (an id, a language tag, a URL…). */
        String checked(String key, boolean required, java.util.function.BiFunction<String, String,
                Optional<Violation>> rule) {
            String text = string(key, required);
            if (text == null) {
                return null;
            }
            Optional<Violation> broken = rule.apply(key, text);
            broken.ifPresent(v -> problem(node(key), v.message()));
            return broken.isPresent() ? null : text;
        }

        String id(String key) {
            return checked(key, true, Rules::id);
        }

        Number number(String key, boolean required) {
            JsonNode node = present(key, required);
            if (node == null) {
                return null;
            }
            if (node.type != JsonNode.Type.NUMBER) {
                problem(node, "\"" + key + "\" must be a number, found " + node.describe());
                return null;
            }
            return node.number();
        }

        EdtfDate date(String key, boolean required) {
            String text = string(key, required);
            if (text == null) {
                return null;
            }
            Optional<Violation> broken = Rules.date(key, text);
            if (broken.isPresent()) {
                problem(node(key), broken.get().offset(), broken.get().message());
                return null;
            }
            return EdtfDate.parse(text);
        }

        List<JsonNode> array(String key, boolean required) {
            JsonNode node = present(key, required);
            if (node == null) {
                return List.of();
            }
            if (node.type != JsonNode.Type.ARRAY) {
                problem(node, "\"" + key + "\" must be an array, found " + node.describe());
                return List.of();
            }
            return node.items();
        }

        List<String> strings(String key) {
            List<String> values = new ArrayList<>();
            for (JsonNode item : array(key, false)) {
                if (item.type != JsonNode.Type.STRING || item.text().isBlank()) {
                    problem(item, "\"" + key + "\" must hold non-empty strings, found " + item.describe());
                    continue;
                }
                List<Violation> broken = new ArrayList<>();
                List<String> candidate = new ArrayList<>(values);
                candidate.add(item.text());
                Rules.values(key, candidate, broken);
                if (broken.isEmpty()) {
                    values.add(item.text());
                } else {
                    Violation v = broken.get(0);
                    if (v.offset() >= 0) {
                        problem(item, v.offset(), v.message());
                    } else {
                        problem(item, v.message());
                    }
                }
            }
            return values;
        }

        List<String> references(String key, Set<String> known, String kind) {
            List<String> values = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode item : array(key, false)) {
                String ref = item.text();
                if (ref == null) {
                    problem(item, "\"" + key + "\" must hold " + kind + " ids, found " + item.describe());
                } else if (!known.contains(ref)) {
                    problem(item, Violation.of(key, Rule.UNKNOWN_REFERENCE, kind, ref).message());
                } else if (!seen.add(ref)) {
                    problem(item, Violation.of(key, Rule.LISTED_TWICE, kind, ref).message());
                } else {
                    values.add(ref);
                }
            }
            return values;
        }

        void rejectUnknown(String... allowed) {
            Set<String> allowedKeys = Set.of(allowed);
            for (String key : object.fields().keySet()) {
                if (!allowedKeys.contains(key)) {
                    problem(object.fields().get(key), "unknown key \"" + key + "\" in " + article(what) + what);
                }
            }
        }
    }
}
