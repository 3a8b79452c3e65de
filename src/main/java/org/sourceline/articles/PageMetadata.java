package org.sourceline.articles;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a web page says about its article, from schema.org JSON-LD, Open Graph and other {@code <meta>} tags, and
 * plain HTML. Where several say it, the first in this order that gives a usable value wins:
 *
 * <table>
 *   <tr><th>field</th><th>from</th></tr>
 *   <tr><td>title</td><td>JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, {@code <title>},
 *       the first {@code <h1>}; each without the site's name appended ({@code " - Le Monde"},
 *       {@code " | Le360"}); a JSON-LD headline cut short (some sites cut it at 110 characters) gives way to
 *       the longer title it starts</td></tr>
 *   <tr><td>authors</td><td>JSON-LD {@code author} (names, or {@code @id}s found in the {@code @graph}),
 *       {@code article:author} (names, not profile addresses), {@code <meta name=author>}</td></tr>
 *   <tr><td>published</td><td>JSON-LD {@code datePublished}, {@code article:published_time},
 *       {@code itemprop=datePublished}, {@code <meta name=date|pubdate|publish-date|dc.date.issued>}; only
 *       ISO 8601 values</td></tr>
 *   <tr><td>site name</td><td>{@code og:site_name}, JSON-LD {@code publisher.name},
 *       {@code application-name}</td></tr>
 *   <tr><td>canonical address</td><td>{@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url},
 *       {@code mainEntityOfPage}; http and https only</td></tr>
 *   <tr><td>language</td><td>JSON-LD {@code inLanguage}, {@code <html lang>}, {@code Content-Language},
 *       {@code og:locale}</td></tr>
 *   <tr><td>description</td><td>{@code og:description}, {@code <meta name=description>}, JSON-LD
 *       {@code description}</td></tr>
 * </table>
 * The rule behind the order: JSON-LD wins for what the article says about itself (headline, authors, date,
 * language), being written for machines and precise (a date-time with its offset, authors one by one); the
 * page's own tags win for what belongs to the page (its site, address and summary). JSON-LD is the first object
 * whose {@code @type} is an article ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle},
 * {@code BlogPosting}…), also inside an {@code @graph} or an array; JSON that does not parse is ignored.
 */
