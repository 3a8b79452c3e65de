package org.sourceline.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of an HTML fragment from an imported file, as a reader would see it, and HTML written for export.
 *
 * <p>Imported HTML is never rendered or run: it is only read for its words. Scripts and styles go with their
 * content, comments and every tag go, character references are decoded, and runs of white space become one space,
 * as a browser shows them. Block elements end a paragraph and {@code <br>} ends a line. Three elements keep their
 * meaning, because citations travel in them: a {@code <blockquote>} holds quoted passages, a {@code <cite>} names
 * a source (with the address of a link inside it), and a {@code <time datetime>} carries a date.
 */
final class HtmlText {
    /** What a paragraph of the fragment is. */
    enum Kind {
        /** Ordinary text. */
        TEXT,
        /** A paragraph inside a {@code <blockquote>}. */
        QUOTE,
        /** The content of a {@code <cite>}: the name of a source. */
        CITE,
        /** The content of a {@code <time>}. */
        TIME
    }

    /**
     * One paragraph. Lines within it are separated by LF ({@code <br>}).
     *
     * @param href the first http(s) link address inside it, or null
     * @param datetime the {@code datetime} attribute of a {@code <time>}, or null
     */
    record Block(Kind kind, String text, String href, String datetime) {
    }

    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "noscript",
            "head", "title", "textarea", "select", "object", "svg", "math", "iframe");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "table", "tr", "section", "article", "header", "footer", "aside", "nav", "main",
            "figure", "figcaption", "pre", "address", "hr", "body", "html", "details", "summary", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static volatile Map<String, String> entities;

    private final String html;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean pendingSpace;
    private int pos;
    private int quoteDepth;
    private boolean inCite;
    private boolean inTime;
    private String href;
    private String datetime;

    private HtmlText(String html) {
        this.html = html;
    }

    /** The paragraphs of a fragment, in order; none for an empty or markup-only one. */
    static List<Block> blocks(String html) {
        HtmlText reader = new HtmlText(html == null ? "" : html);
        reader.parse();
        return reader.blocks;
    }

    /** All the text, paragraphs separated by a blank line ({@code "\n\n"}), lines by LF. */
    static String text(String html) {
        List<String> paragraphs = new ArrayList<>();
        for (Block block : blocks(html)) {
            paragraphs.add(block.text());
        }
        return String.join("\n\n", paragraphs);
    }

    /** All the text on one line, for a headline or a label. */
    static String line(String html) {
        return text(html).replaceAll("\\s*\\n+\\s*", " ").strip();
    }

    private void parse() {
        while (pos < html.length()) {
            char c = html.charAt(pos);
            if (c == '<' && startsMarkup()) {
                markup();
            } else if (c == '&') {
                appendText(entity());
            } else {
                appendText(String.valueOf(c));
                pos++;
            }
        }
        flush();
    }

    private boolean startsMarkup() {
        if (pos + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(pos + 1);
        return isLetter(next) || next == '!' || next == '?'
                || next == '/' && pos + 2 < html.length() && isLetter(html.charAt(pos + 2));
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private void markup() {
        if (html.startsWith("<!--", pos)) {
            int end = html.indexOf("-->", pos + 4);
            pos = end < 0 ? html.length() : end + 3;
            return;
        }
        char next = html.charAt(pos + 1);
        if (next == '!' || next == '?') {
            int end = html.indexOf('>', pos);
            pos = end < 0 ? html.length() : end + 1;
            return;
        }
        boolean closing = next == '/';
        int nameStart = pos + (closing ? 2 : 1);
        int i = nameStart;
        while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new HashMap<>();
        pos = attributes(i, attributes);
        if (closing) {
            close(name);
        } else {
            open(name, attributes);
        }
    }

    /** Reads attributes up to the end of the tag; returns the position after its {@code >}. */
    private int attributes(int i, Map<String, String> into) {
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    char quote = html.charAt(i);
                    int end = html.indexOf(quote, i + 1);
                    end = end < 0 ? n : end;
                    value = html.substring(i + 1, end);
                    i = Math.min(n, end + 1);
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(start, i);
                }
            }
            into.putIfAbsent(name, decode(value));
        }
        return n;
    }

    private void open(String name, Map<String, String> attributes) {
        if (DROPPED_WITH_CONTENT.contains(name)) {
            skipContentOf(name);
            return;
        }
        switch (name) {
            case "br" -> {
                current.append('\n');
                pendingSpace = false;
            }
            case "blockquote" -> {
                flush();
                quoteDepth++;
            }
            case "cite" -> {
                flush();
                inCite = true;
            }
            case "time" -> {
                flush();
                inTime = true;
                datetime = attributes.get("datetime");
            }
            case "a" -> {
                String address = attributes.get("href");
                if (href == null && address != null && isWebAddress(address.strip())) {
                    href = address.strip();
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    flush();
                } else if (CELLS.contains(name)) {
                    pendingSpace = current.length() > 0;
                }
            }
        }
    }

    private void close(String name) {
        switch (name) {
            case "blockquote" -> {
                flush();
                quoteDepth = Math.max(0, quoteDepth - 1);
            }
            case "cite" -> {
                flush();
                inCite = false;
            }
            case "time" -> {
                flush();
                inTime = false;
                datetime = null;
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    flush();
                } else if (CELLS.contains(name)) {
                    pendingSpace = current.length() > 0;
                }
            }
        }
    }

    /** Past the element's end tag, or to the end of the text when it has none. */
    private void skipContentOf(String name) {
        String lower = html.toLowerCase(Locale.ROOT);
        int end = lower.indexOf("</" + name, pos);
        if (end < 0) {
            pos = html.length();
            return;
        }
        int close = html.indexOf('>', end);
        pos = close < 0 ? html.length() : close + 1;
    }

    static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && text.length() > 8
                && text.chars().noneMatch(ch -> ch <= ' ');
    }

    private void appendText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
                    pendingSpace = true;
                }
            } else if (Character.isISOControl(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    current.append(' ');
                    pendingSpace = false;
                }
                current.append(c);
            }
        }
    }

    private void flush() {
        String text = current.toString().strip();
        text = text.replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n");
        if (!text.isEmpty()) {
            Kind kind = inCite ? Kind.CITE : inTime ? Kind.TIME : quoteDepth > 0 ? Kind.QUOTE : Kind.TEXT;
            blocks.add(new Block(kind, text, href, inTime ? datetime : null));
        }
        current.setLength(0);
        pendingSpace = false;
        href = null;
    }

    /** Decodes the character reference at {@code pos} (or a lone ampersand) and moves past it. */
    private String entity() {
        int semicolon = html.indexOf(';', pos);
        if (semicolon > pos + 1 && semicolon - pos <= 40) {
            String decoded = reference(html.substring(pos + 1, semicolon));
            if (decoded != null) {
                pos = semicolon + 1;
                return decoded;
            }
        }
        pos++;
        return "&";
    }

    /** The character a reference such as {@code amp}, {@code #233} or {@code #xE9} stands for, or null. */
    private static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                if (code <= 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                    return "\uFFFD";
                }
                return new String(Character.toChars(code));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return entities().get(name);
    }

    /** Decodes every character reference of an attribute value. */
    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        HtmlText reader = new HtmlText(text);
        StringBuilder out = new StringBuilder();
        while (reader.pos < text.length()) {
            if (text.charAt(reader.pos) == '&') {
                out.append(reader.entity());
            } else {
                out.append(text.charAt(reader.pos++));
            }
        }
        return out.toString();
    }

    private static Map<String, String> entities() {
        Map<String, String> table = entities;
        if (table == null) {
            table = loadEntities();
            entities = table;
        }
        return table;
    }

    private static Map<String, String> loadEntities() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = HtmlText.class.getResourceAsStream("html-entities.txt")) {
            if (in == null) {
                throw new IllegalStateException("html-entities.txt is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                StringBuilder value = new StringBuilder();
                for (int i = 1; i < parts.length; i++) {
                    value.appendCodePoint(Integer.parseInt(parts[i], 16));
                }
                table.put(parts[0], value.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }

    /** Text made safe to place in HTML: content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text as HTML paragraphs: a blank line starts a paragraph, a single line break becomes {@code <br>}. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n[ \t]*\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            out.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return out.toString();
    }
}
