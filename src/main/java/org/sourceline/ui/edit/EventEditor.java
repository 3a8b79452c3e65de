package org.sourceline.ui.edit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Source;

/**
 * The event editor, in the side pane beside the article: every field with what is wrong with it under it, the date
 * shown back as EDTF with its precision in words, the actors, places and citations as lists to add to and remove
 * from. Save is enabled only when every field is right.
 */
public final class EventEditor extends VBox {
    private static final String STYLESHEET = "/org/sourceline/ui/edit/editor.css";

    private final EventEditorViewModel model;
    private final Messages messages;
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final TextField titleField = new TextField();
    private final Button newSource = new Button();
    private Runnable onNewSource = () -> { };

    /**
     * @param onSave   called with the change to apply when Save is pressed
     * @param onCancel called when the editing is given up
     * @param saving   true while a save is being written: Save waits for it
     */
    public EventEditor(EventEditorViewModel model, Consumer<Edit> onSave, Runnable onCancel,
                       ObservableBooleanValue saving) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Messages.of(model.locale());
        getStyleClass().add("event-editor");
        setId("event-editor");

        Label heading = new Label(switch (model.mode()) {
            case CREATE -> messages.get("editor.heading.create");
            case EDIT -> messages.get("editor.heading.edit");
            case DUPLICATE -> messages.get("editor.heading.duplicate");
        });
        heading.getStyleClass().add("editor-heading");
        Label problem = new Label();
        problem.setId("editor-problem");
        problem.getStyleClass().add("editor-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox form = new VBox();
        form.getStyleClass().add("editor-form");
        titleField.setId("editor-title");
        form.getChildren().addAll(
                field("title", messages.get("editor.field.title"), bound(titleField, model.titleProperty())),
                field("title_en", messages.get("editor.field.title-en"),
                        bound(text("editor-title-en"), model.titleEnProperty())),
                dateField(),
                field("display_date", messages.get("editor.field.display-date"),
                        bound(text("editor-display-date"), model.displayDateProperty())),
                field("category", messages.get("editor.field.category"), categoryField()),
                field("summary", messages.get("editor.field.summary"),
                        bound(area("editor-summary", 4), model.summaryProperty())),
                field("actors", messages.get("editor.field.actors"), namedList("editor-actors", model.actors(),
                        model::addActor, q -> model.actorChoices().stream().map(n -> n.name()).toList())),
                field("places", messages.get("editor.field.places"), namedList("editor-places", model.places(),
                        model::addPlace, q -> model.placeChoices().stream().map(n -> n.name()).toList())),
                field("tags", messages.get("editor.field.tags"), bound(text("editor-tags"), model.tagsProperty())),
                field("note", messages.get("editor.field.note"), bound(area("editor-note", 2), model.noteProperty())),
                field("citations", messages.get("editor.field.citations"), citations()));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("editor-scroll");
        org.sourceline.ui.Scrolling.followFocus(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        save.setId("editor-save");
        save.setText(messages.get("editor.save"));
        save.setDefaultButton(false);
        save.disableProperty().bind(model.validProperty().not().or(Bindings.createBooleanBinding(saving::get,
                saving)).or(model.readyProperty().not()));
        save.setOnAction(e -> model.save().ifPresent(onSave));
        cancel.setId("editor-cancel");
        cancel.setText(messages.get("editor.cancel"));
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> onCancel.run());
        Label validity = new Label();
        validity.getStyleClass().add("editor-validity");
        validity.textProperty().bind(Bindings.when(model.validProperty())
                .then(messages.get("editor.valid")).otherwise(messages.get("editor.invalid")));
        HBox buttons = new HBox(8, save, cancel, validity);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("editor-buttons");
        getChildren().addAll(heading, problem, scroll, buttons);
        // Escape leaves the editor, as the Cancel button does; Ctrl+Enter saves from any field.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onCancel.run();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !save.isDisabled()) {
                e.consume();
                save.fire();
            }
        });
    }

    @Override
    public String getUserAgentStylesheet() {
        return EventEditor.class.getResource(STYLESHEET).toExternalForm();
    }

    public EventEditorViewModel model() {
        return model;
    }

    /** What the "New source…" button offered while the store has no source does. */
    public void setOnNewSource(Runnable action) {
        onNewSource = action == null ? () -> { } : action;
    }

    /** Puts the cursor in the title. */
    public void focusTitle() {
        titleField.requestFocus();
    }

    public Button saveButton() {
        return save;
    }

    private static TextField text(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private static <T extends TextInputControl> T bound(T control, javafx.beans.property.StringProperty value) {
        control.textProperty().bindBidirectional(value);
        return control;
    }

    /** A field: its name, its control, and under it what is wrong with it, at once as it is typed. */
    private VBox field(String key, String name, Node control) {
        Label label = new Label(name);
        label.getStyleClass().add("editor-label");
        label.setLabelFor(control);
        Label error = new Label();
        error.setId("error-" + key.replace('_', '-'));
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty(key));
        // A field left as it opened is not scolded: its error shows once the user has typed, or at Save.
        error.visibleProperty().bind(model.errorProperty(key).isNotNull().and(model.dirtyProperty()));
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(2, label, control, error);
        box.getStyleClass().add("editor-field");
        return box;
    }

    private Node dateField() {
        TextField date = bound(text("editor-date"), model.dateProperty());
        date.setPromptText(messages.get("editor.date.prompt"));
        Label shown = new Label();
        shown.setId("editor-date-shown");
        shown.getStyleClass().add("editor-date-shown");
        shown.setWrapText(true);
        shown.textProperty().bind(model.dateShownProperty());
        shown.visibleProperty().bind(model.dateShownProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        Label from = new Label();
        from.setId("editor-date-from");
        from.getStyleClass().add("editor-hint");
        from.setWrapText(true);
        from.textProperty().bind(Bindings.createStringBinding(() -> model.dateFromProperty().get() == null ? ""
                : messages.get("editor.date.from", model.dateFromProperty().get()), model.dateFromProperty()));
        from.visibleProperty().bind(model.dateFromProperty().isNotNull());
        from.managedProperty().bind(from.visibleProperty());
        return field("date", messages.get("editor.field.date"), new VBox(2, date, shown, from));
    }

    private Node categoryField() {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("editor-category");
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPromptText(messages.get("editor.category.prompt"));
        model.catalogProperty().addListener(o -> combo.getItems().setAll(model.categoryChoices()));
        combo.getItems().setAll(model.categoryChoices());
        combo.getEditor().textProperty().bindBidirectional(model.categoryProperty());
        return combo;
    }

    /**
     * Names chosen from the store or typed new: each one with a button that takes it off, and a field with
     * completion to add one (Enter or the Add button).
     */
    private Node namedList(String id, ObservableList<EventEditorViewModel.Named> chosen, Function<String, Boolean> add,
                           Function<String, List<String>> choices) {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId(id);
        chips.getStyleClass().add("editor-chips");
        Runnable refresh = () -> chips.getChildren().setAll(chosen.stream().map(named -> {
            Label name = new Label(named.isNew() ? named.name() + " " + messages.get("editor.new-mark")
                    : named.name());
            Button remove = new Button("×");
            remove.getStyleClass().add("chip-remove");
            remove.setAccessibleText(messages.get("editor.remove", named.name()));
            remove.setOnAction(e -> chosen.remove(named));
            HBox chip = new HBox(4, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("editor-chip");
            return (Node) chip;
        }).toList());
        chosen.addListener((ListChangeListener<EventEditorViewModel.Named>) c -> refresh.run());
        refresh.run();
        TextField typed = new TextField();
        typed.setId(id + "-add");
        typed.setPromptText(messages.get("editor.add.prompt"));
        TextFields.bindAutoCompletion(typed, request -> {
            String words = request.getUserText().strip().toLowerCase(model.locale());
            return words.isEmpty() ? List.of() : choices.apply(words).stream()
                    .filter(n -> n.toLowerCase(model.locale()).contains(words)).limit(12).toList();
        });
        Button addButton = new Button(messages.get("editor.add"));
        addButton.setId(id + "-add-button");
        Runnable adding = () -> {
            if (add.apply(typed.getText())) {
                typed.clear();
            }
        };
        addButton.setOnAction(e -> adding.run());
        typed.setOnAction(e -> adding.run());
        HBox.setHgrow(typed, Priority.ALWAYS);
        return new VBox(4, chips, new HBox(6, typed, addButton));
    }

    private Node citations() {
        VBox list = new VBox(6);
        list.setId("editor-citations");
        Runnable refresh = () -> list.getChildren().setAll(model.citations().stream().map(c -> {
            Label source = new Label(c.sourceTitle());
            source.getStyleClass().add("editor-citation-source");
            source.setWrapText(true);
            Label quote = new Label(messages.get("detail.citation.quote", c.quote()));
            quote.getStyleClass().add("editor-citation-quote");
            quote.setWrapText(true);
            quote.setMinHeight(Region.USE_PREF_SIZE);
            Button remove = new Button(messages.get("editor.citation.remove"));
            remove.getStyleClass().add("editor-citation-remove");
            remove.setOnAction(e -> model.removeCitation(c));
            VBox card = new VBox(3, source, quote, remove);
            card.getStyleClass().add("editor-citation");
            return (Node) card;
        }).toList());
        model.citations().addListener((ListChangeListener<EventEditorViewModel.Cited>) c -> refresh.run());
        refresh.run();

        ComboBox<Source> sources = new ComboBox<>();
        sources.setId("editor-citation-source");
        sources.setMaxWidth(Double.MAX_VALUE);
        sources.setPromptText(messages.get("editor.citation.source.prompt"));
        sources.setCellFactory(v -> new SourceCell());
        sources.setButtonCell(new SourceCell());
        model.catalogProperty().addListener(o -> sources.getItems().setAll(model.sourceChoices()));
        sources.getItems().setAll(model.sourceChoices());
        sources.valueProperty().bindBidirectional(model.newSourceProperty());
        TextArea quote = area("editor-citation-quote", 2);
        quote.setPromptText(messages.get("editor.citation.quote.prompt"));
        quote.textProperty().bindBidirectional(model.newQuoteProperty());
        Button add = new Button(messages.get("editor.citation.add"));
        add.setId("editor-citation-add");
        add.setOnAction(e -> model.addCitation());
        Label error = new Label();
        error.setId("error-new-quote");
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.textProperty().bind(model.newQuoteErrorProperty());
        error.visibleProperty().bind(model.newQuoteErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        Label noSource = new Label(messages.get("editor.citation.no-source-yet"));
        noSource.setId("editor-no-source");
        noSource.getStyleClass().add("editor-hint");
        noSource.setWrapText(true);
        newSource.setId("editor-new-source");
        newSource.setText(messages.get("editor.citation.new-source"));
        newSource.setOnAction(e -> onNewSource.run());
        VBox noSourceBox = new VBox(4, noSource, newSource);
        noSourceBox.visibleProperty().bind(Bindings.isEmpty(sources.getItems()).and(model.readyProperty()));
        noSourceBox.managedProperty().bind(noSourceBox.visibleProperty());
        VBox adding = new VBox(4, sources, quote, add, error, noSourceBox);
        adding.getStyleClass().add("editor-citation-new");
        return new VBox(8, list, adding);
    }

    /** A source in the choice of sources: its title, and where and when it was published. */
    private static final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source source, boolean empty) {
            super.updateItem(source, empty);
            if (empty || source == null) {
                setText(null);
                return;
            }
            setText(source.title() + (source.outlet() == null ? "" : " — " + source.outlet()) + " ("
                    + source.published() + ")");
        }
    }
}
