package org.sourceline.render;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text as JavaFX lays it out on one line, cheaply: each character's advance is measured once per font,
 * and the width of a text made of such characters is their sum. JavaFX's layout of simple text applies neither
 * kerning nor ligatures, so the sum is the width a {@link Text} node gives (which costs about 20 µs a label).
 * Text with characters outside Latin, Latin extended and common punctuation (combining marks, other scripts,
 * surrogate pairs, invisible and direction marks, control characters) is measured whole. FX thread only.
 */
final class TextAdvances {
    /** Characters below this have a slot in a font's table. */
    private static final int TABLE_SIZE = 0x20C0;

    private final Text measure = new Text();
    private final Map<Font, float[]> tables = new HashMap<>();

    double width(String text, Font font) {
        float[] table = tables.computeIfAbsent(font, f -> newTable());
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSimple(c)) {
                return measured(text, font);
            }
            float advance = table[c];
            if (advance < 0) {
                advance = (float) measured(String.valueOf(c), font);
                table[c] = advance;
            }
            sum += advance;
        }
        return sum;
    }

    private static float[] newTable() {
        float[] table = new float[TABLE_SIZE];
        java.util.Arrays.fill(table, -1);
        return table;
    }

    /** Whether a character's advance does not depend on its neighbours. */
    static boolean isSimple(char c) {
        if (c < 0x20) {
            return false;
        }
        if (c < 0x0300) {
            // ASCII, Latin-1, Latin extended A and B, IPA, spacing modifier letters.
            return c < 0x7F || c >= 0xA0 && c != 0xAD;
        }
        if (c >= 0x1E00 && c < 0x1F00) {
            return true;
        }
        if (c >= 0x2000 && c < 0x2070) {
            // General punctuation, without the zero-width, direction, separator and invisible characters.
            return c < 0x200B || c >= 0x2010 && c < 0x2028 || c >= 0x2030 && c < 0x2060;
        }
        return c >= 0x20A0 && c < TABLE_SIZE;
    }

    private double measured(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
