package org.sourceline.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sourceline.i18n.Messages;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.Source;
import org.sourceline.store.SourcePassage;
import org.sourceline.store.SourceText;

/**
 * An article as plain text, with the passages events cite marked behind the words: the one the reader was opened
 * on strongly, the others softly. A click on a marked passage leads back to the event that cites it.
 */
public final class SourceReader extends BorderPane {
    private static final String STYLESHEET = "/org/sourceline/ui/panes.css";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** A click this close to a character still counts as on it. */
    private static final double HIT_SLACK = 1.0;

    private final SourceReaderViewModel model;
    private final Consumer<String> onSelectEvent;
    private final Consumer<String> openInBrowser;
    private final Locale locale;
    private final Messages messages;

    private final Label title = wrapping("reader-title");
    private final Label meta = wrapping("reader-meta");
    private final Button openOriginal = new Button();
    private final Label linkStatus = wrapping("reader-link-status");
    private final Label focusCaption = wrapping("reader-focus-caption");
    private final javafx.scene.control.ToggleButton datesToggle = new javafx.scene.control.ToggleButton();
    private final Button suggest = new Button();
    private final javafx.scene.control.Tooltip dateTip = new javafx.scene.control.Tooltip();
    private Consumer<SourceReader> onSuggest = reader -> { };
    private final VBox sourceHeader;
    private final TextFlow text = new TextFlow();
    private final HighlightLayer highlights = new HighlightLayer(text);
    private final StackPane page = new StackPane(highlights, text);
    private final ScrollPane scroll = new ScrollPane(page);
    private final Label placeholder = wrapping("pane-placeholder");
    private boolean revealPending;
    /** Where the selection being made started. */
    private int anchor;

