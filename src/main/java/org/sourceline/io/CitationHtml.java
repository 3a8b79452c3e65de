package org.sourceline.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sourceline.io.ImportBuilder.Passage;
import org.sourceline.io.ImportBuilder.SourceRef;
import org.sourceline.model.Citation;
import org.sourceline.model.Source;

/**
 * Citations in HTML, for formats whose only place for them is HTML: the quoted passages in a
 * {@code <blockquote>}, one per paragraph, each run of passages from one source followed by a {@code <cite>}
 * with the source's title (a link when it has an address). It reads as a quotation does in any web page.
 */
final class CitationHtml {
    /** Passages a {@code <cite>} names, and quoted paragraphs no {@code <cite>} follows. */
    record Read(List<Passage> cited, List<String> uncited) {
    }

    private CitationHtml() {
    }

    static String write(List<Citation> citations, Map<String, Source> sources) {
        List<Citation> ordered = citations.stream().sorted(Comparator.comparing(Citation::sourceId)).toList();
        StringBuilder html = new StringBuilder("<blockquote>");
        for (int i = 0; i < ordered.size(); i++) {
            Citation c = ordered.get(i);
            html.append("<p>").append(HtmlText.escape(c.quote())).append("</p>");
            if (i + 1 == ordered.size() || !ordered.get(i + 1).sourceId().equals(c.sourceId())) {
                html.append("<cite>").append(cite(sources.get(c.sourceId()), c.sourceId())).append("</cite>");
            }
        }
        return html.append("</blockquote>").toString();
    }

    /** A source's title as HTML, a link to it when it has an address. */
    static String cite(Source source, String id) {
        String title = HtmlText.escape(source == null ? id : source.title());
        if (source != null && source.url() != null) {
            return "<a href=\"" + HtmlText.escape(source.url()) + "\">" + title + "</a>";
        }
        return title;
    }

    /** The quoted paragraphs of some HTML, each with the source the next {@code <cite>} names. */
    static Read read(List<HtmlText.Block> blocks) {
        List<Passage> cited = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (HtmlText.Block block : blocks) {
            if (block.kind() == HtmlText.Kind.CITE) {
                SourceRef source = new SourceRef(ImportBuilder.sourceTitle(block.text()), block.href());
                pending.forEach(text -> cited.add(new Passage(source, text)));
                pending.clear();
            } else if (block.kind() == HtmlText.Kind.QUOTE) {
                pending.add(block.text());
            }
        }
        return new Read(cited, pending);
    }
}
