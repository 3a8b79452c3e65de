package org.sourceline.model;

/**
 * A date text that is not valid EDTF, or not in the subset Sourceline reads.
 *
 * <p>{@link #index()} points at the character where the problem was found, so an editor can put
 * the caret there.
 */
public final class EdtfException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int index;

    public EdtfException(String message, int index) {
        super(message);
        this.index = index;
    }

    /** The 0-based offset, in the parsed text, of the problem; the text's length if it ends too early. */
    public int index() {
        return index;
    }
}
