package org.sourceline.ui.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Event;
import org.sourceline.store.EventUses;
import org.sourceline.ui.catalog.CatalogViewModel.Entry;
import org.sourceline.ui.catalog.CatalogViewModel.Kind;

/**
 * The store's sources, actors, places and categories, one kind to a tab: a list to filter on the left, the one
 * chosen in a form on the right, with what can be done with it (save, delete, merge into another) and the events
 * that use it, each a click away on the timeline.
 */
public final class CatalogPane extends BorderPane {
    private static final String STYLESHEET = "/org/sourceline/ui/edit/editor.css";

    private final CatalogViewModel model;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final ListView<Entry> list = new ListView<>();
    private final TextField filter = new TextField();
    private final Button create = new Button();
    private final VBox formBox = new VBox();
    private final ListView<Event> usesList = new ListView<>();
    private final Label usesCount = new Label();
    private final ComboBox<Entry> mergeTarget = new ComboBox<>();
    private final HBox mergeRow;
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button read = new Button();
    private boolean choosing;
    private boolean revertingTab;
    private SplitPane body;

    /**
     * @param showEvent  shows an event on the timeline and in the detail pane
     * @param readSource opens a source's article in the reader
     * @param busy       true while a change is being written: the buttons wait for it
     */
    public CatalogPane(CatalogViewModel model, Consumer<String> showEvent, Consumer<String> readSource,
                       ObservableBooleanValue busy) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = model.messages();
        setId("catalog");
        getStyleClass().add("catalog-editor");

