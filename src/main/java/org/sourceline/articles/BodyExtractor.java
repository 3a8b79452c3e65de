package org.sourceline.articles;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article among the rest of a web page. The page it is given has already lost what {@link PageFurniture}
 * removes by markup; what it returns loses what {@link PageFurniture} removes by text, and is then read by
 * {@link PageText}. An implementation must not fetch anything, run scripts, or throw on an odd page.
 */
public interface BodyExtractor {
    /**
     * The element that holds the article's text, which may be a new element or one of the page's (the page may
     * be changed); empty when the page holds no article.
     */
    Optional<Element> extract(Document page);

    /** The extractor {@link ArticleReader} uses unless told otherwise: Firefox Reader View's scoring. */
    static BodyExtractor standard() {
        return new ReadabilityBody();
    }
}
