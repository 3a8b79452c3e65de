package org.sourceline.model;

/**
 * The rules every event, source, actor, place, category and era must keep, whoever writes it: a file being
 * imported, the editor, the store's write path. Each rule has one message, the same wherever it is broken; its
 * words are in the {@code rules} bundle beside this class.
 */
public enum Rule {
    /** A required text is empty. Arguments: field. */
    EMPTY,
    /** Arguments: field, length, maximum. */
    TOO_LONG,
    /** Arguments: field, the code point as four hex digits. */
    CONTROL_CHARACTER,
    /** Half of a UTF-16 surrogate pair without its other half: not a character. Arguments: field, code unit as hex. */
    LONE_SURROGATE,
    /** Arguments: field, value. */
    BAD_ID,
    /** Arguments: field. */
    BAD_LANGUAGE,
    /** Arguments: field. */
    BAD_URL,
    /** Arguments: field, value. */
    BAD_COLOR,
    /** Arguments: field, value, the date's own reason. */
    BAD_DATE,
    /**
     * A date beyond the {@link SupportedYears}. Arguments: field, value, the first and the last year in EDTF, the
     * first as a year BC and the last as a year AD.
     */
    DATE_OUT_OF_RANGE,
    /** A quote holds a line break. */
    QUOTE_LINE_BREAK,
    /** Arguments: source id. */
    QUOTE_CITED_TWICE,
    /** The quote is in the saved page but outside the article's body. Arguments: source id. */
    QUOTE_OUTSIDE_BODY,
    /** The quote differs only by apostrophes, quotation marks, spaces or normalization. Arguments: source id. */
    QUOTE_NOT_VERBATIM,
    /** Arguments: source id. */
    QUOTE_NOT_FOUND,
    /** An event cites nothing. */
    NO_CITATION,
    /** Arguments: kind (actor, place, source, category), id. */
    UNKNOWN_REFERENCE,
    /** Arguments: kind, id. */
    LISTED_TWICE,
    /** Arguments: field, value. */
    VALUE_TWICE
}
