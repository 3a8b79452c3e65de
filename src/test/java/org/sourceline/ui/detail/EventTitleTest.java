package org.sourceline.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;

class EventTitleTest {
    private static Event event(String titleEn) {
        return new Event("e", "Salon « Milipol Qatar 2022 »", titleEn, "Résumé.", EdtfDate.parse("2022-05-24"),
                null, "exhibition", List.of(), List.of(), List.of(), List.of(new Citation("src-000", "x")), null);
    }

    @Test
    void frenchShowsTheDatasetTitleAlone() {
        assertThat(EventTitle.of(event("“Milipol Qatar 2022” security fair"), Locale.FRENCH))
                .isEqualTo(new EventTitle("Salon « Milipol Qatar 2022 »", null));
    }

    @Test
    void englishShowsTheTranslationWithTheFrenchOriginalBeneath() {
        assertThat(EventTitle.of(event("“Milipol Qatar 2022” security fair"), Locale.ENGLISH))
                .isEqualTo(new EventTitle("“Milipol Qatar 2022” security fair", "Salon « Milipol Qatar 2022 »"));
    }

    @Test
    void englishWithoutATranslationFallsBackToTheFrenchTitle() {
        assertThat(EventTitle.of(event(null), Locale.ENGLISH))
                .isEqualTo(new EventTitle("Salon « Milipol Qatar 2022 »", null));
    }
}
