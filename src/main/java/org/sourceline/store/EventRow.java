package org.sourceline.store;

import org.sourceline.model.EdtfDate;

/** What a list or a timeline needs of an event, without its citations. */
public record EventRow(String id, String title, String titleEn, EdtfDate date, String displayDate, String category,
                       long startSecond, long endSecond) {
}