final class PageMetadata {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "Report",
            "SocialMediaPosting");
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "(.*?\\S)(?:\\s+[-|–—·:»/]{1,2}\\s*|\\s*[|–—·»]{1,2}\\s+)([^-|–—·:»/]+)");

    private final Document page;
    private final JsonNode article;
    private final Map<String, JsonNode> graph = new HashMap<>();

    private PageMetadata(Document page) {
        this.page = page;
        this.article = jsonLdArticle();
    }

    static ArticleMetadata of(Document page) {
        return new PageMetadata(page).metadata();
    }

    private ArticleMetadata metadata() {
        String canonical = first(Stream.of(
                page.select("link[rel~=(?i)^canonical$]").attr("href"), meta("og:url"),
                jsonText(article, "url"), jsonId(article == null ? null : article.get("mainEntityOfPage")))
                .map(PageMetadata::webAddress));
        String siteName = first(Stream.of(meta("og:site_name"), name(jsonRef(article, "publisher")),
                meta("application-name")));
        String title = title(siteName, canonical);
        PublishedDate published = Stream.of(jsonText(article, "datePublished"), meta("article:published_time"),
                        itemprop("datePublished"), meta("date"), meta("pubdate"), meta("publish-date"),
                        meta("dc.date.issued"))
                .map(PublishedDate::parse).filter(Objects::nonNull).findFirst().orElse(null);
        String language = first(Stream.of(jsonText(article, "inLanguage"), page.select("html").attr("lang"),
                        httpEquiv("content-language"), meta("og:locale"))
                .map(PageMetadata::languageTag));
        String description = first(Stream.of(meta("og:description"), meta("description"),
                jsonText(article, "description")));
        return new ArticleMetadata(title, authors(), published == null ? null : published.given(),
                published == null ? null : published.edtf(), siteName, canonical, language, description);
    }

    private String title(String siteName, String canonical) {
        List<String> siteNames = new ArrayList<>();
        Stream.of(siteName, name(jsonRef(article, "publisher")), meta("application-name"))
                .filter(Objects::nonNull).forEach(siteNames::add);
        String host = hostLabel(canonical);
        Element h1 = page.selectFirst("h1");
        String jsonHeadline = withoutSiteName(jsonText(article, "headline"), siteNames, host);
        List<String> candidates = Stream.of(jsonHeadline,
                        withoutSiteName(meta("og:title"), siteNames, host),
                        withoutSiteName(meta("twitter:title"), siteNames, host),
                        withoutSiteName(page.title(), siteNames, host),
                        h1 == null ? null : withoutSiteName(h1.text(), siteNames, host))
                .filter(Objects::nonNull).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        String chosen = candidates.get(0);
        if (chosen.equals(jsonHeadline)) {
            String start = chosen.replaceFirst("\\s*(?:…|\\.\\.\\.)$", "");
            for (String other : candidates) {
                if (other.length() > chosen.length() && other.startsWith(start)) {
                    chosen = other;
                }
            }
        }
        return chosen;
    }

    /** The title without a trailing " - Site" when that part is the site's name (or its address's name). */
    static String withoutSiteName(String title, List<String> siteNames, String hostLabel) {
        String line = title == null ? null : Paragraphs.oneLine(title);
        if (line == null || line.isEmpty()) {
            return null;
        }
        Matcher m = SITE_SUFFIX.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String suffix = letters(m.group(2));
        if (suffix.isEmpty()) {
            return line;
        }
        boolean isSite = siteNames.stream().map(PageMetadata::letters).anyMatch(suffix::equals)
                || hostLabel != null && suffix.startsWith(hostLabel) && m.group(2).strip().split("\\s+").length <= 4;
        return isSite ? m.group(1) : line;
    }

    /** Lower-case letters and digits only, to compare names written differently. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The name of a site from its address: {@code lemonde} for www.lemonde.fr, {@code hespress} for fr.hespress.com. */
    static String hostLabel(String address) {
        if (address == null) {
            return null;
        }
        try {
            String host = URI.create(address).getHost();
            if (host == null) {
                return null;
            }
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            return labels.length >= 2 ? letters(labels[labels.length - 2]) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article != null) {
            JsonNode author = article.get("author");
            for (JsonNode one : author == null ? List.<JsonNode>of() : author.isArray() ? list(author) : List.of(author)) {
                String name = one.isTextual() ? one.asText() : name(resolve(one));
                if (name != null && !ArticleMetadata.isWebAddress(name)) {
                    names.add(unescape(name));
                }
            }
        }
        if (names.isEmpty()) {
            for (Element meta : metas("article:author")) {
                String name = meta.attr("content");
                if (!name.isBlank() && !ArticleMetadata.isWebAddress(name.strip())) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty() && meta("author") != null) {
            names.add(meta("author"));
        }
        return names;
    }

    private JsonNode jsonLdArticle() {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JacksonException e) {
                // A page's broken JSON-LD tells nothing; the other tags still do.
            }
        }
        for (JsonNode node : nodes) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                graph.putIfAbsent(id, node);
            }
        }
        return nodes.stream().filter(PageMetadata::isArticle).findFirst().orElse(null);
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<JsonNode> types = type == null ? List.of() : type.isArray() ? list(type) : List.of(type);
        return types.stream().map(JsonNode::asText)
                .anyMatch(t -> t.endsWith("Article") || ARTICLE_TYPES.contains(t));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** An object, or the object of the graph that a {@code {"@id": …}} reference names. */
    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && !node.has("name") && node.has("@id")) {
            return graph.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private JsonNode jsonRef(JsonNode node, String field) {
        return node == null ? null : resolve(node.get(field));
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isTextual() ? unescape(node.asText()) : jsonText(node, "name");
    }

    private static String jsonText(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() ? unescape(value.asText()) : null;
    }

    private static String jsonId(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.path("@id").asText(null);
    }

    /** JSON-LD text is sometimes HTML-escaped by the site ({@code &#039;}, {@code &amp;}). */
    private static String unescape(String text) {
        return text == null ? null : Parser.unescapeEntities(text, false);
    }

    private List<Element> metas(String key) {
        List<Element> found = new ArrayList<>();
        for (Element meta : page.select("meta[content]")) {
            if (meta.attr("property").equalsIgnoreCase(key) || meta.attr("name").equalsIgnoreCase(key)) {
                found.add(meta);
            }
        }
        return found;
    }

    private String meta(String key) {
        return first(metas(key).stream().map(m -> m.attr("content")));
    }

    private String httpEquiv(String key) {
        return first(page.select("meta[http-equiv][content]").stream()
                .filter(m -> m.attr("http-equiv").equalsIgnoreCase(key)).map(m -> m.attr("content")));
    }

    private String itemprop(String key) {
        return first(page.select("[itemprop=" + key + "]").stream()
                .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime")));
    }

    private static String first(Stream<String> values) {
        return values.filter(v -> v != null && !Paragraphs.oneLine(v).isEmpty()).findFirst().orElse(null);
    }

    private static String webAddress(String text) {
        return text != null && ArticleMetadata.isWebAddress(text.strip()) ? text.strip() : null;
    }

    /** A BCP 47 tag from {@code fr}, {@code fr-FR}, {@code fr_FR} or {@code FR}; null for anything else. */
    static String languageTag(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(text.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }
}
