package org.sourceline.ui.reader;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sourceline.dates.DateFinder;
import org.sourceline.i18n.Messages;
import org.sourceline.ui.reader.SourceReaderViewModel.Candidate;

/**
 * The dated sentences of an article, each a candidate event: its date (what the words say, and how sure) and the
 * sentence that would be quoted. Accepting one opens it in the event editor; rejecting one hides it. Both take it
 * off the list, so that what is left is what is still to decide.
 */
public final class SuggestionsPane extends BorderPane {
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ListView<Candidate> list = new ListView<>(candidates);
    private final Label heading = new Label();
    private final Messages messages;
    private final Locale locale;

    /**
     * @param accept called with a candidate the user turns into an event; false when it could not be opened (the
     *               user went on with another event in the editor): it then stays on the list
     * @param reject called with a candidate the user sets aside
     */
    public SuggestionsPane(Locale locale, String articleTitle, List<Candidate> shown,
                           java.util.function.Predicate<Candidate> accept, Consumer<Candidate> reject) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
        getStyleClass().add("suggestions");
        getStylesheets().addAll(SuggestionsPane.class.getResource("/org/sourceline/ui/edit/editor.css")
                .toExternalForm(), SuggestionsPane.class.getResource("/org/sourceline/ui/panes.css").toExternalForm());
        candidates.setAll(shown);
        heading.setId("suggestions-heading");
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true);
        Label hint = new Label(messages.get("suggestions.hint", articleTitle));
        hint.getStyleClass().add("editor-hint");
        hint.setWrapText(true);
        Label empty = new Label(messages.get("suggestions.none"));
        empty.setWrapText(true);
        list.setId("suggestions-list");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new CandidateCell(accept, reject));
        candidates.addListener((javafx.collections.ListChangeListener<Candidate>) c -> count());
        count();
        VBox top = new VBox(6, heading, hint);
        top.setPadding(new Insets(12, 12, 8, 12));
        setTop(top);
        setCenter(list);
        BorderPane.setMargin(list, new Insets(0, 12, 12, 12));
    }

    private void count() {
        heading.setText(messages.plural("suggestions.heading", candidates.size(), candidates.size()));
    }

    /** The candidates still to decide on, in text order. */
    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    private final class CandidateCell extends ListCell<Candidate> {
        private final Label date = new Label();
        private final Label quote = new Label();
        private final Button yes = new Button(messages.get("suggestions.accept"));
        private final Button no = new Button(messages.get("suggestions.reject"));
        private final VBox box;

        CandidateCell(java.util.function.Predicate<Candidate> accept, Consumer<Candidate> reject) {
            date.getStyleClass().add("suggestion-date");
            date.setWrapText(true);
            quote.getStyleClass().add("suggestion-quote");
            quote.setWrapText(true);
            quote.setMinHeight(Region.USE_PREF_SIZE);
            date.setMinHeight(Region.USE_PREF_SIZE);
            yes.getStyleClass().add("suggestion-accept");
            no.getStyleClass().add("suggestion-reject");
            yes.setOnAction(e -> {
                Candidate c = getItem();
                if (c != null && accept.test(c)) {
                    candidates.remove(c);
                }
            });
            no.setOnAction(e -> decide(reject));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox buttons = new HBox(6, gap, no, yes);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            box = new VBox(4, date, quote, buttons);
            box.setPadding(new Insets(4, 2, 4, 2));
            setPrefWidth(0);
        }

        private void decide(Consumer<Candidate> then) {
            Candidate c = getItem();
            if (c != null) {
                candidates.remove(c);
                then.accept(c);
            }
        }

        @Override
        protected void updateItem(Candidate item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            date.setText(DateFinder.describe(item.date(), locale));
            quote.setText(messages.get("suggestions.quote", item.quote().text()));
            box.maxWidthProperty().bind(list.widthProperty().subtract(36));
            setGraphic(box);
            setAccessibleText(date.getText() + " — " + item.quote().text());
        }
    }
}