        for (Kind kind : Kind.values()) {
            Tab tab = new Tab(switch (kind) {
                case SOURCE -> messages.get("catalog.tab.sources");
                case ACTOR -> messages.get("catalog.tab.actors");
                case PLACE -> messages.get("catalog.tab.places");
                case CATEGORY -> messages.get("catalog.tab.categories");
            });
            tab.setId("catalog-tab-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            tab.setClosable(false);
            tab.setUserData(kind);
            tabs.getTabs().add(tab);
        }

        filter.setId("catalog-filter");
        filter.setPromptText(messages.get("catalog.filter.prompt"));
        FilteredList<Entry> filtered = new FilteredList<>(model.entries());
        filter.textProperty().addListener((o, was, now) -> {
            String words = now == null ? "" : now.strip().toLowerCase(model.locale());
            filtered.setPredicate(words.isEmpty() ? null : e -> (e.name() + " " + e.detail())
                    .toLowerCase(model.locale()).contains(words));
        });
        list.setId("catalog-list");
        list.setItems(filtered);
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !choosing) {
                choose(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        create.setId("catalog-new");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> {
            if (confirmLeaving()) {
                list.getSelectionModel().clearSelection();
                model.create();
            }
        });
        VBox left = new VBox(6, filter, list, create);
        left.getStyleClass().add("catalog-list-side");
        left.setMinWidth(220);

        Label problem = new Label();
        problem.setId("catalog-problem");
        problem.getStyleClass().add("editor-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        formBox.getStyleClass().add("editor-form");
        ScrollPane scroll = new ScrollPane(formBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("editor-scroll");
        org.sourceline.ui.Scrolling.followFocus(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        save.setId("catalog-save");
        save.setText(messages.get("catalog.save"));
        save.setOnAction(e -> model.save());
        delete.setId("catalog-delete");
        delete.setText(messages.get("catalog.delete"));
        delete.setOnAction(e -> model.delete());
        read.setId("catalog-read");
        read.setText(messages.get("catalog.read"));
        read.setOnAction(e -> Optional.ofNullable(model.form()).flatMap(EntryForm::id).ifPresent(readSource));
        HBox buttons = new HBox(8, save, delete, read);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("editor-buttons");

        mergeTarget.setId("catalog-merge-target");
        mergeTarget.setPromptText(messages.get("catalog.merge.prompt"));
        mergeTarget.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(mergeTarget, Priority.ALWAYS);
        Button merge = new Button(messages.get("catalog.merge"));
        merge.setId("catalog-merge");
        merge.disableProperty().bind(mergeTarget.valueProperty().isNull().or(bool(busy)));
        merge.setOnAction(e -> {
            Entry kept = mergeTarget.getValue();
            if (kept != null && confirmMerge(kept)) {
                model.mergeInto(kept);
            }
        });
        Label mergeLabel = new Label(messages.get("catalog.merge.label"));
        mergeLabel.getStyleClass().add("editor-label");
        mergeRow = new HBox(8, mergeLabel, mergeTarget, merge);
        mergeRow.setAlignment(Pos.CENTER_LEFT);
        mergeRow.getStyleClass().add("catalog-merge");

        usesCount.setId("catalog-uses-count");
        usesCount.getStyleClass().add("editor-label");
        usesCount.setWrapText(true);
        usesList.setId("catalog-uses");
        usesList.setPrefHeight(160);
        usesList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event event, boolean empty) {
                super.updateItem(event, empty);
                setPrefWidth(0);
                setText(empty || event == null ? null : model.describe(event));
            }
        });
        usesList.setOnMouseClicked(e -> {
            Event chosen = usesList.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                showEvent.accept(chosen.id());
            }
        });
        usesList.setOnKeyPressed(e -> {
            Event chosen = usesList.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                showEvent.accept(chosen.id());
            }
        });
        VBox uses = new VBox(4, usesCount, usesList);
        uses.getStyleClass().add("catalog-uses");

        VBox right = new VBox(problem, scroll, buttons, mergeRow, uses);
        right.getStyleClass().add("catalog-form-side");
        body = new SplitPane(left, right);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);

        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (revertingTab || now == null) {
                return;
            }
            EntryForm<?> typed = model.form();
            if (was != null && now.getUserData() != model.kindProperty().get() && typed != null
                    && typed.dirtyProperty().get()) {
                // What is typed stays in view, on its tab, while the user is asked; the other tab once they agree.
                revertingTab = true;
                tabs.getSelectionModel().select(was);
                revertingTab = false;
                javafx.application.Platform.runLater(() -> {
                    if (confirmLeaving()) {
                        tabs.getSelectionModel().select(now);
                    }
                });
                return;
            }
            if (was != null) {
                was.setContent(null);
            }
            now.setContent(body);
            model.kindProperty().set((Kind) now.getUserData());
        });
        tabs.getSelectionModel().getSelectedItem().setContent(body);
        model.kindProperty().addListener((o, was, now) -> {
            selectTab(now);
            filter.clear();
            updateCreate();
        });
        updateCreate();
        setCenter(tabs);

        model.formProperty().addListener((o, was, now) -> showForm(now, busy));
        model.usesProperty().addListener((o, was, now) -> showUses(now));
        model.entries().addListener((javafx.collections.ListChangeListener<Entry>) c -> keepSelection());
        showForm(null, busy);
    }

    @Override
    public String getUserAgentStylesheet() {
        return CatalogPane.class.getResource(STYLESHEET).toExternalForm();
    }

    private static ObservableBooleanValue bool(ObservableBooleanValue value) {
        return Bindings.createBooleanBinding(value::get, value);
    }

    public CatalogViewModel model() {
        return model;
    }

    /** Shows a kind of thing: its tab, its list. */
    public void show(Kind kind) {
        model.kindProperty().set(kind);
        selectTab(kind);
    }

    private void selectTab(Kind kind) {
        tabs.getTabs().stream().filter(t -> t.getUserData() == kind).findFirst().ifPresent(t -> {
            Tab before = tabs.getSelectionModel().getSelectedItem();
            if (before != t) {
                // The kind has changed already (the form was asked): no second question.
                revertingTab = true;
                tabs.getSelectionModel().select(t);
                revertingTab = false;
                before.setContent(null);
                t.setContent(body);
            }
        });
    }

    private void updateCreate() {
        create.setText(switch (model.kindProperty().get()) {
            case SOURCE -> messages.get("catalog.new.source");
            case ACTOR -> messages.get("catalog.new.actor");
            case PLACE -> messages.get("catalog.new.place");
            case CATEGORY -> messages.get("catalog.new.category");
        });
    }

    private void choose(Entry entry) {
        EntryForm<?> shown = model.form();
        if (shown != null && entry.id().equals(shown.id().orElse(null)) && !shown.isNew()) {
            return;
        }
        if (confirmLeaving()) {
            model.open(entry);
        } else {
            keepSelection();
        }
    }

    /** The list shows the thing in the form as selected, once the list is read again. */
    private void keepSelection() {
        EntryForm<?> shown = model.form();
        String id = shown == null || shown.isNew() ? null : shown.id().orElse(null);
        choosing = true;
        try {
            Optional<Entry> entry = list.getItems().stream().filter(e -> e.id().equals(id)).findFirst();
            if (entry.isPresent()) {
                list.getSelectionModel().select(entry.get());
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            choosing = false;
        }
    }

    /** True when the form holds nothing typed, or the user agrees to drop it. */
    public boolean confirmLeaving() {
        EntryForm<?> shown = model.form();
        if (shown == null || !shown.dirtyProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("catalog.discard.text"),
                ButtonType.YES, ButtonType.NO);
        ask.setHeaderText(messages.get("catalog.discard.header", shown.heading()));
        ask.getDialogPane().setId("catalog-discard");
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            ask.initOwner(getScene().getWindow());
        }
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.YES) {
            model.discard();
            return true;
        }
        return false;
    }

    private boolean confirmMerge(Entry kept) {
        EntryForm<?> shown = model.form();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("catalog.merge.text", shown.heading(),
                kept.name()), ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(messages.get("catalog.merge.header", shown.heading(), kept.name()));
        ask.getDialogPane().setId("catalog-merge-confirm");
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            ask.initOwner(getScene().getWindow());
        }
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    private void showForm(EntryForm<?> form, ObservableBooleanValue busy) {
        formBox.getChildren().clear();
        boolean none = form == null;
        save.setVisible(!none);
        delete.setVisible(!none && !form.isNew());
        read.setVisible(!none && !form.isNew() && model.kindProperty().get() == Kind.SOURCE);
        boolean merges = !none && !form.isNew()
                && (model.kindProperty().get() == Kind.ACTOR || model.kindProperty().get() == Kind.PLACE);
        mergeRow.setVisible(merges);
        mergeRow.setManaged(merges);
        mergeTarget.getItems().setAll(model.mergeTargets());
        mergeTarget.setValue(null);
        if (none) {
            Label hint = new Label(messages.get("catalog.choose"));
            hint.setId("catalog-choose");
            hint.getStyleClass().add("editor-hint");
            hint.setWrapText(true);
            formBox.getChildren().add(hint);
            showUses(EventUses.NONE);
            return;
        }
        save.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()).or(bool(busy)));
        delete.disableProperty().bind(bool(busy));
        Label heading = new Label(form.heading());
        heading.setId("catalog-heading");
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true);
        formBox.getChildren().add(heading);
        if (form instanceof SourceForm source && form.isNew()) {
            Label hint = new Label(source.hint());
            hint.setId("catalog-source-hint");
            hint.getStyleClass().add("editor-hint");
            hint.setWrapText(true);
            formBox.getChildren().add(hint);
        }
        TextInputControl first = null;
        for (EntryForm.Field field : form.fields()) {
            Node control = control(field);
            if (first == null && control instanceof TextInputControl t) {
                first = t;
            }
            formBox.getChildren().add(field(form, field, control));
        }
        if (form.isNew() && first != null) {
            TextInputControl focus = first;
            javafx.application.Platform.runLater(focus::requestFocus);
        }
        showUses(model.usesProperty().get());
        keepSelection();
    }

    private Node control(EntryForm.Field field) {
        String id = "catalog-field-" + field.key().replace('_', '-');
        return switch (field.type()) {
            case LINE, DATE -> {
                TextField text = new TextField();
                text.setId(id);
                text.textProperty().bindBidirectional(field.value());
                if (field.type() == EntryForm.Type.DATE) {
                    text.setPromptText(messages.get("editor.date.prompt"));
                }
                yield text;
            }
            case LINES, TEXT -> {
                TextArea area = new TextArea();
                area.setId(id);
                area.setWrapText(field.type() == EntryForm.Type.TEXT);
                area.setPrefRowCount(field.key().equals("text") ? 14 : 3);
                area.textProperty().bindBidirectional(field.value());
                area.setEditable(field.editable());
                yield area;
            }
            case COLOR -> {
                ColorPicker picker = new ColorPicker();
                picker.setId(id);
                picker.setValue(color(field.value().get()));
                picker.valueProperty().addListener((o, was, now) -> field.value().set(hex(now)));
                yield picker;
            }
        };
    }

    private static Color color(String hex) {
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A field: its name, its control, the date as read under a date, and what is wrong with it. */
    private VBox field(EntryForm<?> form, EntryForm.Field field, Node control) {
        Label label = new Label(label(field.key()));
        label.getStyleClass().add("editor-label");
        label.setLabelFor(control);
        VBox box = new VBox(2, label, control);
        if (field.shown() != null) {
            Label shown = new Label();
            shown.setId("catalog-shown-" + field.key());
            shown.getStyleClass().add("editor-date-shown");
            shown.setWrapText(true);
            shown.textProperty().bind(field.shown());
            box.getChildren().add(shown);
        }
        Label error = new Label();
        error.setId("catalog-error-" + field.key().replace('_', '-'));
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(field.error());
        // As in the event editor: a field left as it opened is not scolded until the user types.
        error.visibleProperty().bind(field.error().isNotNull().and(form.dirtyProperty()));
        error.managedProperty().bind(error.visibleProperty());
        box.getChildren().add(error);
        box.getStyleClass().add("editor-field");
        return box;
    }

    private String label(String key) {
        return switch (key) {
            case "name" -> messages.get("catalog.field.name");
            case "aliases" -> messages.get("catalog.field.aliases");
            case "description" -> messages.get("catalog.field.description");
            case "country" -> messages.get("catalog.field.country");
            case "label" -> messages.get("catalog.field.label");
            case "label_en" -> messages.get("catalog.field.label-en");
            case "color" -> messages.get("catalog.field.color");
            case "title" -> messages.get("catalog.field.title");
            case "outlet" -> messages.get("catalog.field.outlet");
            case "author" -> messages.get("catalog.field.author");
            case "published" -> messages.get("catalog.field.published");
            case "language" -> messages.get("catalog.field.language");
            case "url" -> messages.get("catalog.field.url");
            case "note" -> messages.get("catalog.field.note");
            case "text" -> messages.get("catalog.field.text");
            case "body_lines" -> messages.get("catalog.field.body-lines");
            default -> key;
        };
    }

    private void showUses(EventUses uses) {
        EntryForm<?> shown = model.form();
        boolean visible = shown != null && !shown.isNew();
        usesCount.getParent().setVisible(visible);
        usesCount.getParent().setManaged(visible);
        usesList.getItems().setAll(uses.first());
        usesCount.setText(uses.count() == 0 ? messages.get("catalog.uses.none")
                : uses.count() > uses.first().size()
                ? messages.plural("catalog.uses.some", uses.count(), uses.count(), uses.first().size())
                : messages.plural("catalog.uses.all", uses.count(), uses.count()));
    }

    /** An entry of the list: its name, and under it what tells it apart. */
    private static final class EntryCell extends ListCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            // As wide as the list and no wider: a long title ends in "…" rather than under a scroll bar.
            setPrefWidth(0);
            Label name = new Label(entry.name());
            name.getStyleClass().add("catalog-entry-name");
            VBox box = new VBox(1, name);
            if (entry.kind() == Kind.CATEGORY) {
                javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5, color(entry.detail()));
                name.setGraphic(dot);
            } else if (!entry.detail().isBlank()) {
                Label detail = new Label(entry.detail());
                detail.getStyleClass().add("catalog-entry-detail");
                box.getChildren().add(detail);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
