package org.sourceline.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Remembers the widths of the labels measured lately: a pan or a zoom lays out mostly the same labels again, and
 * measuring text is the costliest part of a layout. Not thread-safe: one per canvas, used on its thread.
 */
public final class TextWidths implements ToDoubleFunction<String> {
    private static final int CAPACITY = 50_000;

    private final ToDoubleFunction<String> measure;
    private final Map<String, Double> widths = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CAPACITY;
        }
    };

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
}
