package org.sourceline.model;

import java.util.Optional;

/**
 * A date typed by a person to jump to or to filter by: whatever {@link DateInput} reads, EDTF ("2022-05",
 * "2022-05-25") or words in French or English ("25 mai 2022", "May 25, 2022", "fin mai 2022", "25/05/2022").
 */
public final class DateQuery {

    private DateQuery() {
    }

    /** The date typed, or empty when the text is blank or not a date; {@link DateInput#read} says why. */
    public static Optional<EdtfDate> parse(String text) {
        return text == null ? Optional.empty() : DateInput.read(text).date();
    }
}
