package org.sourceline.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.IndexRange;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;

/**
 * The marks behind an article's text: every cited passage softly, the focused one strongly. It lies under the
 * {@link TextFlow} in the same place and size, so the flow's own coordinates are its coordinates. The marks are
 * rebuilt in this layer's layout pass, once per pulse, never in a listener: the text's shape is known only once
 * the flow has its width.
 */
final class HighlightLayer extends Pane {
    private final TextFlow text;
    private List<IndexRange> cited = List.of();
    private IndexRange focused;
    private int length;
    private boolean dirty;
    private Path focusedPath;
    private IndexRange selection;
    private List<IndexRange> dates = List.of();
    private Runnable onRebuilt = () -> { };

    HighlightLayer(TextFlow text) {
        this.text = text;
        getStyleClass().add("highlight-layer");
        setMouseTransparent(true);
        text.layoutBoundsProperty().addListener(o -> invalidate());
    }

    /**
     * @param cited  every cited passage of the text
     * @param focused the passage brought forward, or null
     * @param length how many characters the flow holds; ranges past it are cut
     */
    void show(List<IndexRange> cited, IndexRange focused, int length) {
        // Two events citing the same words would otherwise paint the same place twice.
        Set<IndexRange> distinct = new LinkedHashSet<>(cited);
        this.cited = new ArrayList<>(distinct);
        this.focused = focused;
        this.length = length;
        invalidate();
    }

    /** The reader's own selection, drawn over the marks and under the words; null for none. */
    void select(IndexRange selection) {
        this.selection = selection;
        invalidate();
    }

    /** The date expressions to underline; empty for none. */
    void dates(List<IndexRange> dates) {
        this.dates = List.copyOf(dates);
        invalidate();
    }

    /** Called after each rebuild, during layout. */
    void setOnRebuilt(Runnable onRebuilt) {
        this.onRebuilt = onRebuilt;
    }

    /** The strong mark, or null when nothing is focused. */
    Path focusedPath() {
        return focusedPath;
    }

    void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!dirty) {
            return;
        }
        dirty = false;
        List<Path> marks = new ArrayList<>();
        for (IndexRange range : cited) {
            if (!range.equals(focused)) {
                Path mark = mark(range, "passage-highlight");
                if (mark != null) {
                    marks.add(mark);
                }
            }
        }
        focusedPath = focused == null ? null : mark(focused, "focused-passage-highlight");
        if (focusedPath != null) {
            marks.add(focusedPath);
        }
        Path selected = selection == null ? null : mark(selection, "reader-selection");
        if (selected != null) {
            marks.add(selected);
        }
        for (IndexRange range : dates) {
            int start = Math.max(0, Math.min(range.getStart(), length));
            int end = Math.max(start, Math.min(range.getEnd(), length));
            if (start < end) {
                Path underline = new Path(text.underlineShape(start, end));
                underline.getStyleClass().add("reader-date");
                underline.setManaged(false);
                marks.add(underline);
            }
        }
        getChildren().setAll(marks);
        onRebuilt.run();
    }

    private Path mark(IndexRange range, String styleClass) {
        int start = Math.max(0, Math.min(range.getStart(), length));
        int end = Math.max(start, Math.min(range.getEnd(), length));
        if (start == end) {
            return null;
        }
        Path path = new Path(text.rangeShape(start, end));
        path.getStyleClass().add(styleClass);
        // Unmanaged: adding marks during layout must not ask for another layout.
        path.setManaged(false);
        return path;
    }
}
