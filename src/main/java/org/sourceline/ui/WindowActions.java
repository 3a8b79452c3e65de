package org.sourceline.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.LaneMode;
import org.sourceline.ui.edit.EventEditing;
import org.sourceline.ui.reader.SourceReader;
import org.sourceline.ui.search.SearchPane;
import org.sourceline.ui.timeline.TimelineView;

/**
 * Every command of the main window, each made once as an {@link Action}, and the menu bar, toolbar and context
 * menus made from them: Undo is the same thing in the Edit menu, on the toolbar and under Ctrl+Z.
 */
public final class WindowActions {
    private final MainWindow window;
    private final WindowModel model;
    private final TimelineView timeline;
    private final SourceReader reader;
    private final SearchPane search;
    private final EventEditing editing;
    private final Settings settings;
    private final Messages messages;

    final Action undo;
    final Action redo;
    final Action newEvent;
    final Action editEvent;
    final Action duplicateEvent;
    final Action deleteEvent;
    final Action newStore;
    final Action newSource;
    final Action eventFromPassage;
    final Action citePassage;
    final Action catalog;
    final Action addArticle;
    final Action back;
    final Action forward;
    final Action zoomIn;
    final Action zoomOut;
    final Action fitAll;
    final Action goToDate;
    final Action exportImage;

