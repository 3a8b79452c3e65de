package org.sourceline.articles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sourceline.articles.ArticleException.Reason;

/**
 * Reads an article file (plain text, a web page saved from a browser, or a PDF) into its body text and what the
 * file says about it. Nothing is run and nothing is fetched: the file is only read.
 *
 * <p>The kind is told by content first: {@code %PDF-} in the first kilobyte is a PDF; text that starts (after
 * white space, comments and an XML declaration) with {@code <!DOCTYPE html}, {@code <html}, {@code <head},
 * {@code <body} or another tag a browser sniffs as HTML is a web page. The name's extension comes second: other
 * text named {@code .html}, {@code .htm}, {@code .xhtml} or {@code .shtml} is a web page too; all other text is
 * plain text. See {@link ReadArticle} for what each kind gives, {@link TextBytes} for how text is decoded.
 *
 * <p>An instance holds no state between reads and may be shared between threads.
 */
public final class ArticleReader {
    /** The largest file read, 50 MiB; a larger one is refused before it is read. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)<(?:!doctype\\s+html|html|head|body|meta|title|link|script|style|iframe|h1|div|font|table|a|b"
                    + "|br|p)(?:[\\s/>]|$).*");
    private static final Pattern HTML_NAME = Pattern.compile("(?i).*\\.(?:html?|xhtml|xht|shtml)$");
    private static final Pattern WEB_ARCHIVE = Pattern.compile(
            "(?is)^(?:from|mime-version|subject|date|snapshot-content-location)\\s*:.*content-type:\\s*"
                    + "multipart/related.*");

    private final BodyExtractor extractor;

    /** A reader that finds a page's article with {@link BodyExtractor#standard()}. */
    public ArticleReader() {
        this(BodyExtractor.standard());
    }

    public ArticleReader(BodyExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Reads a file. Only a regular file is read: a folder, a device, a pipe or a symbolic link is refused (a link
     * is not followed, so that a file picked in one folder cannot read another; the folders above the file are
     * not checked). Its size is checked before it is read.
     *
     * @throws ArticleException naming the file as given, with a {@link Reason}
     */
    public ReadArticle read(Path file) throws ArticleException {
        String where = file.toString();
        Path name = file.getFileName();
        String fileName = name == null ? where : name.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new ArticleException(Reason.NOT_FOUND, where, "there is no such file", e);
        } catch (IOException e) {
            throw unreadable(where, e);
        }
        if (attributes.isSymbolicLink()) {
            throw new ArticleException(Reason.NOT_A_FILE, where,
                    "this is a symbolic link; choose the file it points to");
        }
        if (attributes.isDirectory()) {
            throw new ArticleException(Reason.NOT_A_FILE, where, "this is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new ArticleException(Reason.NOT_A_FILE, where, "this is not a regular file (a device or a pipe?)");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(where, attributes.size());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ArticleException(Reason.NOT_FOUND, where, "there is no such file", e);
        } catch (IOException e) {
            throw unreadable(where, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(where, bytes.length); // it grew while it was read
        }
        return read(bytes, fileName, where);
    }

    /**
     * Reads a file's content, named {@code fileName} (its extension helps tell its kind).
     *
     * @throws ArticleException naming the file by {@code fileName}, with a {@link Reason}
     */
    public ReadArticle read(byte[] bytes, String fileName) throws ArticleException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        return read(bytes, fileName, fileName);
    }

    private ReadArticle read(byte[] bytes, String fileName, String where) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(Reason.EMPTY, where, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(where, bytes.length);
        }
        if (PdfArticles.isPdf(bytes)) {
            return PdfArticles.read(bytes, fileName, where);
        }
        String head = head(bytes);
        if (WEB_ARCHIVE.matcher(head).matches()) {
            throw new ArticleException(Reason.UNSUPPORTED, where, "this is a web archive (MHTML), which is not "
                    + "read; save the page again as \"Web page, HTML only\" (or complete)");
        }
        TextBytes.requireText(bytes, where);
        if (HTML_START.matcher(withoutPreamble(head)).matches() || HTML_NAME.matcher(fileName).matches()) {
            return WebPages.read(bytes, fileName, where, extractor);
        }
        return TextArticles.read(bytes, fileName, where);
    }

    /** The first 2 KB as text, enough to tell a kind: decoded as its mark says, else byte for char. */
    private static String head(byte[] bytes) {
        Charset charset = TextBytes.byteOrderMark(bytes).orElse(StandardCharsets.ISO_8859_1);
        String text = new String(bytes, 0, Math.min(bytes.length, 2048), charset);
        return text.replace("\uFEFF", "").replace("ï»¿", "");
    }

    /** The text after leading white space, comments and an XML declaration. */
    private static String withoutPreamble(String head) {
        String rest = head.stripLeading();
        while (true) {
            String lower = rest.toLowerCase(Locale.ROOT);
            int end;
            if (lower.startsWith("<!--")) {
                end = rest.indexOf("-->");
                end = end < 0 ? -1 : end + 3;
            } else if (lower.startsWith("<?xml")) {
                end = rest.indexOf("?>");
                end = end < 0 ? -1 : end + 2;
            } else {
                return rest;
            }
            if (end < 0) {
                return rest;
            }
            rest = rest.substring(end).stripLeading();
        }
    }

    private static ArticleException tooLarge(String where, long size) {
        return new ArticleException(Reason.TOO_LARGE, where, String.format(Locale.ROOT,
                "the file is too large to be an article (%.1f MB; at most %d MB are read)",
                size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }

    private static ArticleException unreadable(String where, IOException e) {
        String what = e instanceof AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ArticleException(Reason.UNREADABLE, where, "the file cannot be read: " + what, e);
    }
}
