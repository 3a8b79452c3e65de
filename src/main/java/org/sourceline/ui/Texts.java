package org.sourceline.ui;

import java.util.Locale;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;

/** How the dataset's own words are shown in the interface language; the interface's words are in Messages. */
public final class Texts {
    private Texts() {
    }

    public static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    /** The date as people say it: the dataset's own wording in French where it has one, else the EDTF phrase. */
    public static String date(EdtfDate date, String displayDate, Locale locale) {
        return DatePhrase.asShown(date, displayDate, locale);
    }
}