    WindowActions(MainWindow window, WindowModel model, TimelineView timeline, SourceReader reader,
                  SearchPane search, EventEditing editing, Settings settings) {
        this.window = window;
        this.model = model;
        this.timeline = timeline;
        this.reader = reader;
        this.search = search;
        this.editing = editing;
        this.settings = settings;
        this.messages = model.messages();
        BooleanBinding busy = Bindings.createBooleanBinding(() -> model.busyProperty().get(), model.busyProperty());
        BooleanBinding noSelection = model.selectedEventIdProperty().isNull();

        // Where the cursor is in a text field, Ctrl+Z, Delete and the like edit its text: the field takes those keys
        // before the window's shortcuts, which only see what bubbles up. A click on the menu or the toolbar acts on
        // the chronology wherever the cursor is.
        undo = new Action("undo", named(model.edits().nextUndoProperty(), "menu.edit.undo"),
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), MaterialDesignU.UNDO,
                model.edits().nextUndoProperty().isNull().or(busy), model::undo);
        redo = new Action("redo", named(model.edits().nextRedoProperty(), "menu.edit.redo"),
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                MaterialDesignR.REDO, model.edits().nextRedoProperty().isNull().or(busy), model::redo);
        newEvent = new Action("new-event", fixed(messages.get("menu.edit.new-event")),
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), MaterialDesignP.PLUS_BOX_OUTLINE,
                Bindings.not(model.loadedProperty()), editing::create);
        editEvent = new Action("edit-event", fixed(messages.get("menu.edit.edit-event")), new KeyCodeCombination(KeyCode.F2),
                MaterialDesignP.PENCIL_OUTLINE, noSelection, editing::editSelected);
        duplicateEvent = new Action("duplicate-event", fixed(messages.get("menu.edit.duplicate-event")),
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), MaterialDesignC.CONTENT_COPY,
                noSelection, editing::duplicateSelected);
        deleteEvent = new Action("delete-event", fixed(messages.get("menu.edit.delete-event")),
                new KeyCodeCombination(KeyCode.DELETE), MaterialDesignD.DELETE_OUTLINE, noSelection.or(busy),
                editing::deleteSelected);
        newStore = new Action("new-store", fixed(messages.get("menu.file.new-store")), null, null, never(),
                window::chooseNewStore);
        BooleanBinding noPassage = reader.model().selectionProperty().isNull();
        eventFromPassage = new Action("event-from-passage", fixed(messages.get("menu.edit.event-from-passage")),
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), null,
                noPassage.or(Bindings.not(model.loadedProperty())), window::eventFromPassage);
        citePassage = new Action("cite-passage", fixed(messages.get("menu.edit.cite-passage")), null, null,
                noPassage.or(noSelection.and(editing.editingProperty().not())).or(busy), window::citePassage);
        newSource = new Action("new-source", fixed(messages.get("menu.file.new-source")), null, null,
                Bindings.not(model.loadedProperty()), window::newSource);
        addArticle = new Action("add-article", fixed(messages.get("menu.file.add-article")),
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), null,
                Bindings.not(model.loadedProperty()), window::chooseArticle);
        catalog = new Action("catalog", fixed(messages.get("menu.edit.catalog")),
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), null,
                Bindings.not(model.loadedProperty()),
                () -> window.openCatalog(org.sourceline.ui.catalog.CatalogViewModel.Kind.SOURCE));
        back = new Action("back", fixed(messages.get("menu.navigate.back")),
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), MaterialDesignA.ARROW_LEFT,
                model.visits().canGoBackProperty().not(), () -> model.visits().back().ifPresent(window::replay))
                .tooltip(messages.get("toolbar.back"));
        forward = new Action("forward", fixed(messages.get("menu.navigate.forward")),
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), MaterialDesignA.ARROW_RIGHT,
                model.visits().canGoForwardProperty().not(),
                () -> model.visits().forward().ifPresent(window::replay)).tooltip(messages.get("toolbar.forward"));
        zoomIn = new Action("zoom-in", fixed(messages.get("menu.view.zoom-in")), new KeyCodeCombination(KeyCode.ADD),
                MaterialDesignM.MAGNIFY_PLUS_OUTLINE, never(), () -> timeline.zoomAtCenter(1.5))
                .tooltip(messages.get("toolbar.zoom-in"));
        zoomOut = new Action("zoom-out", fixed(messages.get("menu.view.zoom-out")), new KeyCodeCombination(KeyCode.SUBTRACT),
                MaterialDesignM.MAGNIFY_MINUS_OUTLINE, never(), () -> timeline.zoomAtCenter(1 / 1.5))
                .tooltip(messages.get("toolbar.zoom-out"));
        fitAll = new Action("fit-all", fixed(messages.get("menu.view.fit-all")), new KeyCodeCombination(KeyCode.HOME),
                MaterialDesignA.ARROW_EXPAND_HORIZONTAL, never(), timeline::fitAll)
                .tooltip(messages.get("toolbar.fit-all"));
        goToDate = new Action("go-to-date", fixed(messages.get("menu.view.go-to-date")),
                new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), MaterialDesignC.CALENDAR_SEARCH,
                never(), window::askDate).tooltip(messages.get("toolbar.go-to-date"));
        exportImage = new Action("export-image", fixed(messages.get("menu.file.export-image")),
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), MaterialDesignI.IMAGE_OUTLINE,
                never(), window::openExportDialog).tooltip(messages.get("toolbar.export-image"));
    }

    /** Redo's second key, Ctrl+Y, as on most desktops; given to the scene once the window has one. */
    void addSecondKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), redo::run);
    }

    private static StringBinding fixed(String text) {
        return Bindings.createStringBinding(() -> text);
    }

    /** "Undo: delete « … »" while there is something to undo, "Undo" otherwise. */
    private StringBinding named(javafx.beans.value.ObservableValue<org.sourceline.ui.edit.Edit> next, String key) {
        String plain = key.equals("menu.edit.undo") ? messages.get("menu.edit.undo") : messages.get("menu.edit.redo");
        return Bindings.createStringBinding(() -> {
            var edit = next.getValue();
            if (edit == null) {
                return plain;
            }
            return key.equals("menu.edit.undo") ? messages.get("menu.edit.undo.named", edit.describe(messages))
                    : messages.get("menu.edit.redo.named", edit.describe(messages));
        }, next);
    }

    private static ObservableBooleanValue never() {
        return new javafx.beans.property.SimpleBooleanProperty(false);
    }

    MenuBar menuBar() {
        var open = new Action("open-store", fixed(messages.get("menu.file.open")),
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), null, never(), window::chooseStore);
        var fromSeeds = new Action("new-from-seeds", fixed(messages.get("menu.file.new-from-seeds")), null, null, never(),
                window::newStoreFromSeeds);
        var importData = new Action("import", fixed(messages.get("menu.file.import")), null, null, Bindings.not(model.loadedProperty()),
                () -> window.importExport().chooseAndImport());
        var exportData = new Action("export-data", fixed(messages.get("menu.file.export-data")), null, null, never(),
                () -> window.importExport().chooseAndExport());
        var quit = new Action("quit", fixed(messages.get("menu.file.quit")),
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), null, never(), window::quit);
        Menu file = new Menu(messages.get("menu.file"), null, open.menuItem(), newStore.menuItem(),
                fromSeeds.menuItem(), new SeparatorMenuItem(), addArticle.menuItem(), newSource.menuItem(),
                new SeparatorMenuItem(),
                importData.menuItem(), exportData.menuItem(),
                exportImage.menuItem(), new SeparatorMenuItem(), quit.menuItem());

        Menu edit = new Menu(messages.get("menu.edit"), null, undo.menuItem(), redo.menuItem(),
                new SeparatorMenuItem(), newEvent.menuItem(), editEvent.menuItem(), duplicateEvent.menuItem(),
                deleteEvent.menuItem(), new SeparatorMenuItem(), eventFromPassage.menuItem(), citePassage.menuItem(),
                new SeparatorMenuItem(), catalog.menuItem());
        edit.setId("menu-edit");

        ToggleGroup lanes = new ToggleGroup();
        Menu laneMenu = new Menu(messages.get("menu.view.lanes"));
        for (LaneMode mode : LaneMode.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (mode) {
                case CATEGORY -> messages.get("menu.view.lanes.category");
                case ACTOR -> messages.get("menu.view.lanes.actor");
                case SINGLE -> messages.get("menu.view.lanes.single");
            });
            item.setToggleGroup(lanes);
            item.setSelected(timeline.laneModeProperty().get() == mode);
            item.setOnAction(e -> {
                timeline.laneModeProperty().set(mode);
                settings.put("lanes", mode.name());
            });
            laneMenu.getItems().add(item);
        }
        ToggleGroup languages = new ToggleGroup();
        Menu languageMenu = new Menu(messages.get("menu.view.language"));
        for (Locale l : Messages.LANGUAGES) {
            // Each language under its own name, as its speakers look for it.
            RadioMenuItem item = new RadioMenuItem(Messages.of(l).get("language.name"));
            item.setToggleGroup(languages);
            item.setSelected(l.getLanguage().equals(window.locale().getLanguage()));
            item.setOnAction(e -> window.switchLanguage(l));
            languageMenu.getItems().add(item);
        }
        Menu view = new Menu(messages.get("menu.view"), null, fitAll.menuItem(), zoomIn.menuItem(),
                zoomOut.menuItem(), goToDate.menuItem(), new SeparatorMenuItem(), laneMenu, languageMenu);

        var previousEvent = new Action("previous-event", fixed(messages.get("menu.navigate.previous-event")), null, null, never(),
                () -> timeline.selectStep(-1));
        var nextEvent = new Action("next-event", fixed(messages.get("menu.navigate.next-event")), null, null, never(),
                () -> timeline.selectStep(1));
        var openCitation = new Action("first-citation", fixed(messages.get("menu.navigate.first-citation")), null, null,
                model.selectedEventIdProperty().isNull(),
                () -> window.openFirstCitation(timeline.getSelectedEventId()));
        var focusTimeline = new Action("focus-timeline", fixed(messages.get("menu.navigate.focus-timeline")),
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), null, never(),
                timeline::requestFocus);
        var nextPassage = new Action("next-passage", fixed(messages.get("menu.navigate.next-passage")),
                new KeyCodeCombination(KeyCode.F7), null, never(), () -> reader.model().stepPassage(1));
        var previousPassage = new Action("previous-passage", fixed(messages.get("menu.navigate.previous-passage")),
                new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), null, never(),
                () -> reader.model().stepPassage(-1));
        var passageEvent = new Action("passage-event", fixed(messages.get("menu.navigate.passage-event")),
                new KeyCodeCombination(KeyCode.F8), null, never(),
                () -> reader.model().focusedPassage().ifPresent(p -> timeline.select(p.eventId())));
        Menu navigate = new Menu(messages.get("menu.navigate"), null, back.menuItem(), forward.menuItem(),
                new SeparatorMenuItem(), previousEvent.menuItem(), nextEvent.menuItem(), openCitation.menuItem(),
                focusTimeline.menuItem(), new SeparatorMenuItem(), nextPassage.menuItem(),
                previousPassage.menuItem(), passageEvent.menuItem());
        MenuBar bar = new MenuBar(file, edit, view, navigate, search.menu());
        window.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                addSecondKeys(scene);
            }
        });
        return bar;
    }

    /** The commands used most, one click away; each also has a menu item and a key. */
    ToolBar toolBar() {
        ToolBar bar = new ToolBar(back.button(), forward.button(), new Separator(), undo.button(), redo.button(),
                new Separator(), newEvent.button(), editEvent.button(), deleteEvent.button(), new Separator(),
                zoomOut.button(), zoomIn.button(), fitAll.button(), goToDate.button(), new Separator(),
                exportImage.button());
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** What can be done with the selected event: in the detail pane and on the search results. */
    ContextMenu eventMenu() {
        ContextMenu menu = new ContextMenu(editEvent.contextItem(), duplicateEvent.contextItem(),
                deleteEvent.contextItem(), new SeparatorMenuItem(), newEvent.contextItem());
        menu.setId("event-menu");
        return menu;
    }

    /** A right click in the article: what can be done with the words selected. */
    ContextMenu readerMenu() {
        var copy = new Action("copy-passage", fixed(messages.get("reader.copy")), null, null,
                reader.model().selectionProperty().isNull(), reader::copy);
        var selectAll = new Action("select-all", fixed(messages.get("reader.select-all")), null, null,
                reader.model().sourceTextProperty().isNull(), reader.model()::selectAll);
        ContextMenu menu = new ContextMenu(eventFromPassage.contextItem(), citePassage.contextItem(),
                new SeparatorMenuItem(), copy.contextItem(), selectAll.contextItem());
        menu.setId("reader-menu");
        return menu;
    }

    /** A right click on the timeline: the event under the pointer is selected first, if there is one. */
    ContextMenu timelineMenu() {
        ContextMenu menu = new ContextMenu(editEvent.contextItem(), duplicateEvent.contextItem(),
                deleteEvent.contextItem(), new SeparatorMenuItem(), newEvent.contextItem(), new SeparatorMenuItem(),
                undo.contextItem(), redo.contextItem());
        menu.setId("timeline-menu");
        return menu;
    }
}
