package org.sourceline.ui;


import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.sourceline.app.ImageExportSource;
import org.sourceline.app.ImageFiles;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.TimeScale;
import org.sourceline.model.DateQuery;
import org.sourceline.model.EdtfDate;
import org.sourceline.render.ExportContent;
import org.sourceline.render.ImageExport;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.Store;
import org.sourceline.ui.detail.DetailPane;
import org.sourceline.ui.export.ExportImageDialog;
import org.sourceline.ui.export.ImageExportSettings;
import org.sourceline.ui.detail.DetailViewModel;
import org.sourceline.ui.reader.SourceReader;
import org.sourceline.ui.reader.SourceReaderViewModel;
import org.sourceline.ui.search.SearchPane;
import org.sourceline.ui.search.SearchViewModel;

import org.sourceline.ui.timeline.OverviewBand;
import org.sourceline.app.TimelineData;
import org.sourceline.ui.timeline.TimelineView;

/**
 * The main window: the timeline with its overview and legend on the left; the selected event's details and the
 * source reader on the right. Clicks flow from the timeline to the details to the reader, and back.
 */
public final class MainWindow extends BorderPane {
    private static final double DAY = 86_400;

    /** A place the user has been: an event, or a passage of a source. */
    sealed interface Visit permits EventVisit, SourceVisit {
    }

    record EventVisit(String eventId) implements Visit {
    }

    record SourceVisit(String sourceId, int start, int end, String eventId) implements Visit {
    }

    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final Messages messages;
    private final Settings settings;
    private final TimelineView timeline = new TimelineView();
    private final OverviewBand overview = new OverviewBand();
    private final FlowPane legend = new FlowPane(14, 4);
    private final Label status = new Label();
    private final Label emptyState = new Label();
    private final DetailPane detail;
    private final SourceReader reader;
    private final SearchPane search;
    private final SplitPane mainSplit;
    private final SplitPane sideSplit;
    private final NavigationHistory<Visit> history = new NavigationHistory<>();
    private boolean replaying;
    private String storeName = "";
    private TimeScale pendingScale;
    private String pendingSelection;
    private Consumer<Locale> languageSwitcher = l -> { };
    private Consumer<Path> storeSwitcher = p -> { };
    private Path dataFolder = org.sourceline.app.DataDirectory.current();
    private ImportExport importExport;
    /** What to say once the store is shown again, e.g. what an import brought. */
    private String statusAfterLoad;

    public MainWindow(Background background, StoreAccess storeAccess, Locale locale, Settings settings,
                      Consumer<String> openInBrowser) {
        this.background = background;
        this.storeAccess = storeAccess;
        this.locale = locale;
        this.messages = Messages.of(locale);
        this.settings = settings;
        getStylesheets().add(MainWindow.class.getResource("sourceline.css").toExternalForm());
        getStyleClass().add("main-window");

        timeline.setId("timeline");
        timeline.localeProperty().set(locale);
        timeline.laneModeProperty().set(laneModeFromSettings());
        timeline.setAccessibleText(messages.get("timeline.accessible"));
        overview.setId("overview");
        overview.localeProperty().bind(timeline.localeProperty());
        overview.dataProperty().bind(timeline.dataProperty());
        overview.scaleProperty().bindBidirectional(timeline.scaleProperty());
        legend.setId("legend");
        legend.getStyleClass().add("legend");
        legend.setPadding(new Insets(6, 10, 6, 10));

        emptyState.setId("empty-state");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setWrapText(true);
        emptyState.setMaxWidth(520);
        emptyState.setVisible(false);
        emptyState.setMouseTransparent(true);
        StackPane timelineStack = new StackPane(timeline, emptyState);
        StackPane.setAlignment(emptyState, Pos.CENTER);
        VBox.setVgrow(timelineStack, Priority.ALWAYS);
        VBox left = new VBox(timelineStack, overview, legend);

        detail = new DetailPane(new DetailViewModel(background, storeAccess, locale), this::openPassage);
        detail.setId("detail");
        reader = new SourceReader(new SourceReaderViewModel(background, storeAccess, locale),
                id -> timeline.select(id), url -> openInBrowser.accept(url));
        reader.setId("reader");
        search = new SearchPane(new SearchViewModel(background, storeAccess, locale), timeline, overview,
                this::openSearchPassage);
        search.setId("search-bar");
        sideSplit = new SplitPane(search.besideResults(detail, messages.get("tabs.event")), reader);
        sideSplit.setOrientation(Orientation.VERTICAL);
        sideSplit.setDividerPositions(settings.getDouble("split.side", 0.45));
        mainSplit = new SplitPane(left, sideSplit);
        mainSplit.setDividerPositions(settings.getDouble("split.main", 0.62));
        SplitPane.setResizableWithParent(sideSplit, false);

        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        status.setId("status");

        setTop(new VBox(menuBar(), toolBar(), search));
        setCenter(mainSplit);
        setBottom(statusBar);

        timeline.selectedEventIdProperty().addListener((o, was, id) -> selectionChanged(id));
        timeline.setOnOpenEvent(this::openFirstCitation);
        timeline.dataProperty().addListener(o -> refreshLegend());
        search.model().summaryProperty().addListener(o -> updateStatus());
        search.model().shownDataProperty().addListener((o, was, shown) -> showFilteredOut(shown));
        mainSplit.getDividers().get(0).positionProperty().addListener(
                (o, was, now) -> settings.putDouble("split.main", now.doubleValue()));
        sideSplit.getDividers().get(0).positionProperty().addListener(
                (o, was, now) -> settings.putDouble("split.side", now.doubleValue()));
    }

