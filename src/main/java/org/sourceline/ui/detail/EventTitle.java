package org.sourceline.ui.detail;

import java.util.Locale;
import org.sourceline.model.Event;
import org.sourceline.ui.Texts;

/**
 * The title an event is shown under, and the dataset's French original when the shown one is a translation, so a
 * reader of the English interface can still match the title against the French sources.
 */
public record EventTitle(String shown, String original) {

    public static EventTitle of(Event event, Locale locale) {
        if (Texts.isFrench(locale) || event.titleEn() == null) {
            return new EventTitle(event.title(), null);
        }
        return new EventTitle(event.titleEn(), event.title());
    }
}
