package org.sourceline.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void halfACharacterFromAnExtractedTextBecomesTheReplacementCharacter() {
        // What a PDF's damaged text map can give: a high half with no low one, a low half alone.
        assertThat(Paragraphs.oneLine("Le \uD835 mot\n\uDC00 suivant")).isEqualTo("Le \uFFFD mot \uFFFD suivant");
        assertThat(Paragraphs.oneLine("fin \uD83D")).isEqualTo("fin \uFFFD");
    }

    @Test
    void wholeCharactersOutsideTheBasicPlaneAreKept() {
        assertThat(Paragraphs.oneLine("  😀 et 𝐀\u00A0!  ")).isEqualTo("😀 et 𝐀\u00A0!");
    }
}