    /**
     * @param onSelectEvent called on the JavaFX thread with an event id when the user clicks a passage it cites
     * @param openInBrowser shows a web page, e.g. {@code getHostServices()::showDocument}; only ever handed
     *                      http and https addresses
     */
    public SourceReader(SourceReaderViewModel model, Consumer<String> onSelectEvent, Consumer<String> openInBrowser) {
        this.model = Objects.requireNonNull(model, "model");
        this.onSelectEvent = Objects.requireNonNull(onSelectEvent, "onSelectEvent");
        this.openInBrowser = Objects.requireNonNull(openInBrowser, "openInBrowser");
        this.locale = model.locale();
        this.messages = Messages.of(locale);
        getStyleClass().add("source-reader");
        setPrefWidth(640);
        setMinWidth(320);

        title.setId("reader-title");
        meta.setId("reader-meta");
        openOriginal.setId("open-original");
        openOriginal.setText(messages.get("reader.open-original"));
        openOriginal.setAccessibleHelp(messages.get("reader.open-original.help"));
        openOriginal.setOnAction(e -> openOriginal());
        openOriginal.setMinWidth(Region.USE_PREF_SIZE);
        linkStatus.setId("reader-link-status");
        HBox.setHgrow(linkStatus, Priority.ALWAYS);
        datesToggle.setId("reader-dates");
        datesToggle.setText(messages.get("reader.dates"));
        datesToggle.setAccessibleHelp(messages.get("reader.dates.help"));
        datesToggle.setTooltip(new javafx.scene.control.Tooltip(messages.get("reader.dates.help")));
        datesToggle.setMinWidth(Region.USE_PREF_SIZE);
        datesToggle.selectedProperty().bindBidirectional(model.datesShownProperty());
        suggest.setId("reader-suggest");
        suggest.setText(messages.get("reader.suggest"));
        suggest.setAccessibleHelp(messages.get("reader.suggest.help"));
        suggest.setTooltip(new javafx.scene.control.Tooltip(messages.get("reader.suggest.help")));
        suggest.setMinWidth(Region.USE_PREF_SIZE);
        suggest.disableProperty().bind(Bindings.createBooleanBinding(() -> model.datesProperty().get().isEmpty(),
                model.datesProperty()));
        suggest.setOnAction(e -> onSuggest.accept(this));
        dateTip.setId("reader-date-tip");
        dateTip.setWrapText(true);
        dateTip.setMaxWidth(420);
        model.datesShownProperty().addListener(o -> showDates());
        model.datesProperty().addListener(o -> showDates());
        HBox linkRow = new HBox(openOriginal, linkStatus);
        HBox toolRow = new HBox(6, datesToggle, suggest);
        toolRow.getStyleClass().add("reader-tool-row");
        toolRow.setAlignment(Pos.CENTER_LEFT);
        linkRow.getStyleClass().add("reader-link-row");
        linkRow.setAlignment(Pos.CENTER_LEFT);
        focusCaption.setId("reader-focus-caption");
        focusCaption.managedProperty().bind(focusCaption.visibleProperty());
        sourceHeader = new VBox(title, meta, linkRow, toolRow, focusCaption);
        sourceHeader.getStyleClass().add("reader-header");

        Label status = wrapping("pane-status");
        status.setId("reader-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.error() != null) {
                return model.error();
            }
            return model.isLoading() ? messages.get("reader.loading") : "";
        }, model.errorProperty(), model.loadingProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.pseudoClassStateChanged(ERROR, model.error() != null);
        model.errorProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(ERROR, now != null));
        setTop(new VBox(status, sourceHeader));

        text.getStyleClass().add("reader-text-flow");
        text.setAccessibleRole(AccessibleRole.TEXT);
        // Selecting: press, drag; Shift+click extends; a double click takes a word, a triple click a paragraph. A
        // click that selects nothing on a cited passage leads to its event.
        page.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        page.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        page.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        text.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        text.addEventHandler(MouseEvent.MOUSE_EXITED, e -> dateTip.hide());
        scroll.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.selectionProperty().addListener((o, was, now) -> highlights.select(now));
        page.getStyleClass().add("reader-page");
        page.setAlignment(Pos.TOP_LEFT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("reader-scroll");

        placeholder.setId("reader-placeholder");
        placeholder.setText(messages.get("reader.placeholder"));
        placeholder.setAlignment(Pos.CENTER);
        BorderPane.setAlignment(placeholder, Pos.CENTER);

        highlights.setOnRebuilt(this::afterHighlights);
        model.sourceTextProperty().addListener((o, was, now) -> showText(now));
        model.focusProperty().addListener((o, was, now) -> showFocus());
        model.openedProperty().addListener((o, was, now) -> {
            revealPending = true;
            highlights.invalidate();
        });
        showText(model.sourceText());
    }

    /** Opens a source's article on the passage [start, end); see {@link SourceReaderViewModel#open}. */
    public void open(String sourceId, int start, int end) {
        model.open(sourceId, start, end);
    }

    /** Opens a source's article on the passage [start, end) as cited by {@code eventId}. */
    public void open(String sourceId, int start, int end, String eventId) {
        model.open(sourceId, start, end, eventId);
    }

    public SourceReaderViewModel model() {
        return model;
    }

    @Override
    public String getUserAgentStylesheet() {
        // A stylesheet of the pane's own, below any the window adds, so the window can restyle the pane.
        return SourceReader.class.getResource(STYLESHEET).toExternalForm();
    }

    private void showText(SourceText sourceText) {
        if (sourceText == null) {
            text.getChildren().clear();
            text.setAccessibleText(null);
            sourceHeader.setVisible(false);
            sourceHeader.setManaged(false);
            setCenter(placeholder);
            return;
        }
        Source source = sourceText.source();
        title.setText(source.title());
        meta.setText(meta(source));
        showLink(source.url());
        sourceHeader.setVisible(true);
        sourceHeader.setManaged(true);

        List<Text> paragraphs = new ArrayList<>();
        for (String piece : paragraphs(sourceText.body())) {
            Text node = new Text(piece);
            node.getStyleClass().add("reader-text");
            paragraphs.add(node);
        }
        text.getChildren().setAll(paragraphs);
        text.setAccessibleText(sourceText.body());
        scroll.setAccessibleText(messages.get("reader.text.accessible", source.title(),
                sourceText.passages().size()));
        setCenter(scroll);
        showFocus();
    }

    private void showFocus() {
        SourceText sourceText = model.sourceText();
        if (sourceText == null) {
            highlights.show(List.of(), null, 0);
            focusCaption.setVisible(false);
            return;
        }
        List<IndexRange> cited = new ArrayList<>();
        for (SourcePassage p : sourceText.passages()) {
            cited.add(new IndexRange(p.start(), p.end()));
        }
        PassageFocus focus = model.focus();
        highlights.show(cited, focus == null ? null : new IndexRange(focus.start(), focus.end()),
                sourceText.body().length());
        Optional<SourcePassage> focused = model.focusedPassage();
        focusCaption.setVisible(focused.isPresent());
        focused.ifPresent(p -> focusCaption.setText(messages.get("reader.focus.caption", p.eventTitle())));
    }

    private void showLink(String url) {
        boolean safe = Links.isSafeWebLink(url);
        openOriginal.setDisable(!safe);
        linkStatus.pseudoClassStateChanged(ERROR, url != null && !safe);
        if (url == null) {
            linkStatus.setText(messages.get("reader.link.none"));
        } else if (!safe) {
            linkStatus.setText(refusal(url));
        } else {
            linkStatus.setText(url);
        }
        openOriginal.setAccessibleText(safe
                ? messages.get("reader.open-original.accessible", openOriginal.getText(), url)
                : openOriginal.getText());
    }

    private String refusal(String url) {
        return messages.get("reader.link.refused", url);
    }

    private void openOriginal() {
        SourceText sourceText = model.sourceText();
        if (sourceText == null) {
            return;
        }
        String url = sourceText.source().url();
        if (Links.isSafeWebLink(url)) {
            openInBrowser.accept(url);
        } else {
            linkStatus.setText(url == null ? "" : refusal(url));
            linkStatus.pseudoClassStateChanged(ERROR, true);
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || model.sourceText() == null) {
            return;
        }
        scroll.requestFocus();
        int at = insertionAt(e);
        if (e.isShiftDown() && model.selectionProperty().get() != null) {
            model.select(anchor, at);
        } else {
            anchor = at;
            model.clearSelection();
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown() && model.sourceText() != null) {
            model.select(anchor, insertionAt(e));
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || model.sourceText() == null) {
            return;
        }
        String body = model.sourceText().body();
        int at = insertionAt(e);
        if (e.getClickCount() == 2) {
            java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(locale);
            words.setText(body);
            int end = words.following(Math.min(at, Math.max(0, body.length() - 1)));
            int start = words.previous();
            anchor = start;
            model.select(start, end == java.text.BreakIterator.DONE ? body.length() : end);
            return;
        }
        if (e.getClickCount() >= 3) {
            int start = body.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            int lineBreak = body.indexOf('\n', at);
            anchor = start;
            model.select(start, lineBreak < 0 ? body.length() : lineBreak);
            return;
        }
        if (e.isStillSincePress() && model.selectionProperty().get() == null) {
            Point2D inText = text.sceneToLocal(e.getSceneX(), e.getSceneY());
            passageUnder(inText.getX(), inText.getY()).ifPresent(p -> {
                model.focusOn(p);
                onSelectEvent.accept(p.eventId());
            });
        }
    }

    /** Where in the body a point of the page falls between two characters. */
    private int insertionAt(MouseEvent e) {
        Point2D inText = text.sceneToLocal(e.getSceneX(), e.getSceneY());
        return Math.max(0, Math.min(text.hitTest(inText).getInsertionIndex(), model.sourceText().body().length()));
    }

    private void keyPressed(KeyEvent e) {
        IndexRange selected = model.selectionProperty().get();
        if (e.isShortcutDown() && e.getCode() == KeyCode.C && selected != null) {
            copy();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            model.selectAll();
            anchor = 0;
            e.consume();
        } else if (e.isShiftDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)
                && model.sourceText() != null) {
            // The keyboard's selection: Shift+arrows a character at a time, with Ctrl a word at a time.
            String body = model.sourceText().body();
            int caret = selected == null ? (anchor = caretStart(selected)) : (anchor == selected.getStart()
                    ? selected.getEnd() : selected.getStart());
            int step = e.getCode() == KeyCode.RIGHT ? 1 : -1;
            if (e.isShortcutDown()) {
                java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(locale);
                words.setText(body);
                int next = step > 0 ? words.following(Math.min(caret, body.length() - 1))
                        : words.preceding(Math.max(1, caret));
                caret = next == java.text.BreakIterator.DONE ? (step > 0 ? body.length() : 0) : next;
            } else {
                caret = Math.max(0, Math.min(body.length(), caret + step));
            }
            model.select(anchor, caret);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && selected != null) {
            model.clearSelection();
            e.consume();
        }
    }

    /** Where a keyboard selection starts when there is none: at the passage brought forward, else the top. */
    private int caretStart(IndexRange selected) {
        PassageFocus focus = model.focus();
        return selected != null ? selected.getStart() : focus != null ? focus.start() : 0;
    }

    /** Copies the words selected, as they stand in the article. */
    public void copy() {
        String selected = model.selectedText();
        if (!selected.isEmpty()) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(selected);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Called when the user asks for the article's dated sentences as candidate events. */
    public void setOnSuggest(Consumer<SourceReader> onSuggest) {
        this.onSuggest = Objects.requireNonNull(onSuggest, "onSuggest");
    }

    /** Underlines the dates found, when the user wants them. */
    private void showDates() {
        List<IndexRange> ranges = new ArrayList<>();
        if (model.datesShownProperty().get()) {
            model.datesProperty().get().forEach(d -> ranges.add(new IndexRange(d.start(), d.end())));
        }
        highlights.dates(ranges);
        if (ranges.isEmpty()) {
            dateTip.hide();
        }
    }

    /** What a date under the pointer means, while dates are underlined; null when the pointer is on none. */
    public javafx.scene.control.Tooltip dateTip() {
        return dateTip;
    }

    /** A menu on a right click in the text: what can be done with the selection. */
    public void setTextMenu(javafx.scene.control.ContextMenu menu) {
        scroll.setContextMenu(menu);
    }

    private void moved(MouseEvent e) {
        text.setCursor(passageUnder(e.getX(), e.getY()).isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        Optional<org.sourceline.dates.FoundDate> date = Optional.empty();
        if (model.datesShownProperty().get()) {
            OptionalInt index = charAt(e.getX(), e.getY());
            date = index.isPresent() ? model.dateAt(index.getAsInt()) : Optional.empty();
        }
        if (date.isEmpty()) {
            dateTip.hide();
            return;
        }
        String meaning = org.sourceline.dates.DateFinder.describe(date.get(), locale);
        if (!meaning.equals(dateTip.getText()) || !dateTip.isShowing()) {
            dateTip.setText(meaning);
            dateTip.show(text, e.getScreenX() + 12, e.getScreenY() + 18);
        }
    }

    private Optional<SourcePassage> passageUnder(double x, double y) {
        OptionalInt index = charAt(x, y);
        return index.isPresent() ? model.passageAt(index.getAsInt()) : Optional.empty();
    }

    /**
     * The character under a point of the flow. {@code hitTest} answers the nearest character even for a point in
     * the margin or past the end of a line, so the answer is kept only if the point lies on that character.
     */
    private OptionalInt charAt(double x, double y) {
        SourceText sourceText = model.sourceText();
        if (sourceText == null) {
            return OptionalInt.empty();
        }
        HitInfo hit = text.hitTest(new Point2D(x, y));
        int index = hit.getCharIndex();
        if (index < 0 || index >= sourceText.body().length()) {
            return OptionalInt.empty();
        }
        Bounds box = boundsOf(text.rangeShape(index, index + 1));
        boolean on = box != null
                && x >= box.getMinX() - HIT_SLACK && x <= box.getMaxX() + HIT_SLACK
                && y >= box.getMinY() - HIT_SLACK && y <= box.getMaxY() + HIT_SLACK;
        return on ? OptionalInt.of(index) : OptionalInt.empty();
    }

    /** The box around the corners of a range shape (made of moves and lines), or null when it has none. */
    static Bounds boundsOf(PathElement[] shape) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathElement element : shape) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                x = move.getX();
                y = move.getY();
            } else if (element instanceof LineTo line) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** After an open, scrolls once the marks stand where the text finally is. */
    private void afterHighlights() {
        if (revealPending && text.getWidth() > 1 && scroll.getViewportBounds().getHeight() > 0) {
            revealPending = false;
            // Later, not now: changing the scroll position in the middle of a layout pass would be undone by it.
            Platform.runLater(this::revealFocus);
        }
    }

    private void revealFocus() {
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = page.getHeight() - viewport;
        Path focused = highlights.focusedPath();
        if (scrollable <= 0 || focused == null || focused.getScene() == null) {
            scroll.setVvalue(0);
            return;
        }
        Bounds mark = page.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        // A short passage sits a quarter down the view, with some of what leads to it above; a long one starts
        // at the top.
        double above = Math.max(0, Math.min(viewport / 4, (viewport - mark.getHeight()) / 2));
        scroll.setVvalue(Math.max(0, Math.min(1, (mark.getMinY() - above) / scrollable)));
    }

    private String meta(Source source) {
        List<String> parts = new ArrayList<>();
        if (source.outlet() != null) {
            parts.add(source.outlet());
        }
        if (source.author() != null) {
            parts.add(source.author());
        }
        parts.add(DatePhrase.formatWithPrecision(source.published(), locale));
        return String.join(" · ", parts);
    }

    /**
     * The body cut after each paragraph break ("\n\n"), breaks kept, so that the pieces put end to end give back
     * the body exactly and the flow's character offsets are the store's offsets.
     */
    static List<String> paragraphs(String body) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        int breakAt;
        while ((breakAt = body.indexOf("\n\n", from)) >= 0) {
            int end = breakAt + 2;
            while (end < body.length() && body.charAt(end) == '\n') {
                end++;
            }
            pieces.add(body.substring(from, end));
            from = end;
        }
        if (from < body.length()) {
            pieces.add(body.substring(from));
        }
        return pieces;
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
