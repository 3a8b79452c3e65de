package org.sourceline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourceline.app.TimelineData;
import org.sourceline.i18n.Messages;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.TimeScale;
import org.sourceline.model.Change;
import org.sourceline.model.DateQuery;
import org.sourceline.model.EdtfDate;
import org.sourceline.store.CitedPassage;
import org.sourceline.store.Store;
import org.sourceline.ui.WindowModel.EventVisit;
import org.sourceline.ui.WindowModel.SourceVisit;
import org.sourceline.ui.WindowModel.Visit;
import org.sourceline.ui.detail.DetailPane;
import org.sourceline.ui.detail.DetailViewModel;
import org.sourceline.model.Passage;
import org.sourceline.store.SourceText;
import org.sourceline.ui.catalog.CatalogPane;
import org.sourceline.ui.catalog.CatalogViewModel;
import org.sourceline.ui.catalog.EntryForm;
import org.sourceline.ui.edit.EventEditing;
import org.sourceline.ui.export.ExportImageDialog;
import org.sourceline.ui.export.ImageExportSettings;
import org.sourceline.ui.export.ImageExporter;
import org.sourceline.ui.reader.SourceReader;
import org.sourceline.ui.reader.SourceReaderViewModel;
import org.sourceline.ui.reader.SuggestionsPane;
import org.sourceline.ui.search.SearchPane;
import org.sourceline.ui.search.SearchViewModel;
import org.sourceline.ui.timeline.OverviewBand;
import org.sourceline.ui.timeline.TimelineView;

/**
 * The main window: the timeline with its overview and legend on the left; the selected event's details (or its
 * editor) and the source reader on the right. Clicks flow from the timeline to the details to the reader, and back.
 * What the window holds is its {@link WindowModel}'s; this class lays the panes out and wires them to it, and every
 * command is an {@link Action} of {@link WindowActions}, the same in the menus, the toolbar and the context menus.
 */
public final class MainWindow extends BorderPane {
    private Stage catalogStage;
    private CatalogPane catalogPane;
    /**
     * Reading article files and finding dates, on a thread of their own: a long article or an awkward page never
     * holds up the store's work (saves, loads). One for every window the app opens in turn.
     */
    private static final Background ARTICLE_WORK = Background.singleThread("sourceline-articles");
    private Stage suggestionsStage;
    private SuggestionsPane suggestions;
    /** By source id, where the suggested sentences the user accepted or set aside start: not offered again. */
    private final java.util.Map<String, java.util.Set<Integer>> decidedSuggestions = new java.util.HashMap<>();
    private javafx.beans.value.ChangeListener<Boolean> ownerShowing;
    private static final double DAY = 86_400;

    private final WindowModel model;
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
    private final EventEditing editing;
    private final WindowActions actions;
    private final ImageExporter exporter;
    private boolean replaying;
    private TimeScale pendingScale;
    private String pendingSelection;
    private Consumer<Locale> languageSwitcher = l -> { };
    private Consumer<Path> storeSwitcher = p -> { };
    private Path dataFolder = org.sourceline.app.DataDirectory.current();
    private ImportExport importExport;

    public MainWindow(Background background, StoreAccess storeAccess, Locale locale, Settings settings,
                      Consumer<String> openInBrowser) {
        this(new WindowModel(background, storeAccess, locale), settings, openInBrowser);
    }

