package org.sourceline.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command of the window, made once and shown wherever it is offered: in a menu, on the toolbar, in a context
 * menu. Its words, key, icon and whether it can be used now are the same everywhere.
 */
public final class Action {
    private final String id;
    private final ObservableStringValue text;
    private final KeyCombination key;
    private final Ikon icon;
    private final ObservableBooleanValue disabled;
    private final Runnable run;
    /** What the toolbar button's tooltip says, when it should say more than the words and the key. */
    private String tooltip;

    /**
     * @param id       names the menu items and buttons made from it ({@code action-undo}), for tests and styles
     * @param text     its words, which may change (Undo names what it undoes)
     * @param key      its shortcut, or null
     * @param icon     its toolbar icon, or null
     * @param disabled true while it cannot be used
     */
    public Action(String id, ObservableStringValue text, KeyCombination key, Ikon icon,
                  ObservableBooleanValue disabled, Runnable run) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.key = key;
        this.icon = icon;
        this.disabled = Objects.requireNonNull(disabled, "disabled");
        this.run = Objects.requireNonNull(run, "run");
    }

    public String id() {
        return id;
    }

    /** Gives the toolbar button a tooltip of its own (with the key written as people read it: "Alt+←"). */
    public Action tooltip(String text) {
        this.tooltip = text;
        return this;
    }

    public KeyCombination key() {
        return key;
    }

    public String text() {
        return text.get();
    }

    public boolean isDisabled() {
        return disabled.get();
    }

    /** Runs it, unless it cannot be used now. */
    public void run() {
        if (!disabled.get()) {
            run.run();
        }
    }

    /** A menu bar item: its shortcut works wherever the focus is (the menu bar registers it with the scene). */
    public MenuItem menuItem() {
        MenuItem item = contextItem();
        item.setAccelerator(key);
        return item;
    }

    /** A context menu item: the same words and state; the shortcut is shown by the menu bar's item. */
    public MenuItem contextItem() {
        MenuItem item = new MenuItem();
        item.setId("action-" + id);
        item.textProperty().bind(text);
        item.disableProperty().bind(Bindings.createBooleanBinding(disabled::get, disabled));
        item.setOnAction(e -> run());
        return item;
    }

    /** A toolbar button: its icon, with its words and shortcut as the tooltip and the accessible name. */
    public Button button() {
        Button button = new Button(null, icon == null ? null : new FontIcon(icon));
        button.setId("tool-" + id);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> tooltip != null ? tooltip
                : key == null ? text.get() : text.get() + " (" + key.getDisplayText() + ")", text));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(text);
        button.getStyleClass().add("tool");
        button.setFocusTraversable(false);
        button.disableProperty().bind(Bindings.createBooleanBinding(disabled::get, disabled));
        button.setOnAction(e -> run());
        return button;
    }
}
