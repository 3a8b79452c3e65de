package org.sourceline.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void everyFrenchLocaleGetsFrench() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.FRANCE, Locale.CANADA_FRENCH,
            Locale.forLanguageTag("fr-BE")}) {
            Messages messages = Messages.of(locale);
            assertThat(messages.locale()).as("%s", locale).isEqualTo(Locale.FRENCH);
            assertThat(messages.isFrench()).isTrue();
            assertThat(messages.get("menu.file")).isEqualTo("_Fichier");
        }
    }

    @Test
    void anyOtherLanguageGetsEnglishWhateverTheMachineSpeaks() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.US, Locale.GERMAN, Locale.forLanguageTag("pt-BR"),
                Locale.ROOT}) {
                Messages messages = Messages.of(locale);
                assertThat(messages.locale()).as("%s", locale).isEqualTo(Locale.ENGLISH);
                assertThat(messages.isFrench()).isFalse();
                assertThat(messages.get("menu.file")).isEqualTo("_File");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledInAndCountsWrittenInPlainDigits() {
        assertThat(Messages.of(Locale.FRENCH).get("search.summary.filtered.many", 4, 13))
                .isEqualTo("4 sur 13 événements");
        assertThat(Messages.of(Locale.ENGLISH).get("search.summary.filtered.many", 4, 13)).isEqualTo("4 of 13 events");
        // No thousands separator, in either language: the texts read as they always have.
        assertThat(Messages.of(Locale.ENGLISH).get("export.problem.width", 200, 60_000))
                .isEqualTo("The width must be between 200 and 60000 pixels.");
        assertThat(Messages.of(Locale.FRENCH).get("export.problem.width", 200, 60_000L))
                .isEqualTo("La largeur doit être comprise entre 200 et 60000 pixels.");
        // An argument is never read as a pattern: braces and apostrophes in it stay as they are.
        assertThat(Messages.of(Locale.ENGLISH).get("go-to-date.unreadable", "it's {0}"))
                .isEqualTo("“it's {0}” is not a date I can read.");
    }

    @Test
    void escapesWrittenInTheBundleAreRead() {
        assertThat(Messages.of(Locale.FRENCH).get("detail.citation.quote", "mot")).isEqualTo("«\u00a0mot\u00a0»");
        assertThat(Messages.of(Locale.ENGLISH).get("error.unexpected.text", "E", "here", "/log"))
                .isEqualTo("Something failed: E\nWhere: here\n\nThe details are in the log: /log\n"
                        + "Sourceline keeps running.");
    }

    @Test
    void aCountChoosesBetweenOneAndMany() {
        Messages fr = Messages.of(Locale.FRENCH);
        assertThat(fr.plural("search.summary", 1, 1)).isEqualTo("1 événement");
        assertThat(fr.plural("search.summary", 13, 13)).isEqualTo("13 événements");
        assertThat(fr.plural("search.summary", 0, 0)).isEqualTo("0 événements");
        assertThat(Messages.of(Locale.ENGLISH).plural("search.summary", 1, 1)).isEqualTo("1 event");
    }

    @Test
    void aMissingKeyFailsLoudly() {
        Messages messages = Messages.of(Locale.ENGLISH);
        assertThatThrownBy(() -> messages.get("no.such.key")).isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> messages.get("no.such.key", 1)).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> messages.plural("no.such.key", 2)).isInstanceOf(MissingResourceException.class);
    }
}
