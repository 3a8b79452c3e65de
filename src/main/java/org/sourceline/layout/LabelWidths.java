package org.sourceline.layout;

import java.util.function.ToDoubleFunction;

/**
 * Measures labels as the painter draws them, and cuts one to a width. An implementation may remember both: a
 * pan or a zoom lays out mostly the labels of the frame before, and cutting a long label measures it several times.
 */
public interface LabelWidths extends ToDoubleFunction<String> {
    /** The label cut with an ellipsis to fit {@code maxWidth}, or nothing when not even a letter fits. */
    default String fitted(String text, double maxWidth) {
        return TimelineLayout.fit(text, maxWidth, this);
    }

    /** The label and its width once cut to {@code maxWidth}. */
    record Fit(String label, double width) {
    }

    default Fit fit(String text, double maxWidth) {
        String label = fitted(text, maxWidth);
        return new Fit(label, label.isEmpty() ? 0 : applyAsDouble(label));
    }

    /** Plain measuring, nothing remembered. */
    static LabelWidths of(ToDoubleFunction<String> measure) {
        return measure::applyAsDouble;
    }
}
