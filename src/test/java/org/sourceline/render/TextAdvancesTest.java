package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A text's width summed from its characters' advances is the width JavaFX lays it out at. */
class TextAdvancesTest {
    private static final List<String> TEXTS = List.of(
            "Visite de la délégation qatarie à Rabat",
            "Sécurité du Mondial 2022 : le Maroc apporte son expertise au Qatar",
            "« Coupe du monde » – l’équipe… “quoted” — 12 € ½",
            "AVAWAY To Wa Te fi fl ffi ŒUVRE Ťest ẞ ǅ",
            "  leading and trailing spaces  ",
            "Combining: e\u0301 a\u0300",
            "العربية מבחן",
            "emoji 🏟 zero\u200Bwidth soft\u00ADhyphen tab\there",
            "");

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static double laidOut(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }

    @Test
    void everyTextMeasuresAsJavaFxLaysItOutInEachWeightAndSize() throws Exception {
        FxRuntime.call(() -> {
            TextAdvances advances = new TextAdvances();
            for (double size : new double[] {12, 13.5}) {
                for (FontWeight weight : new FontWeight[] {FontWeight.NORMAL, FontWeight.BOLD}) {
                    Font font = Font.font(Font.getDefault().getFamily(), weight, size);
                    for (int round = 0; round < 2; round++) {
                        for (String text : TEXTS) {
                            assertThat(advances.width(text, font)).as("%s at %s %s", text, size, weight)
                                    .isCloseTo(laidOut(text, font), within(1e-3));
                        }
                    }
                }
            }
            return null;
        });
    }

    @Test
    void onlyCharactersWhoseAdvanceStandsAloneAreSummed() {
        assertThat("aéŒǅẞ€’…–«» ".chars().allMatch(c -> TextAdvances.isSimple((char) c))).isTrue();
        for (char c : new char[] {'\t', '\n', '\u0301', '\u00AD', '\u200B', '\u200F', '\u202E', '\u2060', '\u0627',
                '\u05D0', '\uD83C', '\u4E2D'}) {
            assertThat(TextAdvances.isSimple(c)).as("U+%04X", (int) c).isFalse();
        }
    }
}
