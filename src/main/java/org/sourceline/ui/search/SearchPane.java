package org.sourceline.ui.search;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.sourceline.i18n.Messages;
import org.sourceline.store.SearchHit;
import org.sourceline.ui.search.SearchViewModel.Choice;
import org.sourceline.ui.search.SearchViewModel.Result;
import org.sourceline.ui.timeline.OverviewBand;
import org.sourceline.ui.timeline.TimelineView;

/**
 * The search bar (search field, filters, a button that clears them all) and the list of results it gives. It
 * drives the timeline: the timeline shows the events that pass the filters, with those the search did not find
 * dimmed, and the overview band marks what was found.
 */
public final class SearchPane extends HBox {
    private static final String STYLESHEET = "/org/sourceline/ui/search/search.css";
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    /** Long enough to skip the words still being typed, short enough to feel immediate. */
    private static final Duration TYPING_PAUSE = Duration.millis(200);

    /** Opens a source's article on a stretch of its body, as cited by an event (or null). */
    @FunctionalInterface
    public interface PassageOpener {
        void open(String sourceId, int start, int end, String eventId);
    }

    private final SearchViewModel model;
    private final TimelineView timeline;
    private final PassageOpener openPassage;
    private final Messages messages;
    private final CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Button clear = new Button();
    private final ListView<Result> list = new ListView<>();
    private final Label resultsHeading = new Label();
    private final VBox results;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private TabPane sideTabs;
    private Tab resultsTab;
    private Tab detailsTab;
    /** Set while checks and chosen ids are being brought in line, so that neither echoes the other. */
    private boolean syncing;

