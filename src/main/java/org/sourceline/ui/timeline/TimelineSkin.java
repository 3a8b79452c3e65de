package org.sourceline.ui.timeline;

import org.sourceline.render.TimelineModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.Lanes;
import org.sourceline.layout.LayoutStyle;
import org.sourceline.layout.Navigation;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;
import org.sourceline.render.FxCanvas2D;
import org.sourceline.render.PaintStyle;
import org.sourceline.render.TextWidths;
import org.sourceline.render.TimelinePainter;

/**
 * Draws the timeline on one canvas. Every change only marks the skin dirty and asks for layout; the drawing happens
 * once, in the next layout pass, so many changes in one pulse cost one paint.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final FxCanvas2D g2 = new FxCanvas2D(canvas.getGraphicsContext2D(), Font.getDefault().getFamily());
    private final Tooltip tooltip = new Tooltip();
    private final TextWidths labelWidths = new TextWidths(text -> g2.textWidth(text, PaintStyle.DEFAULT.fontSize(), false));
    private final TimelineBehavior behavior;
    private boolean dirty = true;
    private List<LaneSpec> lanes;
    /** The data the lanes were built or moved for. */
    private TimelineModel lanesFor;
    private Glyph hovered;

    TimelineSkin(TimelineView view) {
        super(view);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setVisible(false);
        vertical.setFocusTraversable(false);
        getChildren().addAll(canvas, vertical);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        // What moves the glyphs under a still pointer also ends what its tooltip said. New data keeps the lanes
        // until they are next asked for: data made by an edit moves them rather than building them anew.
        registerChangeListener(view.dataProperty(), o -> moved());
        for (var lanesChange : List.of(view.laneModeProperty(), view.localeProperty())) {
            registerChangeListener(lanesChange, o -> {
                lanes = null;
                moved();
            });
        }
        registerChangeListener(view.scaleProperty(), o -> moved());
        registerChangeListener(vertical.valueProperty(), o -> moved());
        registerChangeListener(view.selectedEventIdProperty(), o -> markDirty());
        registerChangeListener(view.selectionColorProperty(), o -> markDirty());
        registerChangeListener(view.matchedEventIdsProperty(), o -> markDirty());
        behavior = new TimelineBehavior(view, this);
    }

    void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    double scrollY() {
        return vertical.isVisible() ? vertical.getValue() : 0;
    }

    void scrollVertically(double dy) {
        if (vertical.isVisible()) {
            vertical.setValue(Math.max(vertical.getMin(), Math.min(vertical.getMax(), vertical.getValue() + dy)));
        }
    }

    Canvas canvas() {
        return canvas;
    }

    /** The glyph at a point of the control, in the layout drawn last. */
    Optional<Glyph> glyphAt(double x, double y) {
        TimelineLayout layout = getSkinnable().lastLayoutProperty().get();
        if (layout == null || y < layout.style().axisHeight()) {
            return Optional.empty();
        }
        return layout.hit(x, y + scrollY());
    }

    void hover(Glyph glyph, double screenX, double screenY) {
        // Glyphs are rebuilt at every paint: the same event in the same lane is the same hover.
        if (glyph == hovered || glyph != null && hovered != null && glyph.lane() == hovered.lane()
                && glyph.members().equals(hovered.members())) {
            return;
        }
        hovered = glyph;
        markDirty();
        if (glyph == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(describe(glyph));
        tooltip.show(canvas, screenX + 14, screenY + 16);
    }

    private String describe(Glyph glyph) {
        TimelineView view = getSkinnable();
        TimelineModel data = view.getData();
        if (glyph.isCluster()) {
            return Messages.of(view.localeProperty().get()).get("timeline.cluster.tooltip", glyph.count());
        }
        return TimelineLayout.labelText(data.items().get(glyph.item())) + "\n"
                + data.dateText(glyph.item(), view.localeProperty().get());
    }

    /**
     * The lanes of the data shown: those built for the data before, moved, when this data was made from it by an
     * edit (a few events among a million); built anew otherwise.
     */
    private List<LaneSpec> lanes() {
        TimelineView view = getSkinnable();
        TimelineModel data = view.getData();
        LaneMode mode = view.laneModeProperty().get();
        Messages messages = Messages.of(view.localeProperty().get());
        Function<String, String> nameOf = key -> mode == LaneMode.ACTOR ? data.actorName(key)
                : data.categoryLabel(key);
        String otherLabel = mode == LaneMode.ACTOR ? messages.get("timeline.lane.no-actor")
                : messages.get("timeline.lane.all-events");
        if (lanes != null && lanesFor != data) {
            List<LaneSpec> built = lanes;
            lanes = data.shiftFrom(lanesFor).flatMap(shift -> Lanes.edited(built, shift, data.items(), mode,
                    item -> data.actorsOf(item.id()), nameOf, otherLabel)).orElse(null);
        }
        lanesFor = data;
        if (lanes == null) {
            lanes = Lanes.build(data.items(), mode, item -> data.actorsOf(item.id()), nameOf, otherLabel);
        }
        return lanes;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        double barWidth = vertical.isVisible() ? vertical.prefWidth(-1) : 0;
        double width = Math.max(0, w - barWidth);
        if (canvas.getWidth() != width || canvas.getHeight() != h) {
            canvas.setWidth(width);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(x, y);
        TimeScale scale = view.getScale();
        if (width > 0 && (scale == null || scale.width() != width)) {
            // The first width fits everything; later resizes keep the start and show more or less.
            scale = scale == null || scale.width() == 0
                    ? Navigation.fitAll(view.getData().items(), width, view.zoomLimits())
                    : scale.withWidth(width);
            view.setScale(scale);
        }
        if (dirty && scale != null && width > 0) {
            dirty = false;
            paint(scale, width, h);
        }
        vertical.resizeRelocate(x + w - vertical.prefWidth(-1), y, vertical.prefWidth(-1), h);
    }

    private void paint(TimeScale scale, double width, double height) {
        TimelineView view = getSkinnable();
        TimelineModel data = view.getData();
        TimelineLayout layout = TimelineLayout.compute(scale, data.items(), lanes(), LayoutStyle.DEFAULT,
                view.localeProperty().get(), labelWidths);
        updateScrollBar(layout, height);
        Color c = view.selectionColorProperty().get();
        PaintStyle style = withSelection(PaintStyle.DEFAULT, c);
        int selected = data.indexOf(view.getSelectedEventId());
        Glyph hover = hovered == null ? null : layout.glyphs().stream()
                .filter(gl -> gl.members().equals(hovered.members()) && gl.lane() == hovered.lane())
                .findFirst().orElse(null);
        var matched = view.getMatchedEventIds();
        IntPredicate dimmed = matched == null ? i -> false : i -> !matched.contains(data.idOf(i));
        TimelinePainter.paint(g2, layout, data.items(), data.eras(), data.categoryColors(), style,
                new TimelinePainter.Highlights(selected, hover, dimmed), width, height, scrollY());
        view.setLastLayout(layout);
        view.setAccessibleText(Messages.of(view.localeProperty().get()).get("timeline.accessible.count", data.size()));
    }

    private void updateScrollBar(TimelineLayout layout, double height) {
        double overflow = layout.height() - height;
        boolean needed = overflow > 1;
        if (needed != vertical.isVisible()) {
            vertical.setVisible(needed);
            getSkinnable().requestLayout();
        }
        if (needed) {
            vertical.setMin(0);
            vertical.setMax(overflow);
            vertical.setVisibleAmount(overflow * height / layout.height());
            if (vertical.getValue() > overflow) {
                vertical.setValue(overflow);
            }
        }
    }

    private static PaintStyle withSelection(PaintStyle s, Color c) {
        int argb = ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
        return new PaintStyle(s.background(), s.laneShade(), s.laneLabel(), s.gridMinor(), s.gridMajor(),
                s.axisBackground(), s.axisText(), s.text(), argb, s.hover(), s.fontSize());
    }

    List<TimelineItem> items() {
        return getSkinnable().getData().items();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
    }

    /**
     * The view changed under a still pointer (a wheel zoom, a key, a jump): what the tooltip said (a cluster's count,
     * an event) may no longer be what is under it. The next move of the pointer shows what is.
     */
    private void moved() {
        hovered = null;
        tooltip.hide();
        markDirty();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120;
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        behavior.dispose();
        tooltip.hide();
        getChildren().removeAll(canvas, vertical);
        super.dispose();
    }
}
