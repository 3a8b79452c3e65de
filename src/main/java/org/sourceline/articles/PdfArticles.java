package org.sourceline.articles;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sourceline.articles.ArticleException.Reason;

/**
 * A PDF's text, page by page, in the order its pages draw it, cut into paragraphs where PDFBox sees one end (a
 * wider gap between lines, an indent). The lines of a paragraph are joined with one space, except after a hyphen
 * that ends a line:
 * <ul>
 *   <li>a soft hyphen (U+00AD) only marks where the line broke: it goes;
 *   <li>a hyphen after a letter, before a lower-case letter, goes only when the document shows the whole word
 *       elsewhere without it ("exper-" "tise" becomes "expertise" if "expertise" is written somewhere) and never
 *       with it; otherwise it stays, joined without a space ("porte-" "parole" becomes "porte-parole"), since it
 *       may belong to the word and the reader sees it;
 *   <li>any other hyphen attached to a word stays, without a space ("Jean-" "Pierre", "2022-" "2023"); a hyphen
 *       standing alone after a space is a dash, followed by a space.
 * </ul>
 * Metadata comes from the document information (Title, Author, CreationDate, which stands for the publication
 * date) and the catalogue's language. A PDF that opens without a password is read even if its permissions
 * forbid copying text: its passages are only quoted, with the source named.
 */
final class PdfArticles {
    private static final String PARAGRAPH_END = "\u2029";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-\u2010][\\p{L}\\p{M}]+)*");
    private static final Pattern LINE_END_WORD = Pattern.compile("([\\p{L}\\p{M}]+)[-\u2010]$");
    private static final Pattern LINE_START_WORD = Pattern.compile("^([\\p{Ll}][\\p{L}\\p{M}]*)");
    private static final Pattern FILE_LIKE_TITLE = Pattern.compile(
            "(?i)^microsoft\\s+\\w+\\s+-\\s+.*|.*\\.(?:docx?|odt|rtf|pdf|indd|qxd|txt)$");
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private PdfArticles() {
    }

    static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) - 5;
        for (int i = 0; i <= n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static ReadArticle read(byte[] bytes, String fileName, String where) throws ArticleException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<List<List<String>>> pages = pagesOf(document);
            Set<String> words = words(pages);
            List<String> paragraphs = new ArrayList<>();
            List<Integer> pageStarts = new ArrayList<>();
            for (List<List<String>> page : pages) {
                pageStarts.add(paragraphs.size());
                for (List<String> lines : page) {
                    String paragraph = Paragraphs.oneLine(join(lines, words));
                    if (!paragraph.isEmpty()) {
                        paragraphs.add(paragraph);
                    }
                }
            }
            if (paragraphs.isEmpty()) {
                throw new ArticleException(Reason.NO_TEXT, where, "no page of the PDF holds text: it may be a "
                        + "scan or images without a text layer; run text recognition (OCR) on it first");
            }
            return new ReadArticle(bytes, "application/pdf", fileName, paragraphs, metadata(document),
                    pageStarts, List.of(), List.of());
        } catch (InvalidPasswordException e) {
            throw new ArticleException(Reason.ENCRYPTED, where,
                    "the PDF is protected by a password; save an unprotected copy first", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox throws unchecked exceptions too on some damaged files.
            throw new ArticleException(Reason.DAMAGED, where, "the PDF is damaged and cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    /** For each page, its paragraphs; for each paragraph, its lines. */
    private static List<List<List<String>>> pagesOf(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd(PARAGRAPH_END);
        stripper.setPageStart("");
        stripper.setPageEnd("");
        List<List<List<String>>> pages = new ArrayList<>();
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            List<List<String>> page = new ArrayList<>();
            for (String paragraph : stripper.getText(document).split(PARAGRAPH_END)) {
                List<String> lines = new ArrayList<>();
                for (String line : paragraph.split("\n")) {
                    String text = Paragraphs.oneLine(line);
                    if (!text.isEmpty()) {
                        lines.add(text);
                    }
                }
                if (!lines.isEmpty()) {
                    page.add(lines);
                }
            }
            pages.add(page);
        }
        return pages;
    }

    /** Every word of the document, lower case, hyphenated words whole. */
    private static Set<String> words(List<List<List<String>>> pages) {
        Set<String> words = new HashSet<>();
        for (List<List<String>> page : pages) {
            for (List<String> paragraph : page) {
                for (String line : paragraph) {
                    Matcher m = WORD.matcher(line);
                    while (m.find()) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }

    /** The lines of a paragraph on one line; see the class comment for hyphens. */
    static String join(List<String> lines, Set<String> words) {
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String next = lines.get(i);
            int last = out.length() - 1;
            char end = out.charAt(last);
            if (end == '\u00AD') {
                out.setLength(last);
            } else if ((end == '-' || end == '\u2010') && last > 0 && Character.isLetterOrDigit(out.charAt(last - 1))) {
                if (isLineBreakHyphen(out, next, words)) {
                    out.setLength(last);
                }
            } else {
                out.append(' ');
            }
            out.append(next);
        }
        return out.toString();
    }

    private static boolean isLineBreakHyphen(CharSequence before, String next, Set<String> words) {
        Matcher head = LINE_END_WORD.matcher(before);
        Matcher tail = LINE_START_WORD.matcher(next);
        if (!head.find() || !tail.find()) {
            return false;
        }
        String first = head.group(1).toLowerCase(Locale.ROOT);
        String second = tail.group(1).toLowerCase(Locale.ROOT);
        return words.contains(first + second) && !words.contains(first + "-" + second);
    }

    private static ArticleMetadata metadata(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = info.getTitle();
        if (title != null && FILE_LIKE_TITLE.matcher(title.strip()).matches()) {
            title = null;
        }
        List<String> authors = info.getAuthor() == null ? List.of() : List.of(info.getAuthor().split(";"));
        // A PDF says when the file was made, not when the article came out (a page printed from a browser is made
        // the day it is printed): its day only, and marked uncertain, for the person adding it to confirm.
        String given = null;
        String edtf = null;
        Calendar created = info.getCreationDate();
        if (created != null) {
            OffsetDateTime time = OffsetDateTime.ofInstant(created.toInstant(), created.getTimeZone().toZoneId());
            given = ISO_SECONDS.format(time);
            edtf = time.toLocalDate() + "?";
        }
        String language = PageMetadata.languageTag(document.getDocumentCatalog().getLanguage());
        return new ArticleMetadata(title, authors, given, edtf, null, null, language, info.getSubject());
    }
}
