package org.sourceline.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.sourceline.layout.LabelWidths;

/**
 * Remembers the widths of the labels measured lately, and how each was cut to fit: a pan or a zoom lays out mostly
 * the same labels again, and measuring text is the costliest part of a layout (cutting a long label measures it
 * several times). Not thread-safe: one per canvas, used on its thread.
 */
public final class TextWidths implements LabelWidths {
    private static final int CAPACITY = 50_000;

    private final ToDoubleFunction<String> measure;
    private final Map<String, Double> widths = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The cut of each label lately laid out, for the width it was cut to. */
    private final Map<String, Cut> cuts = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cut> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Cut(double maxWidth, Fit fit) {
    }

    public TextWidths(ToDoubleFunction<String> measure) {
        this.measure = measure;
    }

    @Override
    public double applyAsDouble(String text) {
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        double width = measure.applyAsDouble(text);
        widths.put(text, width);
        return width;
    }

    @Override
    public Fit fit(String text, double maxWidth) {
        Cut known = cuts.get(text);
        if (known != null && known.maxWidth() == maxWidth) {
            return known.fit();
        }
        // Cut with plain measuring: the prefixes tried on the way are not worth remembering, and would push the
        // widths of whole labels out of the map.
        Fit fit = LabelWidths.of(measure).fit(text, maxWidth);
        if (!fit.label().isEmpty()) {
            widths.put(fit.label(), fit.width());
        }
        cuts.put(text, new Cut(maxWidth, fit));
        return fit;
    }
}
