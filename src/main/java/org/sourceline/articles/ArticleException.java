package org.sourceline.articles;

import java.util.Objects;

/**
 * An article file could not be read. The message, in English, says where and what ({@code "page.html: the page
 * holds no article text"}); {@link #reason()} says it for a program, so that a window can word it in its own
 * language.
 */
public final class ArticleException extends Exception {
    /** Why a file was refused. */
    public enum Reason {
        /** No such file (any more). */
        NOT_FOUND,
        /** A folder, a symbolic link, a device or a pipe: only a plain file is read. */
        NOT_A_FILE,
        /** The file could not be read: permission denied, an input/output error. */
        UNREADABLE,
        /** The file holds nothing, or only white space. */
        EMPTY,
        /** The file is larger than {@link ArticleReader#MAX_BYTES}; it was not read. */
        TOO_LARGE,
        /** Neither text, nor a web page, nor a PDF: an image, an archive, a program… */
        BINARY,
        /** A known format that is not read, such as a web archive (.mhtml): the message says which. */
        UNSUPPORTED,
        /** Text that is not UTF-8 and whose encoding cannot be told. */
        BAD_ENCODING,
        /** A web page in which no article text was found. */
        NO_ARTICLE,
        /** A PDF without a text layer (a scan, images only). */
        NO_TEXT,
        /** A PDF that opens only with a password. */
        ENCRYPTED,
        /** A PDF so damaged that it cannot be read. */
        DAMAGED,
        /** Reading it took longer than any article should (a page built to be hard to take apart). */
        TOO_SLOW
    }

    private final Reason reason;
    private final String where;

    /**
     * @param where the file, as the person named it (a path or a file name)
     * @param what what is wrong, in a short English sentence without a final full stop
     */
    public ArticleException(Reason reason, String where, String what) {
        this(reason, where, what, null);
    }

    public ArticleException(Reason reason, String where, String what, Throwable cause) {
        super(where + ": " + what, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.where = Objects.requireNonNull(where, "where");
    }

    public Reason reason() {
        return reason;
    }

    /** The file, as named in the message. */
    public String where() {
        return where;
    }
}
