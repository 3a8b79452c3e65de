package org.sourceline.articles;

import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article found by Readability4J, a port of the scoring behind Firefox's Reader View. The library is no
 * longer maintained: this class is the only one that knows it (ArchitectureTest checks), so that another
 * extractor can take its place behind {@link BodyExtractor}.
 */
final class ReadabilityBody implements BodyExtractor {
    @Override
    public Optional<Element> extract(Document page) {
        Element fallback = page.body().clone();
        try {
            // The address would only make links absolute (no links are kept); nothing is ever fetched.
            Element content = new Readability4J("", page).parse().getArticleContent();
            return Optional.of(content != null ? content : fallback);
        } catch (RuntimeException | StackOverflowError e) {
            // An unmaintained library on an odd page: the page, already cleared of its furniture, is the best left.
            return Optional.of(fallback);
        }
    }
}
