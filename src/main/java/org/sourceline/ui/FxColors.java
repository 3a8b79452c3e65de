package org.sourceline.ui;

import javafx.scene.paint.Color;

/** ARGB ints, as the painter uses them, to JavaFX colours. */
final class FxColors {
    private FxColors() {
    }

    static Color of(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
