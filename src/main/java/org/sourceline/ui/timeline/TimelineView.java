package org.sourceline.ui.timeline;

import org.sourceline.render.TimelineModel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.sourceline.layout.Glyph;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.Navigation;
import org.sourceline.layout.TimeScale;
import org.sourceline.layout.TimelineItem;
import org.sourceline.layout.TimelineLayout;
import org.sourceline.layout.ZoomLimits;

/**
 * The timeline: events of a store drawn on a canvas along a time axis, in lanes. The control holds the state
 * (data, visible time window, selection, lanes); the skin draws it and the behaviour turns input into changes of
 * that state.
 */
public final class TimelineView extends Control {
    private static final String STYLESHEET = TimelineView.class.getResource("timeline.css").toExternalForm();

    private final ObjectProperty<TimelineModel> data = new SimpleObjectProperty<>(this, "data", TimelineModel.EMPTY);
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final StringProperty selectedEventId = new SimpleStringProperty(this, "selectedEventId");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.CATEGORY);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final ObjectProperty<Set<String>> matchedEventIds = new SimpleObjectProperty<>(this, "matchedEventIds");
    private final ReadOnlyObjectWrapper<TimelineLayout> lastLayout = new ReadOnlyObjectWrapper<>(this, "lastLayout");
    private Consumer<String> onOpenEvent = id -> { };

    private final StyleableObjectProperty<Color> selectionColor =
            new StyleableObjectProperty<>(Color.web("#e8590c")) {
                @Override
                public CssMetaData<TimelineView, Color> getCssMetaData() {
                    return SELECTION_COLOR;
                }

                @Override
                public Object getBean() {
                    return TimelineView.this;
                }

                @Override
                public String getName() {
                    return "selectionColor";
                }
            };

    private static final CssMetaData<TimelineView, Color> SELECTION_COLOR =
            new CssMetaData<>("-sl-selection-color", ColorConverter.getInstance(), Color.web("#e8590c")) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !view.selectionColor.isBound();
                }

                @Override
                @SuppressWarnings("unchecked")
                public StyleableProperty<Color> getStyleableProperty(TimelineView view) {
                    return view.selectionColor;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new java.util.ArrayList<>(Control.getClassCssMetaData());
        list.add(SELECTION_COLOR);
        CSS = List.copyOf(list);
    }

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }

    public ObjectProperty<TimelineModel> dataProperty() {
        return data;
    }

    public TimelineModel getData() {
        return data.get();
    }

    public void setData(TimelineModel value) {
        data.set(value == null ? TimelineModel.EMPTY : value);
    }

    public ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public TimeScale getScale() {
        return scale.get();
    }

    /** Shows a time window; one that reaches beyond the supported years is brought back within them. */
    public void setScale(TimeScale value) {
        scale.set(value == null ? null : Navigation.withinReach(value));
    }

    public StringProperty selectedEventIdProperty() {
        return selectedEventId;
    }

    public String getSelectedEventId() {
        return selectedEventId.get();
    }

    public void setSelectedEventId(String id) {
        selectedEventId.set(id);
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /**
     * The events a search found: they are drawn as usual and every other event is dimmed. Null when there is no
     * search, so that nothing is dimmed.
     */
    public ObjectProperty<Set<String>> matchedEventIdsProperty() {
        return matchedEventIds;
    }

    public Set<String> getMatchedEventIds() {
        return matchedEventIds.get();
    }

    public void setMatchedEventIds(Set<String> ids) {
        matchedEventIds.set(ids);
    }

    /** True when a search is shown and this event is not among what it found. */
    public boolean isDimmed(String eventId) {
        Set<String> matched = matchedEventIds.get();
        return matched != null && !matched.contains(eventId);
    }

    public ObjectProperty<Color> selectionColorProperty() {
        return selectionColor;
    }

    /** The layout drawn last: what is on screen now, for hit tests and tests. */
    public ReadOnlyObjectProperty<TimelineLayout> lastLayoutProperty() {
        return lastLayout.getReadOnlyProperty();
    }

    void setLastLayout(TimelineLayout layout) {
        lastLayout.set(layout);
    }

    /** Called with the selected event's id when the user asks to open it (Enter, double click). */
    public void setOnOpenEvent(Consumer<String> handler) {
        onOpenEvent = handler == null ? id -> { } : handler;
    }

    void openEvent(String id) {
        onOpenEvent.accept(id);
    }

    ZoomLimits zoomLimits() {
        TimelineModel d = getData();
        return ZoomLimits.DEFAULT.including(d.maxTime() - d.minTime());
    }

    // Navigation the menus, keys and tests share.

    public void fitAll() {
        TimeScale s = getScale();
        if (s != null && s.width() > 0) {
            setScale(Navigation.fitAll(getData().items(), s.width(), zoomLimits()));
        }
    }

    public void zoomAround(double x, double factor) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(s.zoomAround(x, factor, zoomLimits()));
        }
    }

    public void zoomAtCenter(double factor) {
        TimeScale s = getScale();
        if (s != null) {
            zoomAround(s.width() / 2, factor);
        }
    }

    public void panBy(double dx) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(s.panBy(dx));
        }
    }

    /** Centres the view on a time, keeping the zoom. */
    public void showTime(double time) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(s.centeredOn(time));
        }
    }

    /** Shows a time range across the view, as far as the zoom limits allow. */
    public void showRange(double t0, double t1) {
        TimeScale s = getScale();
        if (s != null && s.width() > 0) {
            setScale(TimeScale.fit(t0, t1, s.width(), Navigation.MARGIN, zoomLimits()));
        }
    }

    /** Selects the next (+1) or previous (-1) event in time order and brings it into view. */
    public void selectStep(int direction) {
        int next = Navigation.step(getData().size(), getData().indexOf(getSelectedEventId()), direction);
        if (next >= 0) {
            select(getData().idOf(next));
        }
    }

    /**
     * Selects the next (+1) or previous (-1) event a search found, in time order from the selected event, going
     * round at either end, and brings it into view. Does nothing without a search or when it found no event.
     */
    public void selectMatchStep(int direction) {
        Set<String> matched = matchedEventIds.get();
        TimelineModel data = getData();
        if (matched == null || matched.isEmpty() || data.isEmpty()) {
            return;
        }
        int n = data.size();
        int from = data.indexOf(getSelectedEventId());
        int start = from >= 0 ? from : direction > 0 ? -1 : n;
        for (int step = 1; step <= n; step++) {
            int i = Math.floorMod(start + direction * step, n);
            String id = data.idOf(i);
            if (matched.contains(id)) {
                select(id);
                return;
            }
        }
    }

    /** Selects an event and pans to it if it is out of view. */
    public void select(String id) {
        setSelectedEventId(id);
        int index = getData().indexOf(id);
        TimeScale s = getScale();
        if (index >= 0 && s != null) {
            TimelineItem item = getData().items().get(index);
            setScale(Navigation.reveal(s, item));
        }
    }

    /** The event drawn alone at a point of the control, if one is: what a right click is about. */
    public java.util.Optional<String> eventIdAt(double x, double y) {
        if (!(getSkin() instanceof TimelineSkin skin)) {
            return java.util.Optional.empty();
        }
        return skin.glyphAt(x, y).filter(g -> !g.isCluster() && g.item() >= 0).map(g -> getData().idOf(g.item()));
    }

    void openCluster(Glyph cluster) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(Navigation.openCluster(s, cluster, zoomLimits()));
        }
    }
}
