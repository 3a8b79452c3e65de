package org.sourceline.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.sourceline.layout.Glyph;

/**
 * Turns mouse, trackpad and keys into changes of the timeline's state. Drawing is the skin's business; every
 * handler added here is removed in {@link #dispose()}.
 */
final class TimelineBehavior {
    private static final double DRAG_THRESHOLD = 4;
    private static final double WHEEL_ZOOM_PER_NOTCH = 1.25;

    private final TimelineView view;
    private final TimelineSkin skin;
    private double pressX;
    private double lastX;
    private boolean dragging;
    /** Where the pointer is over the timeline (NaN when outside): + and − zoom around it, as the wheel does. */
    private double pointerX = Double.NaN;

    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private final EventHandler<MouseEvent> onMoved = this::moved;
    private final EventHandler<MouseEvent> onExited = e -> {
        pointerX = Double.NaN;
        skinHover(null, e);
    };
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;

    TimelineBehavior(TimelineView view, TimelineSkin skin) {
        this.view = view;
        this.skin = skin;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        view.addEventHandler(ScrollEvent.SCROLL, onScroll);
        view.addEventHandler(ZoomEvent.ZOOM, onZoom);
        view.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    void dispose() {
        view.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
        view.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
        view.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        view.removeEventHandler(MouseEvent.MOUSE_MOVED, onMoved);
        view.removeEventHandler(MouseEvent.MOUSE_EXITED, onExited);
        view.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        view.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        lastX = e.getX();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.abs(e.getX() - pressX) >= DRAG_THRESHOLD) {
            dragging = true;
            skinHover(null, e);
        }
        if (dragging) {
            view.panBy(lastX - e.getX());
            lastX = e.getX();
        }
    }

    private void released(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        Glyph glyph = skin.glyphAt(e.getX(), e.getY()).orElse(null);
        if (glyph == null) {
            view.setSelectedEventId(null);
        } else if (glyph.isCluster()) {
            view.openCluster(glyph);
        } else {
            String id = view.getData().idOf(glyph.item());
            view.setSelectedEventId(id);
            if (e.getClickCount() == 2) {
                view.openEvent(id);
            }
        }
    }

    private void moved(MouseEvent e) {
        pointerX = e.getX();
        skinHover(skin.glyphAt(e.getX(), e.getY()).orElse(null), e);
    }

    private void skinHover(Glyph glyph, MouseEvent e) {
        skin.hover(glyph, e.getScreenX(), e.getScreenY());
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isMetaDown()) {
            // One wheel notch is multiplierY pixels of delta (40 on most systems); a trackpad sends fractions.
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0);
            if (notches != 0) {
                view.zoomAround(e.getX(), Math.pow(WHEEL_ZOOM_PER_NOTCH, notches));
            }
        } else if (e.isShiftDown()) {
            skin.scrollVertically(-(e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX()));
        } else {
            // A trackpad's sideways swipe and a wheel both pan; the wheel moves later in time when turned down.
            double dx = e.getDeltaX() != 0 ? -e.getDeltaX() : -e.getDeltaY();
            view.panBy(dx);
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (e.getZoomFactor() > 0) {
            view.zoomAround(e.getX(), e.getZoomFactor());
        }
        e.consume();
    }

    private void zoomByKey(double factor) {
        if (Double.isNaN(pointerX)) {
            view.zoomAtCenter(factor);
        } else {
            view.zoomAround(pointerX, factor);
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        switch (code) {
            case LEFT:
            case KP_LEFT:
                view.selectStep(-1);
                break;
            case RIGHT:
            case KP_RIGHT:
                view.selectStep(1);
                break;
            case ENTER:
                if (view.getSelectedEventId() != null) {
                    view.openEvent(view.getSelectedEventId());
                }
                break;
            case ESCAPE:
                view.setSelectedEventId(null);
                break;
            case HOME:
                view.fitAll();
                break;
            case PLUS:
            case ADD:
            case EQUALS:
                zoomByKey(1.5);
                break;
            case MINUS:
            case SUBTRACT:
                zoomByKey(1 / 1.5);
                break;
            case PAGE_UP:
                view.panBy(-view.getScale().width() * 0.8);
                break;
            case PAGE_DOWN:
                view.panBy(view.getScale().width() * 0.8);
                break;
            default:
                return;
        }
        e.consume();
    }
}
