package org.sourceline.ui.detail;

import static org.sourceline.ui.detail.CitationCard.wrapping;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sourceline.i18n.Messages;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.Event;
import org.sourceline.store.CitedPassage;
import org.sourceline.ui.Texts;

/**
 * The selected event in full: title, date and how precisely it is known, summary, who and where, the note on how
 * the sources differ, and every passage that reports it, each one a card that opens the passage in its article.
 */
public final class DetailPane extends VBox {
    private static final String STYLESHEET = "/org/sourceline/ui/panes.css";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final DetailViewModel model;
    private final Consumer<CitedPassage> onOpenCitation;
    private final Locale locale;
    private final Messages messages;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Button edit = new Button();
    private Runnable onEdit = () -> { };

    /**
     * @param onOpenCitation called on the JavaFX thread when the user activates a citation card
     */
    public DetailPane(DetailViewModel model, Consumer<CitedPassage> onOpenCitation) {
        this.model = Objects.requireNonNull(model, "model");
        this.onOpenCitation = Objects.requireNonNull(onOpenCitation, "onOpenCitation");
        this.locale = model.locale();
        this.messages = Messages.of(locale);
        getStyleClass().add("detail-pane");
        setPrefWidth(420);
        setMinWidth(280);

        Label status = new Label();
        status.setId("detail-status");
        status.getStyleClass().add("pane-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.error() != null) {
                return model.error();
            }
            return model.isLoading() ? messages.get("detail.loading") : "";
        }, model.errorProperty(), model.loadingProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.pseudoClassStateChanged(ERROR, model.error() != null);
        model.errorProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(ERROR, now != null));

        content.getStyleClass().add("detail-content");
        content.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("detail-scroll");
        scroll.setAccessibleText(messages.get("detail.accessible"));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        edit.setId("detail-edit");
        edit.setText(messages.get("detail.edit"));
        edit.getStyleClass().add("detail-edit");
        edit.setOnAction(e -> onEdit.run());
        edit.visibleProperty().bind(model.detailsProperty().isNotNull());
        edit.managedProperty().bind(edit.visibleProperty());
        HBox bar = new HBox(edit);
        bar.getStyleClass().add("detail-actions");
        bar.visibleProperty().bind(edit.visibleProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        getChildren().addAll(status, bar, scroll);

        model.detailsProperty().addListener((o, was, now) -> show(now));
        show(model.details());
    }

    /** What the Edit button does: opens the event shown in the editor. */
    public void setOnEdit(Runnable action) {
        onEdit = action == null ? () -> { } : action;
    }

    /** A menu for the event shown, on a right click anywhere in the pane. */
    public void setEventMenu(ContextMenu menu) {
        scroll.setContextMenu(menu);
    }

    public DetailViewModel model() {
        return model;
    }

    @Override
    public String getUserAgentStylesheet() {
        // A stylesheet of the pane's own, below any the window adds, so the window can restyle the pane.
        return DetailPane.class.getResource(STYLESHEET).toExternalForm();
    }

    private void show(EventDetails details) {
        scroll.setVvalue(0);
        if (details == null) {
            Label empty = wrapping(messages.get("detail.placeholder"), "pane-placeholder");
            empty.setId("detail-placeholder");
            content.getChildren().setAll(empty);
            return;
        }
        Event event = details.event();
        EventTitle title = EventTitle.of(event, locale);
        Label shownTitle = wrapping(title.shown(), "detail-title");
        shownTitle.setId("detail-title");
        content.getChildren().setAll(shownTitle);
        if (title.original() != null) {
            Label original = wrapping(title.original(), "detail-title-original");
            original.setId("detail-title-original");
            content.getChildren().add(original);
        }
        Label date = wrapping(Texts.date(event.date(), event.displayDate(), locale) + " — "
                + DatePhrase.precisionPhrase(event.date(), locale), "detail-date");
        date.setId("detail-date");
        content.getChildren().add(date);

        Label summary = wrapping(event.summary(), "detail-summary");
        summary.setId("detail-summary");
        content.getChildren().add(summary);

        content.getChildren().add(field("detail-category", messages.get("detail.category"),
                List.of(details.categoryLabel())));
        if (!details.actorNames().isEmpty()) {
            content.getChildren().add(field("detail-actors", messages.get("detail.actors"),
                    details.actorNames()));
        }
        if (!details.placeNames().isEmpty()) {
            content.getChildren().add(field("detail-places", messages.get("detail.places"),
                    details.placeNames()));
        }
        if (event.note() != null) {
            content.getChildren().add(noteBox(event.note()));
        }

        List<CitedPassage> passages = details.passages();
        Label heading = wrapping(messages.get("detail.citations.heading", passages.size()), "detail-heading");
        heading.setId("detail-citations-heading");
        VBox cards = new VBox();
        cards.getStyleClass().add("citation-list");
        for (int i = 0; i < passages.size(); i++) {
            CitationCard card = new CitationCard(passages.get(i), i + 1, passages.size(), locale, onOpenCitation);
            // Tabbing to a card below the fold must bring it into view, which a scroll pane does not do itself.
            card.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    reveal(card);
                }
            });
            cards.getChildren().add(card);
        }
        content.getChildren().addAll(heading, cards);
    }

    private VBox field(String id, String name, List<String> values) {
        Label key = new Label(name);
        key.getStyleClass().add("detail-field-name");
        Label value = wrapping(String.join(", ", values), "detail-field-value");
        value.setId(id);
        VBox box = new VBox(key, value);
        box.getStyleClass().add("detail-field");
        return box;
    }

    private VBox noteBox(String note) {
        Label heading = wrapping(messages.get("detail.note.heading"), "note-heading");
        Label text = wrapping(note, "note-text");
        text.setId("detail-note");
        VBox box = new VBox(heading, text);
        box.getStyleClass().add("note-box");
        box.setAccessibleText(heading.getText() + ". " + note);
        return box;
    }

    /** Scrolls just enough for {@code node} to be seen whole, or its top when it is taller than the view. */
    private void reveal(Node node) {
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = content.getHeight() - viewport;
        if (inContent == null || scrollable <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            newTop = Math.min(inContent.getMinY(), inContent.getMaxY() - viewport);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / scrollable)));
    }
}
