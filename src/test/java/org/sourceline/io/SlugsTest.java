package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugsAreLowercaseAsciiWordsJoinedByDashes() {
        assertThat(Slugs.slug("Réunion à Doha (2/3)", "x")).isEqualTo("reunion-a-doha-2-3");
        assertThat(Slugs.slug("  Œuvre — Straße  ", "x")).isEqualTo("oeuvre-strasse");
        assertThat(Slugs.slug("2022-05-25-reception", "x")).isEqualTo("2022-05-25-reception");
        assertThat(Slugs.slug("42", "x")).isEqualTo("42");
    }

    @Test
    void nothingLeftGivesTheFallbackAndLongTextIsCut() {
        assertThat(Slugs.slug("!!! 漢字 ???", "event")).isEqualTo("event");
        assertThat(Slugs.slug(null, "event")).isEqualTo("event");
        String slug = Slugs.slug("word ".repeat(40), "x");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).startsWith("word-word").doesNotEndWith("-");
    }

    @Test
    void repeatedIdsAreNumbered() {
        Slugs.Unique ids = new Slugs.Unique();

        assertThat(ids.claim("visit")).isEqualTo("visit");
        assertThat(ids.claim("visit")).isEqualTo("visit-2");
        assertThat(ids.claim("visit-2")).isEqualTo("visit-2-2");
        assertThat(ids.claim("visit")).isEqualTo("visit-3");
    }
}
