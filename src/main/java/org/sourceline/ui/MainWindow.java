package org.sourceline.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sourceline.store.EventRow;

/** The main window's content: the events of the store in date order, and a status line. */
public final class MainWindow extends BorderPane {
    private final EventListViewModel model;

    public MainWindow(Background background, StoreAccess storeAccess, Locale locale) {
        this.model = new EventListViewModel(background, storeAccess, locale);
        getStylesheets().add(MainWindow.class.getResource("sourceline.css").toExternalForm());
        getStyleClass().add("main-window");

        ListView<EventRow> list = new ListView<>(model.events());
        list.setId("event-list");
        list.setAccessibleText(Texts.pick(locale, "Événements par date", "Events by date"));
        list.setCellFactory(v -> new EventCell(locale));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(4, 8, 4, 8));

        setCenter(list);
        setBottom(statusBar);
    }

    public void load() {
        model.load();
    }

    EventListViewModel model() {
        return model;
    }

    private static final class EventCell extends ListCell<EventRow> {
        private final Locale locale;
        private final Label date = new Label();
        private final Label title = new Label();
        private final HBox box = new HBox(12, date, title);

        EventCell(Locale locale) {
            this.locale = locale;
            date.getStyleClass().add("event-date");
            title.getStyleClass().add("event-title");
            date.setMinWidth(380);
            date.setPrefWidth(380);
        }

        @Override
        protected void updateItem(EventRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            date.setText(Texts.date(row.date(), row.displayDate(), locale));
            title.setText(Texts.isFrench(locale) || row.titleEn() == null ? row.title() : row.titleEn());
            setGraphic(box);
            setAccessibleText(date.getText() + " — " + title.getText());
        }
    }
}
