package org.sourceline.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of an HTML element as a reader sees them: each block element (a paragraph, a heading, a list
 * item, a quote…) is a paragraph; a single {@code <br>} is a space within it and two in a row end it; table cells
 * are separated by a space and each row is a paragraph. Scripts, styles, forms, images and other things with no
 * text to read are skipped.
 */
final class PageText {
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "caption", "ul");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "button", "select", "textarea", "input", "img", "picture", "video", "audio",
            "canvas", "head", "title", "meta", "link");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean afterBreak;

    private PageText() {
    }

    static List<String> paragraphs(Element root) {
        PageText text = new PageText();
        text.visit(root);
        text.flush();
        return text.paragraphs;
    }

    private void visit(Node node) {
        if (node instanceof TextNode textNode) {
            String text = textNode.getWholeText();
            current.append(text);
            if (!Paragraphs.oneLine(text).isEmpty()) {
                afterBreak = false;
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        if (SILENT.contains(name)) {
            return;
        }
        if (name.equals("br")) {
            if (afterBreak) {
                flush();
            } else {
                current.append(' ');
                afterBreak = true;
            }
            return;
        }
        boolean block = BLOCKS.contains(name);
        boolean cell = CELLS.contains(name);
        if (block) {
            flush();
        } else if (cell) {
            current.append(' ');
        }
        for (Node child : element.childNodes()) {
            visit(child);
        }
        if (block) {
            flush();
        } else if (cell) {
            current.append(' ');
        }
    }

    private void flush() {
        String paragraph = Paragraphs.oneLine(current);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
        afterBreak = false;
    }
}
