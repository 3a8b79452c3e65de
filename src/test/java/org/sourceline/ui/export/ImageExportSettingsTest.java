package org.sourceline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.layout.TimeScale;
import org.sourceline.model.EdtfDate;
import org.sourceline.ui.Settings;

class ImageExportSettingsTest {
    private static ImageExportSettings dates(String from, String to, int width, int density) {
        return new ImageExportSettings(ImageExportSettings.Range.DATES, from, to, width, density, false, "", true, true,
                false);
    }

    @Test
    void choicesAreRememberedBetweenExports() {
        Settings settings = Settings.inMemory();
        ImageExportSettings chosen = new ImageExportSettings(ImageExportSettings.Range.DATES, "2022-05", "juin 2022",
                2400, 2, true, "Titre", false, true, true);

        chosen.save(settings);

        assertThat(ImageExportSettings.load(settings, 1000)).isEqualTo(chosen);
        assertThat(ImageExportSettings.load(Settings.inMemory(), 1234).width()).isEqualTo(1234);
    }

    @Test
    void aDateRangeIsReadAsPeopleWriteItAndCoversBothEnds() {
        double[] range = dates("1er mai 2022", "2022-06", 1600, 1).timeRange(null, null);

        assertThat(range[0]).isEqualTo(EdtfDate.parse("2022-05-01").earliestEpochSecond());
        assertThat(range[1]).isEqualTo(EdtfDate.parse("2022-07-01").earliestEpochSecond());
    }

    @Test
    void theViewAndTheWholeDatasetGiveTheirOwnRanges() {
        TimeScale view = new TimeScale(1000, 10, 500);
        ImageExportSettings viewChoice = new ImageExportSettings(ImageExportSettings.Range.VIEW, "", "", 800, 1, false,
                "", true, true, false);
        assertThat(viewChoice.timeRange(view, new double[] {0, 1})).containsExactly(1000, 6000);
        ImageExportSettings all = new ImageExportSettings(ImageExportSettings.Range.ALL, "", "", 800, 1, false, "",
                true, true, false);
        assertThat(all.timeRange(view, new double[] {5, 9})).containsExactly(5, 9);
    }

    @Test
    void badChoicesAreExplainedInTheInterfaceLanguage() {
        assertThat(dates("2022-06", "2022-05", 1600, 1).problem(Locale.FRENCH))
                .contains("La période finit avant de commencer.");
        assertThat(dates("hier", "2022-05", 1600, 1).problem(Locale.ENGLISH).orElseThrow())
                .contains("Cannot read the start date");
        assertThat(dates("2022-05", "2022-06", 50, 1).problem(Locale.ENGLISH).orElseThrow()).contains("width");
        assertThat(dates("2022-05", "2022-06", 60_000, 3).problem(Locale.ENGLISH).orElseThrow()).contains("too large");
        assertThat(dates("2022-05", "2022-06", 1600, 2).problem(Locale.FRENCH)).isEmpty();
    }
}
