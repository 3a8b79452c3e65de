package org.sourceline.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.articles.ArticleException;
import org.sourceline.articles.ArticleMetadata;
import org.sourceline.articles.ArticleReader;
import org.sourceline.articles.ReadArticle;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.LineRange;
import org.sourceline.model.NewArticle;
import org.sourceline.model.Original;
import org.sourceline.model.Rules;

/**
 * An article file made ready to become a source: its text as a source keeps it, where its body is, the file itself,
 * and what the file says of it. The window and the command line add articles through it.
 *
 * <p>A web page's or a PDF's text is its body paragraphs, one per line with a blank line between them, all of them
 * the body; a PDF's pages are kept as the line each starts at. A text file is kept whole, line for line, its body
 * from its first line with text to its last, for the person adding it to narrow.
 */
public final class ArticleImport {
    private static final ArticleReader READER = new ArticleReader();
    private static final Pattern FRENCH = Pattern.compile(
            "(?iu)\\b(?:le|la|les|des|du|une|est|et|dans|pour|qui|que|avec|sur|au|aux)\\b");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?iu)\\b(?:the|of|and|is|in|for|who|that|with|on|at|was|were|from|by)\\b");

    private ArticleImport() {
    }

    /**
     * Reads a file the user pointed at (never a link out of its folder: see {@link ArticleReader#read(Path)}).
     *
     * @throws ArticleException naming the file and saying what is wrong with it
     */
    public static NewArticle read(Path file) throws ArticleException {
        return read(file, READER, LIMIT);
    }

    /** How long reading one article may take: a saved news page takes well under a second. */
    static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(30);

    /** Reads beside the caller, so that a page that takes the reader forever is given up, not waited for. */
    private static final java.util.concurrent.ExecutorService READING =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "sourceline-article-reading");
                t.setDaemon(true);
                return t;
            });

    static NewArticle read(Path file, ArticleReader reader, java.time.Duration limit) throws ArticleException {
        java.util.concurrent.Future<ReadArticle> reading = READING.submit(() -> reader.read(file));
        try {
            return of(reading.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            reading.cancel(true);
            throw new ArticleException(ArticleException.Reason.TOO_SLOW, String.valueOf(file), "reading it took"
                    + " over " + limit.toSeconds() + " s, far longer than any article; the page may be built to be"
                    + " hard to take apart");
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleException(ArticleException.Reason.TOO_SLOW, String.valueOf(file), "reading was"
                    + " interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ArticleException refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The most text one article may hold: past it, a file is a book, a dump or a log, not an article. */
    public static final int MAX_CHARS = 2_000_000;

    static NewArticle of(ReadArticle read) throws ArticleException {
        String text;
        List<LineRange> body;
        List<Integer> pages = new ArrayList<>();
        if (read.kind() == ReadArticle.Kind.TEXT) {
            text = String.join("\n", read.lines());
            List<Integer> lines = read.paragraphLines();
            body = List.of(new LineRange(lines.get(0), lines.get(lines.size() - 1)));
        } else {
            text = read.bodyText();
            body = List.of(new LineRange(1, 2 * read.paragraphs().size() - 1));
            for (int start : read.pageStarts()) {
                pages.add(2 * start + 1);
            }
        }
        if (text.length() > MAX_CHARS) {
            throw new ArticleException(ArticleException.Reason.TOO_LARGE, read.fileName(), "its text is too long"
                    + " to be one article (" + text.length() + " characters; at most " + MAX_CHARS + ")");
        }
        // The name as a file name alone: the store keeps it under a name of the source's own anyway.
        String name = read.fileName().replaceAll("[/\\\\]", "_");
        Original original = new Original(name.isBlank() ? "article" : name, read.mediaType(), read.original(), pages);
        ArticleMetadata m = read.metadata();
        EdtfDate published = m.publishedEdtf() == null ? null : EdtfDate.parse(m.publishedEdtf());
        String language = m.language() != null ? m.language().split("[-_]")[0].toLowerCase(Locale.ROOT)
                : guessLanguage(text);
        return new NewArticle(text, body, original, m.title(), m.siteName(),
                m.authors().isEmpty() ? null : String.join(", ", m.authors()), published, address(m.canonicalUrl()),
                language);
    }

    /**
     * A page's own address, if it is one a source may keep: http or https, as the rules say, and without a name or
     * password in it (never kept, never shown).
     */
    static String address(String url) {
        if (url == null || Rules.url("url", url).isPresent()) {
            return null;
        }
        try {
            return java.net.URI.create(url).getRawUserInfo() == null ? url : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code fr} or {@code en} by their most common short words, when one clearly wins; null otherwise. */
    static String guessLanguage(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int fr = count(FRENCH.matcher(sample));
        int en = count(ENGLISH.matcher(sample));
        if (fr >= 5 && fr > 2 * en) {
            return "fr";
        }
        if (en >= 5 && en > 2 * fr) {
            return "en";
        }
        return null;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
