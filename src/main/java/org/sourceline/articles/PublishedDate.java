package org.sourceline.articles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;

/**
 * A publication date as a file gives it, when it is ISO 8601 (or RFC 3339, with a space for the {@code T}), and
 * the same date in EDTF at the precision given.
 *
 * @param given the text as given, trimmed
 * @param edtf the EDTF text; fractions of a second are dropped and an offset is written {@code Z} or
 *             {@code ±hh:mm}; a time the timeline cannot take is dropped and the day kept
 */
record PublishedDate(String given, String edtf) {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    /** The date, or null when the text is not an ISO 8601 date or date-time. */
    static PublishedDate parse(String text) {
        if (text == null) {
            return null;
        }
        String given = text.strip();
        Matcher m = ISO.matcher(given);
        if (!m.matches()) {
            return null;
        }
        StringBuilder date = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            date.append('-').append(m.group(2));
        }
        if (m.group(3) != null) {
            date.append('-').append(m.group(3));
        }
        if (!isDate(date.toString())) {
            return null;
        }
        if (m.group(4) == null) {
            return new PublishedDate(given, date.toString());
        }
        StringBuilder time = new StringBuilder(date).append('T').append(m.group(4)).append(':').append(m.group(5));
        if (m.group(6) != null) {
            time.append(':').append(m.group(6));
        }
        String offset = m.group(7);
        if (offset != null) {
            time.append(offset.equals("Z") ? "Z" : offset.substring(0, 3) + ":"
                    + (offset.length() > 3 ? offset.substring(offset.length() - 2) : "00"));
        }
        return new PublishedDate(given, isDate(time.toString()) ? time.toString() : date.toString());
    }

    private static boolean isDate(String edtf) {
        try {
            EdtfDate.parse(edtf);
            return true;
        } catch (EdtfException e) {
            return false;
        }
    }
}
