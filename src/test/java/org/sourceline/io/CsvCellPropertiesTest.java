package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A cell of an exported CSV file, as a spreadsheet and our reader see it: whatever the text, the cell never starts
 * a formula, and the reader gets the text back exactly.
 */
class CsvCellPropertiesTest {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("'=+-@\t\r\n\",; a0").ofMaxLength(8),
                Arbitraries.strings().withChars("'").ofMaxLength(4).flatMap(apostrophes ->
                        Arbitraries.of("=", "+", "-", "@", "\t", "\r", "", "a", " ", "\"")
                                .flatMap(start -> Arbitraries.strings().all().ofMaxLength(6)
                                        .map(rest -> apostrophes + start + rest))));
    }

    /**
     * Texts as the store may hold them: never a carriage return (the rules refuse it; a line break inside a CSV
     * cell, CRLF or CR, is read as a line feed).
     */
    @Provide
    Arbitrary<String> storedTexts() {
        return texts().filter(text -> text.indexOf('\r') < 0);
    }

    @Property(tries = 4000)
    void everyTextIsReadBackExactlyFromACellThatNeverStartsAFormula(@ForAll("storedTexts") String text) throws Exception {
        String field = CsvWriter.field(text);
        CsvTable table = CsvTable.parse("title,summary\r\nx," + field + "\r\n");

        String cell = table.rows.get(0).cells().get(1);
        assertThat(table.rows).hasSize(1);
        assertThat(FormulaText.startsLikeAFormula(field)).isFalse();
        assertThat(FormulaText.startsLikeAFormula(cell)).isFalse();
        assertThat(FormulaText.unescape(cell)).isEqualTo(text);
    }

    @Property(tries = 2000)
    void theApostropheIsPutAndTakenOffOneForOne(@ForAll("texts") String text) {
        String escaped = FormulaText.escape(text);

        assertThat(FormulaText.unescape(escaped)).isEqualTo(text);
        assertThat(escaped.length() - text.length()).isBetween(0, 1);
        assertThat(FormulaText.escape(FormulaText.unescape(escaped))).isEqualTo(escaped);
    }
}