    public SearchPane(SearchViewModel model, TimelineView timeline, OverviewBand overview, PassageOpener openPassage) {
        this.model = Objects.requireNonNull(model, "model");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.openPassage = Objects.requireNonNull(openPassage, "openPassage");
        this.messages = Messages.of(model.locale());
        getStyleClass().add("search-bar");
        // An author sheet, not a user-agent one: the filters' own sheets would otherwise win over it.
        getStylesheets().add(SearchPane.class.getResource(STYLESHEET).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);

        field.setId("search-field");
        field.promptTextProperty().bind(Bindings.createStringBinding(() -> model.indexStateProperty().get().whole()
                ? messages.get("search.field.prompt")
                : messages.get("search.field.prompt.not-ready", model.indexStateProperty().get().percent()),
                model.indexStateProperty()));
        field.setLeft(magnifier());
        field.setPrefWidth(300);
        field.setMinWidth(180);
        field.setAccessibleText(messages.get("search.field.accessible"));
        field.setTooltip(new Tooltip(messages.get("search.field.tooltip")));
        field.textProperty().bindBidirectional(model.textProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                // Enter goes to the next event found, as F3 does, once the answer holds every word typed.
                typing.stop();
                model.refresh(() -> timeline.selectMatchStep(1));
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        typing.setOnFinished(e -> model.refresh());
        model.textProperty().addListener(o -> typing.playFromStart());

        Node categories = choices("filter-categories", messages.get("search.filter.categories"),
                model.categoryChoices(), model.categories());
        Node actors = choices("filter-actors", messages.get("search.filter.actors"), model.actorChoices(),
                model.actors());
        Node places = choices("filter-places", messages.get("search.filter.places"), model.placeChoices(),
                model.places());
        Node sources = choices("filter-sources", messages.get("search.filter.sources"), model.sourceChoices(),
                model.sources());
        dateField(from, "filter-from", messages.get("search.filter.from"), model.fromTextProperty(),
                model.fromInvalidProperty().get());
        dateField(to, "filter-to", messages.get("search.filter.to"), model.toTextProperty(),
                model.toInvalidProperty().get());
        model.fromInvalidProperty().addListener((o, was, now) -> from.pseudoClassStateChanged(INVALID, now));
        model.toInvalidProperty().addListener((o, was, now) -> to.pseudoClassStateChanged(INVALID, now));

        clear.setId("clear-filters");
        clear.setText(messages.get("search.clear-filters"));
        clear.setOnAction(e -> clearAll());
        clear.disableProperty().bind(model.activeProperty().not());
        clear.setMinWidth(Region.USE_PREF_SIZE);

        HBox.setHgrow(field, Priority.SOMETIMES);
        Region gap = new Region();
        gap.setMinWidth(8);
        Label dash = new Label("–");
        getChildren().addAll(field, gap, categories, actors, places, sources, from, dash, to, clear);

        timeline.matchedEventIdsProperty().bind(model.matchesProperty());
        overview.matchedEventIdsProperty().bind(model.matchesProperty());
        model.shownDataProperty().addListener((o, was, now) -> timeline.setData(now));

        results = resultsList();
    }

    private static Node magnifier() {
        SVGPath glass = new SVGPath();
        glass.setContent("M6.5 1a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 6.5 1zm0 1.5a4"
                + " 4 0 1 0 0 8 4 4 0 0 0 0-8z");
        glass.getStyleClass().add("search-glass");
        return glass;
    }

    private Node choices(String id, String title, ObservableList<Choice> choices, ObservableSet<String> chosen) {
        CheckComboBox<Choice> combo = new CheckComboBox<>();
        combo.setId(id);
        // A fixed title: the skin would not redraw a count kept in it when the choices arrive later.
        combo.setTitle(title);
        combo.setAccessibleText(title);
        combo.setPrefWidth(136);
        combo.setMinWidth(96);
        Tooltip tip = new Tooltip();
        combo.setTooltip(tip);
        chosen.addListener((SetChangeListener<String>) change -> {
            combo.pseudoClassStateChanged(CHOSEN, !chosen.isEmpty());
            tip.setText(chosen.isEmpty() ? title : messages.get("search.filter.chosen", title, combo.getItems()
                    .stream().filter(c -> chosen.contains(c.id())).map(Choice::label)
                    .collect(Collectors.joining(", "))));
        });
        tip.setText(title);
        Bindings.bindContent(combo.getItems(), choices);
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) change -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                Set<String> ids = new HashSet<>();
                combo.getCheckModel().getCheckedItems().forEach(c -> ids.add(c.id()));
                chosen.retainAll(ids);
                chosen.addAll(ids);
            } finally {
                syncing = false;
            }
            model.refresh();
        });
        chosen.addListener((SetChangeListener<String>) change -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                for (Choice c : combo.getItems()) {
                    if (chosen.contains(c.id())) {
                        combo.getCheckModel().check(c);
                    } else {
                        combo.getCheckModel().clearCheck(c);
                    }
                }
            } finally {
                syncing = false;
            }
        });
        return combo;
    }

    private void dateField(TextField date, String id, String prompt, javafx.beans.property.StringProperty text,
                           boolean invalid) {
        date.setId(id);
        date.setPromptText(prompt);
        date.setPrefWidth(112);
        date.setMinWidth(80);
        date.getStyleClass().add("date-filter");
        date.setTooltip(new Tooltip(messages.get("search.filter.date.tooltip")));
        date.textProperty().bindBidirectional(text);
        date.pseudoClassStateChanged(INVALID, invalid);
        text.addListener(o -> typing.playFromStart());
    }

    private VBox resultsList() {
        list.setId("search-results");
        list.getStyleClass().add("search-results");
        list.setItems(model.results());
        list.setCellFactory(v -> new ResultCell());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("results-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.error() != null) {
                return model.error();
            }
            if (model.waitingForIndexProperty().get() != null) {
                return model.indexFailureProperty().get() != null
                        ? messages.get("search.results.not-ready.failed", model.indexFailureProperty().get())
                        : messages.get("search.results.not-ready", model.waitingForIndexProperty().get().percent());
            }
            return model.matches() == null ? messages.get("search.results.placeholder")
                    : messages.get("search.results.none");
        }, model.matchesProperty(), model.waitingForIndexProperty(), model.errorProperty(),
                model.indexFailureProperty()));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                choose(now);
            }
        });
        // A click on the result already chosen shows it again: the reader or the timeline may have moved since.
        Result[] chosenAtPress = new Result[1];
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chosenAtPress[0] = list.getSelectionModel()
                .getSelectedItem());
        list.setOnMouseClicked(e -> {
            Result selected = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && selected != null
                    && selected == chosenAtPress[0] && e.getTarget() instanceof Node target && inCell(target)) {
                choose(selected);
            }
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showDetails(selected);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showDetails(list.getSelectionModel().getSelectedItem());
            }
        });
        resultsHeading.getStyleClass().add("results-heading");
        resultsHeading.textProperty().bind(Bindings.createStringBinding(this::heading, model.results(),
                model.matchesProperty()));
        resultsHeading.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(resultsHeading, list);
        box.getStyleClass().add("search-results-pane");
        box.getStylesheets().add(SearchPane.class.getResource(STYLESHEET).toExternalForm());
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private String heading() {
        if (model.matches() == null) {
            return messages.get("search.results.idle");
        }
        long events = model.results().stream().filter(r -> r.hit().kind() == SearchHit.Kind.EVENT).count();
        long passages = model.results().size() - events;
        String eventCount = messages.plural("search.results.events", events, events);
        String passageCount = messages.plural("search.results.passages", passages, passages);
        // A full page holds the best answers only: say so.
        return model.results().size() >= SearchViewModel.PAGE
                ? messages.get("search.results.heading.best", eventCount, passageCount)
                : messages.get("search.results.heading", eventCount, passageCount);
    }

    /** Whether a node lies in a result's cell, not on the list's empty part or its scroll bar. */
    private static boolean inCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    /** Shows a result where it is: the event on the timeline, or the passage in its article. */
    private void choose(Result result) {
        SearchHit hit = result.hit();
        if (hit.kind() == SearchHit.Kind.EVENT) {
            timeline.select(hit.ref());
        } else {
            int start = Math.max(0, hit.start());
            openPassage.open(hit.ref(), start, Math.max(start, hit.end()), hit.eventId());
        }
    }

    /** Brings the event's tab forward, beside the results. */
    public void showDetails() {
        if (sideTabs != null) {
            sideTabs.getSelectionModel().select(detailsTab);
        }
    }

    private void showDetails(Result result) {
        if (result != null && result.hit().eventId() != null && sideTabs != null) {
            sideTabs.getSelectionModel().select(detailsTab);
        }
    }

    private void clearAll() {
        typing.stop();
        model.clear();
    }

    /** Puts the cursor in the search field, its text selected so that typing replaces it. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /**
     * The Search menu: find (Ctrl+F), the next and previous event found (F3, Shift+F3) and clearing every filter.
     */
    public Menu menu() {
        MenuItem find = new MenuItem(messages.get("menu.search.find"));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> focusField());
        MenuItem next = new MenuItem(messages.get("menu.search.next"));
        next.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        next.setOnAction(e -> timeline.selectMatchStep(1));
        MenuItem previous = new MenuItem(messages.get("menu.search.previous"));
        previous.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        previous.setOnAction(e -> timeline.selectMatchStep(-1));
        next.disableProperty().bind(model.matchesProperty().isNull());
        previous.disableProperty().bind(model.matchesProperty().isNull());
        MenuItem clearFilters = new MenuItem(messages.get("menu.search.clear-filters"));
        clearFilters.setOnAction(e -> clearAll());
        clearFilters.disableProperty().bind(model.activeProperty().not());
        return new Menu(messages.get("menu.search"), null, find, next, previous, new SeparatorMenuItem(), clearFilters);
    }

    /**
     * The details of the selected event and the search results as two tabs of one pane. The results come
     * forward when a search is typed; the details when an event result is opened (Enter, double click).
     */
    public TabPane besideResults(Node details, String detailsTitle) {
        detailsTab = new Tab(detailsTitle, details);
        resultsTab = new Tab();
        resultsTab.setContent(results);
        resultsTab.textProperty().bind(Bindings.createStringBinding(() -> model.matches() == null
                ? messages.get("tabs.results") : messages.get("tabs.results.count", model.results().size()),
                model.results(), model.matchesProperty()));
        sideTabs = new TabPane(detailsTab, resultsTab);
        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.getStyleClass().add("side-tabs");
        model.matchesProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                sideTabs.getSelectionModel().select(resultsTab);
            } else if (now == null && was != null) {
                sideTabs.getSelectionModel().select(detailsTab);
            }
        });
        // A search that waits for the index says so where its results will be.
        model.waitingForIndexProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                sideTabs.getSelectionModel().select(resultsTab);
            }
        });
        return sideTabs;
    }

    public SearchViewModel model() {
        return model;
    }

    public TextField field() {
        return field;
    }

    public ListView<Result> resultsView() {
        return list;
    }

    /** A result: what it is, when and where the words were found, and the words around them, found ones in bold. */
    private final class ResultCell extends ListCell<Result> {
        private final Label kind = new Label();
        private final Label heading = new Label();
        private final Label where = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box;

        ResultCell() {
            getStyleClass().add("result-cell");
            kind.getStyleClass().add("result-kind");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            heading.getStyleClass().add("result-heading");
            heading.setWrapText(true);
            HBox top = new HBox(6, kind, heading);
            top.setAlignment(Pos.BASELINE_LEFT);
            where.getStyleClass().add("result-where");
            where.setWrapText(true);
            snippet.getStyleClass().add("result-snippet");
            box = new VBox(2, top, where, snippet);
            box.setMinWidth(0);
            // The width of the list, not of the longest text: long snippets wrap instead of scrolling sideways.
            setPrefWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(Result result, boolean empty) {
            super.updateItem(result, empty);
            if (empty || result == null) {
                setGraphic(null);
                return;
            }
            boolean event = result.hit().kind() == SearchHit.Kind.EVENT;
            kind.setText(event ? messages.get("search.result.kind.event") : messages.get("search.result.kind.article"));
            kind.pseudoClassStateChanged(PseudoClass.getPseudoClass("article"), !event);
            heading.setText(result.heading());
            where.setText(result.date().isEmpty() ? result.where() : result.date() + " · " + result.where());
            snippet.getChildren().clear();
            for (SearchHit.Part part : result.hit().snippetParts()) {
                Text text = new Text(part.text());
                text.getStyleClass().add(part.matched() ? "snippet-match" : "snippet-text");
                snippet.getChildren().add(text);
            }
            setGraphic(box);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            // Ask the content how tall it is at the width it will really have, so that wrapped lines all show.
            double inner = (getListView() == null ? 300 : getListView().getWidth()) - 28
                    - snappedLeftInset() - snappedRightInset();
            return box.prefHeight(Math.max(80, inner)) + snappedTopInset() + snappedBottomInset();
        }
    }
}