    public MainWindow(WindowModel model, Settings settings, Consumer<String> openInBrowser) {
        this.model = model;
        this.locale = model.locale();
        this.messages = model.messages();
        this.settings = settings;
        Background background = model.background();
        StoreAccess store = model.store();
        getStylesheets().add(MainWindow.class.getResource("sourceline.css").toExternalForm());
        getStyleClass().add("main-window");

        timeline.setId("timeline");
        timeline.localeProperty().set(locale);
        timeline.laneModeProperty().set(laneModeFromSettings());
        timeline.setAccessibleText(messages.get("timeline.accessible"));
        timeline.selectedEventIdProperty().bindBidirectional(model.selectedEventIdProperty());
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

        detail = new DetailPane(new DetailViewModel(background, store, locale), this::openPassage);
        detail.setId("detail");
        reader = new SourceReader(new SourceReaderViewModel(background, store, locale),
                id -> timeline.select(id), openInBrowser);
        reader.setId("reader");
        reader.model().setDateWork(ARTICLE_WORK);
        search = new SearchPane(new SearchViewModel(background, store, locale), timeline, overview,
                this::openSearchPassage);
        search.setId("search-bar");
        StackPane eventSide = new StackPane(detail);
        editing = new EventEditing(model, eventSide, detail, this::owner, search::showDetails);
        editing.setOnNewSource(this::newSource);
        acceptDroppedArticles();
        reader.setOnSuggest(r -> openSuggestions());
        sideSplit = new SplitPane(search.besideResults(eventSide, messages.get("tabs.event")), reader);
        sideSplit.setOrientation(Orientation.VERTICAL);
        sideSplit.setDividerPositions(settings.getDouble("split.side", 0.45));
        mainSplit = new SplitPane(left, sideSplit);
        mainSplit.setDividerPositions(settings.getDouble("split.main", 0.62));
        SplitPane.setResizableWithParent(sideSplit, false);

        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        status.setId("status");

        exporter = new ImageExporter(background, store, locale, () -> new ImageExporter.Shown(timeline.getScale(),
                timeline.laneModeProperty().get(), search.model().exportFilter()), status::setText);
        actions = new WindowActions(this, model, timeline, reader, search, editing, settings);
        setTop(new VBox(actions.menuBar(), actions.toolBar(), search));
        setCenter(mainSplit);
        setBottom(statusBar);

        // The editor takes more of the side column than the details: the article stays readable below it.
        editing.editingProperty().addListener((o, was, now) -> {
            if (now) {
                sideSplit.setDividerPositions(Math.max(sideSplit.getDividerPositions()[0], 0.7));
            } else {
                sideSplit.setDividerPositions(settings.getDouble("split.side", 0.45));
                timeline.requestFocus();
            }
        });
        reader.setTextMenu(actions.readerMenu());
        ContextMenu eventMenu = actions.eventMenu();
        detail.setEventMenu(eventMenu);
        detail.setOnEdit(editing::editSelected);
        search.resultsView().setContextMenu(actions.eventMenu());
        timeline.setOnContextMenuRequested(e -> {
            timeline.eventIdAt(e.getX(), e.getY()).ifPresent(timeline::select);
            ContextMenu menu = actions.timelineMenu();
            menu.show(timeline, e.getScreenX(), e.getScreenY());
            e.consume();
        });

        model.selectedEventIdProperty().addListener((o, was, id) -> selectionChanged(id));
        model.onChange(this::changed);
        model.noticeProperty().addListener((o, was, now) -> {
            if (now != null) {
                status.setText(now + " — " + search.model().summary() + " — " + model.storeNameProperty().get());
            }
        });
        timeline.setOnOpenEvent(this::openFirstCitation);
        timeline.dataProperty().addListener(o -> refreshLegend());
        search.model().summaryProperty().addListener(o -> updateStatus());
        search.model().indexStateChanged(model.searchIndex().stateProperty().get());
        model.searchIndex().stateProperty().addListener((o, was, now) -> {
            search.model().indexStateChanged(now);
            updateStatus();
        });
        search.model().indexFailed(model.searchIndex().failureProperty().get());
        model.searchIndex().failureProperty().addListener((o, was, now) -> {
            search.model().indexFailed(now);
            updateStatus();
        });
        search.model().shownDataProperty().addListener((o, was, shown) -> showFilteredOut(shown));
        mainSplit.getDividers().get(0).positionProperty().addListener(
                (o, was, now) -> settings.putDouble("split.main", now.doubleValue()));
        sideSplit.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (!editing.editingProperty().get()) {
                settings.putDouble("split.side", now.doubleValue());
            }
        });
    }

    /** Opens the window of the store's sources, actors, places and categories on one kind of them. */
    public CatalogPane openCatalog(CatalogViewModel.Kind kind) {
        if (catalogStage == null) {
            CatalogViewModel vm = new CatalogViewModel(model);
            catalogPane = new CatalogPane(vm, id -> timeline.select(id), id -> reader.open(id, 0, 0, null),
                    model.busyProperty());
            catalogStage = new Stage();
            catalogStage.setTitle(messages.get("catalog.title"));
            // Not owned, so that it can go behind the window when the event editor beside the article is used;
            // placed over the timeline, leaving the side pane in view. It closes with the window.
            Window owner = owner();
            double width = 960;
            double height = 720;
            if (owner != null) {
                // Over the timeline only: the side pane (the editor, the article) stays in view beside it.
                width = Math.min(width, Math.max(560, owner.getWidth() * mainSplit.getDividerPositions()[0] - 16));
                height = Math.min(height, Math.max(480, owner.getHeight() - 120));
                catalogStage.setX(owner.getX() + 8);
                catalogStage.setY(owner.getY() + 96);
                ownerShowing = (o, was, now) -> {
                    if (!now) {
                        catalogStage.close();
                    }
                };
                owner.showingProperty().addListener(ownerShowing);
            }
            catalogStage.setScene(new Scene(catalogPane, width, height));
            catalogStage.getScene().getStylesheets().add(
                    MainWindow.class.getResource("sourceline.css").toExternalForm());
            catalogStage.setOnCloseRequest(e -> {
                if (!catalogPane.confirmLeaving()) {
                    e.consume();
                }
            });
            // Undo and redo work from there too, on the window's history (a text field there takes them first).
            catalogStage.getScene().getAccelerators().put(actions.undo.key(), actions.undo::run);
            catalogStage.getScene().getAccelerators().put(actions.redo.key(), actions.redo::run);
            catalogStage.getScene().getAccelerators().put(
                    new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), actions.redo::run);
            vm.load();
            catalogPane.show(kind);
        } else if (!catalogStage.isShowing()) {
            // What is being typed there is never dropped to show another kind.
            EntryForm<?> form = catalogPane.model().form();
            if (form == null || !form.dirtyProperty().get()) {
                catalogPane.show(kind);
            }
        }
        catalogStage.show();
        catalogStage.toFront();
        return catalogPane;
    }

    /**
     * Edit ▸ New event from this passage: the editor opens on the words selected in the article, cited, with the
     * date the passage gives (or, failing that, the nearest in its sentence) and the phrase it was read from.
     */
    void eventFromPassage() {
        SourceText shown = reader.model().sourceText();
        List<Passage> passages = reader.model().selectedPassages();
        javafx.scene.control.IndexRange selected = reader.model().selectionProperty().get();
        if (shown == null || passages.isEmpty() || selected == null) {
            return;
        }
        // Found in the background: a long article takes a moment to read through.
        ARTICLE_WORK.run(() -> org.sourceline.dates.DateFinder.suggest(shown.body(), selected.getStart(),
                        selected.getEnd(), shown.source().published(),
                        java.util.Locale.forLanguageTag(shown.source().language())),
                found -> editing.createFrom(shown.source(), passages,
                        found.map(f -> f.date().date().toString()).orElse(null),
                        found.map(f -> f.date().text()).orElse(null)),
                failure -> editing.createFrom(shown.source(), passages, null, null));
    }

    /** The reader's "Suggest events…": the article's dated sentences, to accept as events or set aside. */
    void openSuggestions() {
        SourceText shown = reader.model().sourceText();
        if (shown == null) {
            return;
        }
        String sourceId = shown.source().id();
        java.util.Set<Integer> decided = decidedSuggestions.computeIfAbsent(sourceId, k -> new java.util.HashSet<>());
        List<SourceReaderViewModel.Candidate> open = reader.model().candidates().stream()
                .filter(c -> !decided.contains(c.quote().start())).toList();
        SuggestionsPane pane = new SuggestionsPane(locale, shown.source().title(), open, c -> {
            boolean opened = editing.createFrom(shown.source(), List.of(c.quote()), c.date().date().toString(),
                    c.date().text());
            if (opened) {
                decided.add(c.quote().start());
            }
            return opened;
        }, c -> decided.add(c.quote().start()));
        pane.setId("suggestions");
        if (suggestionsStage == null) {
            suggestionsStage = new Stage();
            Window owner = owner();
            if (owner != null) {
                suggestionsStage.initOwner(owner);
                suggestionsStage.setX(owner.getX() + 24);
                suggestionsStage.setY(owner.getY() + 96);
            }
            suggestionsStage.setScene(new Scene(pane, 620, 640));
            // A filter, not an accelerator: the list would take Esc first.
            suggestionsStage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    suggestionsStage.close();
                }
            });
            suggestionsStage.getScene().getStylesheets().add(
                    MainWindow.class.getResource("sourceline.css").toExternalForm());
        } else {
            suggestionsStage.getScene().setRoot(pane);
        }
        suggestionsStage.setTitle(messages.get("suggestions.title", shown.source().title()));
        suggestions = pane;
        suggestionsStage.show();
        suggestionsStage.toFront();
    }

    /** The list of suggested events, once opened; null before. */
    public SuggestionsPane suggestions() {
        return suggestions;
    }

    /** Edit ▸ Cite this passage: for the event being written, or else the event selected. */
    void citePassage() {
        SourceText shown = reader.model().sourceText();
        List<Passage> passages = reader.model().selectedPassages();
        if (shown != null && !passages.isEmpty()) {
            editing.cite(shown.source(), passages);
        }
    }

    /** File ▸ Add article…: a text, a saved web page or a PDF, read and shown in a new source's form. */
    void chooseArticle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.article.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("chooser.article.filter"),
                "*.html", "*.htm", "*.pdf", "*.txt"), new FileChooser.ExtensionFilter(
                messages.get("chooser.all-files"), "*"));
        String folder = settings.get("article.folder", null);
        if (folder != null && new java.io.File(folder).isDirectory()) {
            chooser.setInitialDirectory(new java.io.File(folder));
        }
        java.io.File file = chooser.showOpenDialog(owner());
        if (file != null) {
            settings.put("article.folder", file.getParent());
            addArticle(file.toPath());
        }
    }

    /**
     * Reads an article file in the background and opens the form of a new source filled from it, to confirm or
     * correct before it is saved; a file that cannot be an article is refused with the reason, and nothing is
     * added.
     *
     * @return completed with the form's pane once it shows the article, failed with the refusal
     */
    public CompletableFuture<CatalogPane> addArticle(Path file) {
        CompletableFuture<CatalogPane> done = new CompletableFuture<>();
        status.setText(messages.get("status.reading-article", String.valueOf(file.getFileName())));
        ARTICLE_WORK.run(() -> org.sourceline.app.ArticleImport.read(file), read -> {
            status.setText("");
            CatalogPane pane = openCatalog(CatalogViewModel.Kind.SOURCE);
            if (!pane.confirmLeaving()) {
                done.cancel(false);
                return;
            }
            pane.show(CatalogViewModel.Kind.SOURCE);
            pane.model().createFrom(read).whenComplete((v, e) -> {
                if (e != null) {
                    done.completeExceptionally(e);
                } else {
                    done.complete(pane);
                }
            });
        }, error -> {
            String message = error instanceof org.sourceline.articles.ArticleException refused
                    ? Refusals.article(messages, refused)
                    : messages.get("article.refused.unreadable", String.valueOf(file.getFileName()));
            status.setText(message);
            if (owner() != null && owner().isShowing()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText(messages.get("add-article.failed"));
                alert.initOwner(owner());
                alert.show();
            }
            done.completeExceptionally(error);
        });
        return done;
    }

    /** Files dropped on the window are articles to add, one form at a time. */
    private void acceptDroppedArticles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.loadedProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<java.io.File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (files.isEmpty()) {
                return;
            }
            addArticle(files.get(0).toPath()).thenRun(() -> {
                if (files.size() > 1) {
                    status.setText(messages.get("status.one-article-at-a-time", files.get(0).getName(),
                            files.size() - 1));
                }
            });
        });
    }

    /** Opens the form for a new source: the article's text pasted, what is known of it. */
    public CatalogPane newSource() {
        CatalogPane pane = openCatalog(CatalogViewModel.Kind.SOURCE);
        if (pane.confirmLeaving()) {
            pane.show(CatalogViewModel.Kind.SOURCE);
            pane.model().create();
        }
        return pane;
    }

    /**
     * Closes the windows this one opened (before it is replaced, in another language or on another store); ask
     * {@link #confirmLeaving} first.
     */
    public void closeOwnWindows() {
        if (catalogStage != null) {
            Window owner = owner();
            if (owner != null && ownerShowing != null) {
                owner.showingProperty().removeListener(ownerShowing);
            }
            catalogStage.close();
        }
        if (suggestionsStage != null) {
            suggestionsStage.close();
        }
    }

    /**
     * True when nothing typed in the event editor or the catalog's form would be lost, or the user agrees to lose
     * it: asked before the window is rebuilt (language, store) or closed.
     */
    public boolean confirmLeaving() {
        return editing.confirmLeaving() && (catalogPane == null || catalogPane.confirmLeaving());
    }

    /** File ▸ Quit, once nothing typed would be lost. */
    void quit() {
        if (confirmLeaving()) {
            javafx.application.Platform.exit();
        }
    }

    /** The window of sources, actors, places and categories, once opened; null before. */
    public CatalogPane catalog() {
        return catalogPane;
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    LaneMode laneModeFromSettings() {
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

    void switchLanguage(Locale l) {
        if (!confirmLeaving()) {
            return;
        }
        settings.put("language", l.getLanguage());
        languageSwitcher.accept(l);
    }

    /** Loads the store's events in the background; the window shows them when they arrive. */
    public void load() {
        status.setText(messages.get("status.opening"));
        model.load().whenComplete((data, error) -> {
            if (error != null) {
                status.setText(error.getMessage());
                emptyState.setVisible(true);
                emptyState.setText(messages.get("window.empty.no-store"));
                showStoreProblem(error.getMessage());
                return;
            }
            shown(data);
        });
    }

    private void shown(TimelineData data) {
        timeline.setData(data);
        search.model().setEvents(data);
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
        showEmptyStore(data);
        updateStatus();
        timeline.requestFocus();
        // After an import of many events, the timeline is shown at once and search follows.
        model.searchIndex().ensure();
    }

    private void showEmptyStore(TimelineData data) {
        boolean empty = data.isEmpty();
        emptyState.setVisible(empty);
        emptyState.setText(messages.get("window.empty.store", model.storeNameProperty().get()));
    }

    /**
     * A change the store took: the panes follow. The timeline and the search take the events as they are now
     * (the timeline moves what it drew), the detail pane and the reader read their event and article again.
     */
    private void changed(Change change) {
        boolean namesChanged = change.parts().stream().anyMatch(p -> p instanceof Change.OfActor
                || p instanceof Change.OfPlace || p instanceof Change.OfSource || p instanceof Change.OfCategory);
        search.model().eventsChanged(model.events(), namesChanged);
        String selected = model.selectedEventId();
        if (selected != null) {
            // Brought into view: the event a change (or its undoing) touched may lie off screen.
            timeline.select(selected);
            detail.model().show(selected);
        }
        reader.model().reload();
        showEmptyStore(model.events());
        refreshLegend();
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
        if (owner() != null && owner().isShowing()) {
            alert.initOwner(owner());
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
        this.storeSwitcher = path -> {
            if (confirmLeaving()) {
                switcher.accept(path);
            }
        };
    }

    void chooseStore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.store.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("chooser.store.filter"),
                "*.db", "*.sqlite"), new FileChooser.ExtensionFilter(messages.get("chooser.all-files"), "*"));
        java.io.File file = chooser.showOpenDialog(owner());
        if (file != null) {
            storeSwitcher.accept(file.toPath());
        }
    }

    /** File ▸ New store…: an empty store in a file the user names, then shown in this window. */
    void chooseNewStore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.new-store.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.store.filter"),
                "*.db"));
        chooser.setInitialFileName("chronologie.db");
        java.io.File folder = dataFolder.toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        java.io.File file = chooser.showSaveDialog(owner());
        if (file != null) {
            Path path = file.toPath().getFileName().toString().contains(".") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".db");
            newStore(path);
        }
    }

    /** Creates an empty store and shows it; a file that exists is refused, with the reason, and left as it is. */
    public CompletableFuture<Path> newStore(Path file) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        model.background().run(() -> {
            // A file that exists is never replaced, even when the save dialog offered to: it may be a store.
            org.sourceline.app.Stores.createEmpty(file).close();
            return file;
        }, created -> {
            storeSwitcher.accept(created);
            done.complete(created);
        }, error -> {
            status.setText(error.getMessage());
            if (owner() != null && owner().isShowing()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
                alert.setHeaderText(messages.get("new-store.failed"));
                alert.initOwner(owner());
                alert.show();
            }
            done.completeExceptionally(error);
        });
        return done;
    }

    /** A new store built from the bundled dataset, beside the user's store and never over it. */
    void newStoreFromSeeds() {
        model.background().run(() -> {
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

    private void updateStatus() {
        var index = model.searchIndex().stateProperty().get();
        String failed = model.searchIndex().failureProperty().get();
        status.setText(search.model().summary() + " — " + model.storeNameProperty().get()
                + (failed != null ? " — " + messages.get("status.search-index.failed", failed)
                : index.whole() ? "" : " — " + messages.get("status.search-index", index.percent())));
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
        var data = timeline.getData();
        data.categories().forEach(category -> {
            Circle dot = new Circle(5, FxColors.of(data.categoryColors().argb(category)));
            Label label = new Label(data.categoryLabel(category), dot);
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
            model.visits().visit(new EventVisit(id));
        }
    }

    private void openPassage(CitedPassage passage) {
        String eventId = timeline.getSelectedEventId();
        reader.open(passage.source().id(), passage.start(), passage.end(), eventId);
        if (!replaying) {
            model.visits().visit(new SourceVisit(passage.source().id(), passage.start(), passage.end(), eventId));
        }
    }

    /** A search result in an article: the passage in the reader, and the event citing it on the timeline. */
    private void openSearchPassage(String sourceId, int start, int end, String eventId) {
        if (eventId != null) {
            timeline.select(eventId);
        }
        reader.open(sourceId, start, end, eventId);
        if (!replaying) {
            model.visits().visit(new SourceVisit(sourceId, start, end, eventId));
        }
    }

    void openFirstCitation(String eventId) {
        if (eventId == null) {
            return;
        }
        model.background().run(() -> {
            try (Store store = model.store().open()) {
                return store.passagesOf(eventId);
            }
        }, passages -> {
            if (!passages.isEmpty() && eventId.equals(timeline.getSelectedEventId())) {
                openPassage(passages.get(0));
            }
        }, error -> status.setText(error.getMessage()));
    }

    void replay(Visit visit) {
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

    void askDate() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("go-to-date.title"));
        dialog.setHeaderText(messages.get("go-to-date.header"));
        dialog.initOwner(owner());
        dialog.showAndWait().ifPresent(text -> {
            if (!goToDate(text)) {
                Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("go-to-date.unreadable", text));
                alert.initOwner(owner());
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
                s -> exporter.render(s, Math.min(s.width(), 6000), 1, false)
                        .thenApplyAsync(image -> image.pixels().toBufferedImage()));
        dialog.initOwner(owner());
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
            java.io.File file = chooser.showSaveDialog(owner());
            if (file != null) {
                settings.put("export.folder", file.getParent());
                exportImage(chosen, file.toPath());
            }
        });
    }

    /**
     * Exports an image without disturbing the window: store reads and file writing in the background, drawing
     * off-screen on the JavaFX thread. The result is reported in the status bar, a failure in a dialog too.
     */
    public CompletableFuture<Path> exportImage(ImageExportSettings chosen, Path out) {
        return exporter.export(chosen, out).whenComplete((written, failure) -> {
            if (failure != null && owner() != null && owner().isShowing()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, status.getText());
                alert.initOwner(owner());
                alert.show();
            }
        });
    }

    public Locale locale() {
        return locale;
    }

    /** File ▸ Import… and File ▸ Export data…; an import is a step of the window's history, undone as one. */
    public ImportExport importExport() {
        if (importExport == null) {
            importExport = new ImportExport(model, settings, this::owner, status::setText, said -> {
                load();
                status.setText(said);
                // Read again by whoever keeps the store's names: the catalog window and the editor's choices.
                if (catalogPane != null) {
                    catalogPane.model().load();
                }
                if (editing.editor() != null) {
                    editing.editor().model().catalogChanged();
                }
            });
        }
        return importExport;
    }

    public WindowModel model() {
        return model;
    }

    public WindowActions actions() {
        return actions;
    }

    public EventEditing editing() {
        return editing;
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

    /** A separator for menus built from actions. */
    static SeparatorMenuItem separator() {
        return new SeparatorMenuItem();
    }
}
