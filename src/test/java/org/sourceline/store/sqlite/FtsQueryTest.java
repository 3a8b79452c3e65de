package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourceline.model.SearchTerms;

class FtsQueryTest {
    private static String fts(String typed) {
        return FtsQuery.of(SearchTerms.parse(typed));
    }

    @Test
    void everyTermIsAQuotedStringAndTheLastOneBeingTypedIsAPrefix() {
        assertThat(fts("securite")).isEqualTo("\"securite\"*");
        assertThat(fts("Sécurité Qatar ")).isEqualTo("\"securite\" \"qatar\"");
        assertThat(fts("\"coupe du monde\" qat")).isEqualTo("\"coupe du monde\" \"qat\"*");
        assertThat(fts("Al-Khulaifi")).isEqualTo("\"al khulaifi\"*");
    }

    @Test
    void theWholeWordsQueryTakesTheLastTermWhole() {
        assertThat(FtsQuery.wholeWords(SearchTerms.parse("\"coupe du monde\" qat"))).isEqualTo("\"coupe du monde\" \"qat\"");
        assertThat(FtsQuery.wholeWords(SearchTerms.parse("Sécurité"))).isEqualTo("\"securite\"");
        assertThat(FtsQuery.wholeWords(SearchTerms.parse("qatar "))).isEqualTo(fts("qatar "));
    }

    @Test
    void queryOperatorsAndPunctuationBecomePlainWordsOrNothing() {
        assertThat(fts("a OR b")).isEqualTo("\"a\" \"or\" \"b\"*");
        assertThat(fts("NEAR(a b)")).isEqualTo("\"near a\" \"b\"*");
        assertThat(fts("title:x")).isEqualTo("\"title x\"*");
        assertThat(fts("\"")).isEmpty();
        assertThat(fts("' * ^ -")).isEmpty();
    }
}
