package org.sourceline.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps what the keyboard is on in view in a scrolled form: Tab through the fields and the form follows. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * Scrolls the pane whenever the focus moves to a node inside it that is not wholly in view. The pane listens to
     * the scene it is in, and to that one only: it stops listening when it leaves it.
     */
    public static void followFocus(ScrollPane pane) {
        ChangeListener<Node> onFocus = (o, before, now) -> {
            if (now != null && isInside(now, pane.getContent())) {
                reveal(pane, now);
            }
        };
        pane.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().focusOwnerProperty().addListener(onFocus);
        }
    }

    private static boolean isInside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the pane just enough for the node to be in view (its top, when it is taller than the view). */
    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewHeight = pane.getViewportBounds().getHeight();
        double contentHeight = content.getBoundsInLocal().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewHeight);
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY() - 8;
        } else if (inContent.getMaxY() > top + viewHeight) {
            newTop = Math.min(inContent.getMinY() - 8, inContent.getMaxY() - viewHeight + 8);
        }
        if (newTop != top) {
            pane.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewHeight))));
        }
    }
}
