package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.model.EdtfDate;

class ImageCaptionTest {
    @Test
    void aRangeBeforeYearOneIsCaptionedInItsEra() {
        double from = EdtfDate.parse("-0043-03-15").earliestEpochSecond();
        double to = EdtfDate.parse("0476").latestEpochSecond();

        assertThat(ImageExportSource.caption(from, to, Locale.ENGLISH))
                .isEqualTo("Timeline from 15 March 44 BC to 31 December 476");
    }

    @Test
    void yearsBeyondFourDigitsAreCaptionedAsYears() {
        double from = EdtfDate.parse("Y-12000").earliestEpochSecond();

        assertThat(ImageExportSource.caption(from, from + 86_400, Locale.ENGLISH)).startsWith("Timeline from 12001 BC");
    }
}
