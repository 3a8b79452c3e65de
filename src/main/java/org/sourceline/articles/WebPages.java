package org.sourceline.articles;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sourceline.articles.ArticleException.Reason;

/**
 * A web page saved from a browser: its metadata, then the article's body only. The page is parsed by jsoup as a
 * browser would parse it, but nothing in it is run or fetched: scripts are text to be dropped, addresses are
 * strings. Furniture goes by markup ({@link PageFurniture}), the extractor finds the article in what remains,
 * furniture it kept goes by text, and the headline, which the metadata holds, is not repeated as a paragraph.
 */
final class WebPages {
    private WebPages() {
    }

    static ReadArticle read(byte[] bytes, String fileName, String where, BodyExtractor extractor)
            throws ArticleException {
        TextBytes.Decoded decoded = TextBytes.decodePage(bytes, where);
        Document page = Jsoup.parse(decoded.text(), "");
        ArticleMetadata metadata = PageMetadata.of(page);
        PageFurniture.removeByMarkup(page);
        PageFurniture.removeByText(page.body());
        Element content = extractor.extract(page).orElse(null);
        List<String> paragraphs = List.of();
        if (content != null) {
            PageFurniture.removeByText(content);
            paragraphs = withoutHeadline(PageText.paragraphs(content), metadata.title());
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleException(Reason.NO_ARTICLE, where, "no article text was found in the page");
        }
        return new ReadArticle(bytes, "text/html; charset=" + decoded.charset().name(), fileName, paragraphs,
                metadata, List.of(), List.of(), List.of());
    }

    private static List<String> withoutHeadline(List<String> paragraphs, String title) {
        if (title != null && !paragraphs.isEmpty() && same(paragraphs.get(0), title)) {
            return paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }

    private static boolean same(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String text) {
        return Paragraphs.oneLine(text.replace('\u00A0', ' ').replace('\u202F', ' ')).toLowerCase(Locale.ROOT);
    }
}
