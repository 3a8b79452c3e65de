package org.sourceline.ui.timeline;

import org.sourceline.render.TimelineModel;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.ItemColumns;
import org.sourceline.layout.Navigation;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.ZoomLimits;

/**
 * The whole dataset in one strip: where events are, and the timeline's current window as a rectangle that can be
 * dragged, or resized by its edges.
 */
public final class OverviewBand extends Region {
    private static final double EDGE = 6;
    private static final double HEIGHT = 44;
    private static final Color MATCH = Color.web("#e8590c");

    private final ObjectProperty<TimelineModel> data = new SimpleObjectProperty<>(this, "data", TimelineModel.EMPTY);
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final ObjectProperty<Set<String>> matchedEventIds = new SimpleObjectProperty<>(this, "matchedEventIds");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private TimeScale whole;
    private Drag drag;

    private enum Mode { MOVE, LEFT, RIGHT }

    private record Drag(Mode mode, double pressX, TimeScale start) {
    }

    public OverviewBand() {
        getStyleClass().add("overview-band");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText(Messages.of(locale.get()).get("overview.accessible"));
        locale.addListener((o, was, now) -> setAccessibleText(Messages.of(now).get("overview.accessible")));
        data.addListener(o -> markDirty());
        scale.addListener(o -> markDirty());
        matchedEventIds.addListener(o -> markDirty());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = null);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    }

    public ObjectProperty<TimelineModel> dataProperty() {
        return data;
    }

    public ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    /** The interface language, for what a screen reader says of the band. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The events a search found, marked in orange over the bars; null when there is no search. */
    public ObjectProperty<Set<String>> matchedEventIdsProperty() {
        return matchedEventIds;
    }

    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty && w > 0) {
            dirty = false;
            paint(w, h);
        }
    }

    /** The scale of the band itself: the whole dataset, or the whole view if it reaches further. */
    TimeScale whole() {
        return whole;
    }

    /** Events per pixel column of the band, and matches of the search among them. */
    private record Histogram(TimelineModel data, TimeScale whole, Set<String> matched, int[] counts, int[] matches,
                             int max) {
    }

    private Histogram histogram;

    /**
     * Counted again only when the data, the search or the band's own scale change: panning the timeline inside
     * the data's extent leaves them as they are, and a million events are not counted at every frame.
     */
    private Histogram histogram(TimelineModel d, TimeScale whole, int columns, Set<String> matched) {
        Histogram h = histogram;
        if (h != null && h.data() == d && h.whole().equals(whole) && h.matched() == matched
                && h.counts().length == columns + 1) {
            return h;
        }
        int[] counts = new int[columns + 1];
        int[] matches = new int[columns + 1];
        int max = 1;
        ItemColumns items = ItemColumns.of(d.items());
        for (int i = 0; i < d.size(); i++) {
            int x = (int) Math.floor(whole.xFor(items.anchorOf(i)));
            if (x >= 0 && x <= columns) {
                max = Math.max(max, ++counts[x]);
                if (matched != null && matched.contains(items.idOf(i))) {
                    matches[x]++;
                }
            }
        }
        histogram = new Histogram(d, whole, matched, counts, matches, max);
        return histogram;
    }

    private void paint(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f3f4f6"));
        g.fillRect(0, 0, w, h);
        TimelineModel d = data.get();
        TimeScale view = scale.get();
        double t0 = d.isEmpty() ? (view == null ? 0 : view.start()) : d.minTime();
        double t1 = d.isEmpty() ? (view == null ? 1 : view.end()) : d.maxTime();
        if (view != null) {
            t0 = Math.min(t0, view.start());
            t1 = Math.max(t1, view.end());
        }
        whole = TimeScale.fit(t0, t1, w, 0.02, new ZoomLimits(1, Double.MAX_VALUE / 4));
        Histogram histogram = histogram(d, whole, (int) Math.ceil(w), matchedEventIds.get());
        int columns = histogram.counts().length - 1;
        int[] counts = histogram.counts();
        int[] matches = histogram.matches();
        Set<String> matched = matchedEventIds.get();
        int max = histogram.max();
        double base = h - 6;
        g.setFill(Color.web(matched == null ? "#5b6573" : "#aab1ba"));
        for (int x = 0; x <= columns; x++) {
            if (counts[x] > 0) {
                double bar = 4 + (base - 10) * Math.log1p(counts[x]) / Math.log1p(max);
                g.fillRect(x - 1, base - bar, 3, bar);
            }
        }
        if (matched != null) {
            // What the search found, as a share of each bar, and a tick under it that even one match shows.
            g.setFill(MATCH);
            for (int x = 0; x <= columns; x++) {
                if (matches[x] > 0) {
                    double bar = 4 + (base - 10) * Math.log1p(matches[x]) / Math.log1p(max);
                    g.fillRect(x - 1, base - bar, 3, bar);
                    g.fillRect(x - 2, base + 1, 5, 4);
                }
            }
        }
        if (view != null) {
            double x0 = whole.xFor(view.start());
            double x1 = whole.xFor(view.end());
            g.setFill(Color.web("#2f6db5", 0.16));
            g.fillRect(x0, 1, Math.max(2, x1 - x0), h - 2);
            g.setStroke(Color.web("#2f6db5"));
            g.setLineWidth(1.5);
            g.strokeRect(x0, 1, Math.max(2, x1 - x0), h - 2);
            g.setFill(Color.web("#2f6db5"));
            g.fillRect(x0 - 2, h / 2 - 8, 4, 16);
            g.fillRect(x1 - 2, h / 2 - 8, 4, 16);
        }
    }

    private Mode modeAt(double x) {
        TimeScale view = scale.get();
        if (view == null || whole == null) {
            return null;
        }
        double x0 = whole.xFor(view.start());
        double x1 = whole.xFor(view.end());
        if (Math.abs(x - x0) <= EDGE) {
            return Mode.LEFT;
        }
        if (Math.abs(x - x1) <= EDGE) {
            return Mode.RIGHT;
        }
        return x > x0 && x < x1 ? Mode.MOVE : null;
    }

    private void moved(MouseEvent e) {
        Mode mode = modeAt(e.getX());
        setCursor(mode == Mode.LEFT || mode == Mode.RIGHT ? Cursor.H_RESIZE : mode == Mode.MOVE ? Cursor.MOVE
                : Cursor.HAND);
    }

    private void pressed(MouseEvent e) {
        TimeScale view = scale.get();
        if (view == null || whole == null) {
            return;
        }
        Mode mode = modeAt(e.getX());
        if (mode == null) {
            // A click beside the window centres the timeline there, then the drag moves it.
            view = Navigation.withinReach(view.centeredOn(whole.timeFor(e.getX())));
            scale.set(view);
            mode = Mode.MOVE;
        }
        drag = new Drag(mode, e.getX(), view);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == null || whole == null) {
            return;
        }
        double dt = (e.getX() - drag.pressX()) * whole.secondsPerPixel();
        TimeScale s = drag.start();
        double start = s.start();
        double end = s.end();
        double minSpan = ZoomLimits.DEFAULT.minSpan();
        switch (drag.mode()) {
            case MOVE:
                start += dt;
                end += dt;
                break;
            case LEFT:
                start = Math.min(start + dt, end - minSpan);
                break;
            case RIGHT:
            default:
                end = Math.max(end + dt, start + minSpan);
                break;
        }
        scale.set(Navigation.withinReach(new TimeScale(start, (end - start) / s.width(), s.width())));
        e.consume();
    }

    /** The x of a time on the band, as last drawn. */
    public double xOf(double time) {
        return whole == null ? Double.NaN : whole.xFor(time);
    }
}