    private LaneMode laneModeFromSettings() {
        try {
            return LaneMode.valueOf(settings.get("lanes", LaneMode.CATEGORY.name()));
        } catch (IllegalArgumentException e) {
            return LaneMode.CATEGORY;
        }
    }

    /** Called to switch the interface language; the app rebuilds the window with the new locale. */
    public void setLanguageSwitcher(Consumer<Locale> switcher) {
        this.languageSwitcher = switcher;
    }

    private MenuBar menuBar() {
        MenuItem exportImage = new MenuItem(messages.get("menu.file.export-image"));
        exportImage.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportImage.setOnAction(e -> openExportDialog());
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        MenuItem open = new MenuItem(messages.get("menu.file.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseStore());
        MenuItem fromSeeds = new MenuItem(messages.get("menu.file.new-from-seeds"));
        fromSeeds.setOnAction(e -> newStoreFromSeeds());
        MenuItem importData = new MenuItem(messages.get("menu.file.import"));
        importData.setOnAction(e -> importExport().chooseAndImport());
        MenuItem exportData = new MenuItem(messages.get("menu.file.export-data"));
        exportData.setOnAction(e -> importExport().chooseAndExport());
        Menu file = new Menu(messages.get("menu.file"), null, open, fromSeeds, new SeparatorMenuItem(), importData,
                exportData, exportImage, new SeparatorMenuItem(), quit);

        MenuItem fit = new MenuItem(messages.get("menu.view.fit-all"));
        fit.setAccelerator(new KeyCodeCombination(KeyCode.HOME));
        fit.setOnAction(e -> timeline.fitAll());
        MenuItem zoomIn = new MenuItem(messages.get("menu.view.zoom-in"));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.ADD));
        zoomIn.setOnAction(e -> timeline.zoomAtCenter(1.5));
        MenuItem zoomOut = new MenuItem(messages.get("menu.view.zoom-out"));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.SUBTRACT));
        zoomOut.setOnAction(e -> timeline.zoomAtCenter(1 / 1.5));
        MenuItem goTo = new MenuItem(messages.get("menu.view.go-to-date"));
        goTo.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        goTo.setOnAction(e -> askDate());

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
            item.setSelected(l.getLanguage().equals(locale.getLanguage()));
            item.setOnAction(e -> {
                settings.put("language", l.getLanguage());
                languageSwitcher.accept(l);
            });
            languageMenu.getItems().add(item);
        }
        Menu view = new Menu(messages.get("menu.view"), null, fit, zoomIn, zoomOut, goTo, new SeparatorMenuItem(),
                laneMenu, languageMenu);

        MenuItem back = new MenuItem(messages.get("menu.navigate.back"));
        back.setAccelerator(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        back.setOnAction(e -> history.back().ifPresent(this::replay));
        back.disableProperty().bind(history.canGoBackProperty().not());
        MenuItem forward = new MenuItem(messages.get("menu.navigate.forward"));
        forward.setAccelerator(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        forward.setOnAction(e -> history.forward().ifPresent(this::replay));
        forward.disableProperty().bind(history.canGoForwardProperty().not());
        MenuItem previousEvent = new MenuItem(messages.get("menu.navigate.previous-event"));
        previousEvent.setOnAction(e -> timeline.selectStep(-1));
        MenuItem nextEvent = new MenuItem(messages.get("menu.navigate.next-event"));
        nextEvent.setOnAction(e -> timeline.selectStep(1));
        MenuItem openCitation = new MenuItem(messages.get("menu.navigate.first-citation"));
        openCitation.setOnAction(e -> openFirstCitation(timeline.getSelectedEventId()));
        openCitation.disableProperty().bind(timeline.selectedEventIdProperty().isNull());
        MenuItem focusTimeline = new MenuItem(messages.get("menu.navigate.focus-timeline"));
        focusTimeline.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        focusTimeline.setOnAction(e -> timeline.requestFocus());
        MenuItem nextPassage = new MenuItem(messages.get("menu.navigate.next-passage"));
        nextPassage.setAccelerator(new KeyCodeCombination(KeyCode.F7));
        nextPassage.setOnAction(e -> reader.model().stepPassage(1));
        MenuItem previousPassage = new MenuItem(messages.get("menu.navigate.previous-passage"));
        previousPassage.setAccelerator(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN));
        previousPassage.setOnAction(e -> reader.model().stepPassage(-1));
        MenuItem passageEvent = new MenuItem(messages.get("menu.navigate.passage-event"));
        passageEvent.setAccelerator(new KeyCodeCombination(KeyCode.F8));
        passageEvent.setOnAction(e -> reader.model().focusedPassage().ifPresent(p -> timeline.select(p.eventId())));
        Menu navigate = new Menu(messages.get("menu.navigate"), null, back, forward, new SeparatorMenuItem(),
                previousEvent, nextEvent, openCitation, focusTimeline, new SeparatorMenuItem(), nextPassage,
                previousPassage, passageEvent);
        return new MenuBar(file, view, navigate, search.menu());
    }

    private Button tool(Ikon icon, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.getStyleClass().add("tool");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The actions used most, one click away; each also has a menu item and a key. */
    private ToolBar toolBar() {
        Button back = tool(MaterialDesignA.ARROW_LEFT, messages.get("toolbar.back"),
                () -> history.back().ifPresent(this::replay));
        back.disableProperty().bind(history.canGoBackProperty().not());
        Button forward = tool(MaterialDesignA.ARROW_RIGHT, messages.get("toolbar.forward"),
                () -> history.forward().ifPresent(this::replay));
        forward.disableProperty().bind(history.canGoForwardProperty().not());
        ToolBar bar = new ToolBar(back, forward, new Separator(),
                tool(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, messages.get("toolbar.zoom-out"),
                        () -> timeline.zoomAtCenter(1 / 1.5)),
                tool(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, messages.get("toolbar.zoom-in"),
                        () -> timeline.zoomAtCenter(1.5)),
                tool(MaterialDesignA.ARROW_EXPAND_HORIZONTAL, messages.get("toolbar.fit-all"), timeline::fitAll),
                tool(MaterialDesignC.CALENDAR_SEARCH, messages.get("toolbar.go-to-date"), this::askDate),
                new Separator(),
                tool(MaterialDesignI.IMAGE_OUTLINE, messages.get("toolbar.export-image"),
                        this::openExportDialog));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** Loads the store's events in the background; the window shows them when they arrive. */
    public void load() {
        status.setText(messages.get("status.opening"));
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                return new Loaded(store.location(), TimelineData.load(store, locale));
            }
        }, loaded -> {
            storeName = loaded.file();
            timeline.setData(loaded.data());
            search.model().setEvents(loaded.data());
            if (pendingScale != null) {
                timeline.setScale(pendingScale);
            } else {
                timeline.fitAll();
            }
            if (pendingSelection != null) {
                timeline.select(pendingSelection);
            }
            pendingScale = null;
            pendingSelection = null;
            boolean empty = loaded.data().isEmpty();
            emptyState.setVisible(empty);
            emptyState.setText(messages.get("window.empty.store", loaded.file()));
            updateStatus();
            if (statusAfterLoad != null) {
                status.setText(statusAfterLoad + " — " + status.getText());
                statusAfterLoad = null;
            }
            timeline.requestFocus();
        }, error -> {
            status.setText(error.getMessage());
            emptyState.setVisible(true);
            emptyState.setText(messages.get("window.empty.no-store"));
            showStoreProblem(error.getMessage());
        });
    }

    /**
     * A store that cannot be opened: say which file and why, and offer a way on. The window stays usable whatever
     * the choice.
     */
    void showStoreProblem(String message) {
        ButtonType openOther = new ButtonType(messages.get("store.problem.open-other"));
        ButtonType fromSeeds = new ButtonType(messages.get("store.problem.from-seeds"));
        ButtonType close = new ButtonType(messages.get("store.problem.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, openOther, fromSeeds, close);
        alert.setTitle("Sourceline");
        alert.setHeaderText(messages.get("store.problem.header"));
        alert.getDialogPane().setId("store-problem");
        alert.getDialogPane().setMinWidth(560);
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (chosen == openOther) {
                chooseStore();
            } else if (chosen == fromSeeds) {
                newStoreFromSeeds();
            }
        });
        alert.show();
    }

    /** Where File ▸ New store from the bundled dataset creates its store. */
    public void setDataFolder(Path folder) {
        this.dataFolder = folder;
    }

    /** Called with the store to show instead of this one; the app rebuilds the window on it. */
    public void setStoreSwitcher(Consumer<Path> switcher) {
        this.storeSwitcher = switcher;
    }

    private void chooseStore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.store.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("chooser.store.filter"),
                "*.db", "*.sqlite"), new FileChooser.ExtensionFilter(messages.get("chooser.all-files"), "*"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            storeSwitcher.accept(file.toPath());
        }
    }

    /** A new store built from the bundled dataset, beside the user's store and never over it. */
    private void newStoreFromSeeds() {
        background.run(() -> {
            Path folder = dataFolder;
            java.nio.file.Files.createDirectories(folder);
            Path file = folder.resolve("sourceline-" + java.time.LocalDate.now() + ".db");
            for (int n = 2; java.nio.file.Files.exists(file); n++) {
                file = folder.resolve("sourceline-" + java.time.LocalDate.now() + "-" + n + ".db");
            }
            org.sourceline.app.Seeds.openOrCreate(file).close();
            return file;
        }, storeSwitcher::accept, error -> showStoreProblem(error.getMessage()));
    }

    private record Loaded(String file, TimelineData data) {
    }

    private void updateStatus() {
        status.setText(search.model().summary() + " — " + storeName);
    }

    private void showFilteredOut(TimelineData shown) {
        if (shown.isEmpty() && search.model().activeProperty().get()) {
            emptyState.setText(messages.get("window.empty.filtered"));
            emptyState.setVisible(true);
        } else if (!shown.isEmpty()) {
            emptyState.setVisible(false);
        }
    }

    private void refreshLegend() {
        legend.getChildren().clear();
        timeline.getData().categories().forEach(category -> {
            Circle dot = new Circle(5, FxColors.of(timeline.getData().categoryColors().argb(category)));
            Label label = new Label(timeline.getData().categoryLabel(category), dot);
            label.getStyleClass().add("legend-item");
            legend.getChildren().add(label);
        });
    }

    private void selectionChanged(String id) {
        if (id == null) {
            detail.model().clear();
            return;
        }
        detail.model().show(id);
        if (!replaying) {
            history.visit(new EventVisit(id));
        }
    }

    private void openPassage(CitedPassage passage) {
        String eventId = timeline.getSelectedEventId();
        reader.open(passage.source().id(), passage.start(), passage.end(), eventId);
        if (!replaying) {
            history.visit(new SourceVisit(passage.source().id(), passage.start(), passage.end(), eventId));
        }
    }

    /** A search result in an article: the passage in the reader, and the event citing it on the timeline. */
    private void openSearchPassage(String sourceId, int start, int end, String eventId) {
        if (eventId != null) {
            timeline.select(eventId);
        }
        reader.open(sourceId, start, end, eventId);
        if (!replaying) {
            history.visit(new SourceVisit(sourceId, start, end, eventId));
        }
    }

    private void openFirstCitation(String eventId) {
        if (eventId == null) {
            return;
        }
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                return store.passagesOf(eventId);
            }
        }, passages -> {
            if (!passages.isEmpty() && eventId.equals(timeline.getSelectedEventId())) {
                openPassage(passages.get(0));
            }
        }, error -> status.setText(error.getMessage()));
    }

    private void replay(Visit visit) {
        replaying = true;
        try {
            if (visit instanceof EventVisit e) {
                timeline.select(e.eventId());
            } else if (visit instanceof SourceVisit s) {
                if (s.eventId() != null) {
                    timeline.select(s.eventId());
                }
                reader.open(s.sourceId(), s.start(), s.end(), s.eventId());
            }
        } finally {
            replaying = false;
        }
    }

    private void askDate() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("go-to-date.title"));
        dialog.setHeaderText(messages.get("go-to-date.header"));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(text -> {
            if (!goToDate(text)) {
                Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("go-to-date.unreadable", text));
                alert.initOwner(getScene() == null ? null : getScene().getWindow());
                alert.show();
            }
        });
    }

    /** Shows the typed date across the timeline (at least a week around a day); false if it is not a date. */
    public boolean goToDate(String text) {
        return DateQuery.parse(text).map(date -> {
            showDate(date);
            return true;
        }).orElse(false);
    }

    private void showDate(EdtfDate date) {
        double t0 = date.earliestEpochSecond();
        double t1 = date.latestEpochSecond();
        double span = Math.max(t1 - t0, 7 * DAY);
        double mid = (t0 + t1) / 2;
        timeline.showRange(mid - span / 2, mid + span / 2);
    }

    /** File ▸ Export image…: the dialog, then a file chooser, then the export in the background. */
    public void openExportDialog() {
        ExportImageDialog dialog = new ExportImageDialog(
                ImageExportSettings.load(settings, (int) Math.round(timeline.getWidth())), locale,
                s -> renderImage(s, Math.min(s.width(), 6000), 1, false)
                        .thenApplyAsync(image -> image.pixels().toBufferedImage()));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(chosen -> {
            chosen.save(settings);
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("export.image.save-title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.extension().toUpperCase(),
                    "*." + chosen.extension()));
            chooser.setInitialFileName("sourceline." + chosen.extension());
            java.io.File folder = new java.io.File(settings.get("export.folder", System.getProperty("user.home")));
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                settings.put("export.folder", file.getParent());
                exportImage(chosen, file.toPath());
            }
        });
    }

    /**
     * Exports an image without disturbing the window: store reads and file writing in the background, drawing
     * off-screen on the JavaFX thread. The result is reported in the status bar.
     */
    public CompletableFuture<Path> exportImage(ImageExportSettings chosen, Path out) {
        status.setText(messages.get("status.exporting"));
        CompletableFuture<Path> done = new CompletableFuture<>();
        renderImage(chosen, chosen.width(), chosen.density(), chosen.svg()).whenComplete((image, error) -> {
            if (error != null) {
                exportFailed(out, error, done);
                return;
            }
            background.run(() -> {
                if (image.svg() != null) {
                    ImageFiles.writeSvg(image.svg(), out);
                } else {
                    ImageFiles.writePng(image.pixels(), out);
                }
                return out;
            }, written -> {
                status.setText(messages.get("export.image.done", image.eventCount(), written));
                done.complete(written);
            }, failure -> exportFailed(out, failure, done));
        });
        return done;
    }

    private void exportFailed(Path out, Throwable error, CompletableFuture<Path> done) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        String message = messages.get("export.image.failed", out, cause.getMessage());
        status.setText(message);
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
        done.completeExceptionally(cause);
    }

    private record PreparedExport(ExportContent content, TimeScale scale) {
    }

    private CompletableFuture<ImageExport.Rendered> renderImage(ImageExportSettings s, int width, int density,
                                                                 boolean svg) {
        CompletableFuture<ImageExport.Rendered> result = new CompletableFuture<>();
        TimeScale view = timeline.getScale();
        LaneMode mode = timeline.laneModeProperty().get();
        Predicate<String> shown = search.model().exportFilter();
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                double[] extent = ImageExportSource.extent(store, shown);
                if (extent == null) {
                    throw new IllegalStateException(messages.get("export.image.no-event"));
                }
                double[] range = s.timeRange(view, extent);
                TimeScale scale = s.range() == ImageExportSettings.Range.VIEW
                        ? new TimeScale(view.start(), view.span() / width, width)
                        : ImageExportSource.scaleFor(range[0], range[1], width);
                ExportContent content = ImageExportSource.read(store, range[0], range[1], mode, s.options(), locale,
                        shown);
                if (content.items().isEmpty()) {
                    throw new IllegalStateException(messages.get("export.image.no-event-in-range"));
                }
                return new PreparedExport(content, scale);
            }
        }, prepared -> {
            try {
                result.complete(ImageExport.render(prepared.content(), prepared.scale(), s.options(), locale, svg,
                        density));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, result::completeExceptionally);
        return result;
    }

    public Locale locale() {
        return locale;
    }

    /** File ▸ Import… and File ▸ Export data…; an import reloads the window. */
    public ImportExport importExport() {
        if (importExport == null) {
            importExport = new ImportExport(background, storeAccess, locale, settings,
                    () -> getScene() == null ? null : getScene().getWindow(), status::setText, said -> {
                        statusAfterLoad = said;
                        load();
                    });
        }
        return importExport;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public DetailPane detail() {
        return detail;
    }

    public SourceReader reader() {
        return reader;
    }

    public SearchPane search() {
        return search;
    }

    /** The visible time window, kept when the window is rebuilt for another language. */
    public TimeScale scale() {
        return timeline.getScale();
    }

    /** What to show once the events are loaded instead of everything: kept across a language switch. */
    void restore(TimeScale scale, String selectedEventId) {
        pendingScale = scale;
        pendingSelection = selectedEventId;
    }

    Label status() {
        return status;
    }

}
