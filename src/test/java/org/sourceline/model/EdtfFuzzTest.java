package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a person types as a date, the parser answers with a date or a located error, never anything else. */
class EdtfFuzzTest {
    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.strings().withChars("0123456789-/.X~?%[]:TZ+Y ").ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Property(tries = 5000)
    void dateLikeTextGivesADateThatRoundTripsOrALocatedError(@ForAll("dateLike") String text) {
        check(text);
    }

    @Property(tries = 2000)
    void anyTextGivesADateOrALocatedError(@ForAll("anything") String text) {
        check(text);
    }

    private static void check(String text) {
        try {
            EdtfDate date = EdtfDate.parse(text);
            assertThat(EdtfDate.parse(date.toString())).isEqualTo(date);
            assertThat(date.latestEpochSecond()).isGreaterThan(date.earliestEpochSecond());
        } catch (EdtfException e) {
            assertThat(e.index()).isBetween(0, text.length());
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
