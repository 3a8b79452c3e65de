package org.sourceline.articles;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.articles.ArticleException.Reason;
import org.sourceline.model.Article;

/**
 * A plain text file: every line that holds something visible is a paragraph. A text file has no markup that
 * tells the article from the rest (a title, a date line, "À lire" links, comments pasted with it), so nothing is
 * dropped here: the person says by line where the body starts and ends, and {@link ReadArticle#lines()} and
 * {@link ReadArticle#paragraphLines()} map the paragraphs back to those lines.
 */
final class TextArticles {
    private TextArticles() {
    }

    static ReadArticle read(byte[] bytes, String fileName, String where) throws ArticleException {
        TextBytes.Decoded decoded = TextBytes.decodeText(bytes, where);
        List<String> lines = Article.lines(decoded.text());
        List<String> paragraphs = new ArrayList<>();
        List<Integer> paragraphLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String paragraph = Paragraphs.oneLine(lines.get(i));
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
                paragraphLines.add(i + 1);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleException(Reason.EMPTY, where, "the text holds only white space");
        }
        return new ReadArticle(bytes, "text/plain; charset=" + decoded.charset().name(), fileName, paragraphs,
                ArticleMetadata.NONE, List.of(), lines, paragraphLines);
    }
}
