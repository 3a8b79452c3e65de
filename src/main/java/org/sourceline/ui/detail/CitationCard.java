package org.sourceline.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sourceline.i18n.Messages;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.Source;
import org.sourceline.store.CitedPassage;

/**
 * One cited passage, as a card that opens the passage in its article. It acts as a button (click, Enter, Space,
 * the screen reader's "press") but lays out as a box, because a Button's graphic is sized without regard to the
 * width it is given, which defeats wrapping a long quote in a narrow pane.
 */
final class CitationCard extends VBox {
    private final CitedPassage passage;
    private final Consumer<CitedPassage> onOpen;

    CitationCard(CitedPassage passage, int number, int count, Locale locale, Consumer<CitedPassage> onOpen) {
        this.passage = passage;
        this.onOpen = onOpen;
        getStyleClass().add("citation-card");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);

        Messages messages = Messages.of(locale);
        Source source = passage.source();
        Label title = wrapping(source.title(), "citation-source-title");
        String metaText = passage.page() > 0 ? meta(source, locale) + " · " + messages.get("detail.citation.page",
                passage.page()) : meta(source, locale);
        Label meta = wrapping(metaText, "citation-meta");
        Label quote = wrapping(messages.get("detail.citation.quote", passage.citation().quote().strip()),
                "citation-quote");
        Label action = new Label(messages.get("detail.citation.read"));
        action.getStyleClass().add("citation-action");
        getChildren().addAll(title, meta, quote, action);

        setAccessibleText(messages.get("detail.citation.accessible", number, count) + ". " + source.title() + ". "
                + metaText + ". " + quote.getText());
        setAccessibleHelp(messages.get("detail.citation.help"));

        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                fire();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                // Consumed, or the scroll pane around the card would also page down on Space.
                e.consume();
                fire();
            }
        });
    }

    CitedPassage passage() {
        return passage;
    }

    void fire() {
        onOpen.accept(passage);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    /** Outlet, author and publication date, leaving out what the source does not say. */
    static String meta(Source source, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (source.outlet() != null) {
            parts.add(source.outlet());
        }
        if (source.author() != null) {
            parts.add(source.author());
        }
        parts.add(DatePhrase.formatWithPrecision(source.published(), locale));
        // Notes name sources by id ("src-001 dit …"): the card shows it so that they can be matched.
        parts.add(source.id());
        return String.join(" · ", parts);
    }

    static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // Without it a wrapped label squeezed by its box shows "…" instead of growing taller.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
