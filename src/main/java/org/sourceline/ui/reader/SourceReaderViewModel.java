package org.sourceline.ui.reader;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.IndexRange;
import org.sourceline.dates.DateFinder;
import org.sourceline.dates.FoundDate;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Passage;
import org.sourceline.store.SourcePassage;
import org.sourceline.store.SourceText;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

/** The article the reader shows, loaded from the store in the background, and the passage it brings forward. */
public final class SourceReaderViewModel {
    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<SourceText> sourceText = new ReadOnlyObjectWrapper<>(this, "sourceText");
    private final ReadOnlyObjectWrapper<PassageFocus> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper(this, "opened", 0);
    private final ReadOnlyObjectWrapper<IndexRange> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final javafx.beans.property.BooleanProperty datesShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "datesShown", false);
    private final ReadOnlyObjectWrapper<List<FoundDate>> dates = new ReadOnlyObjectWrapper<>(this, "dates", List.of());
    /** Counts requests, so that an answer for an article the user has since left is dropped. */
    private long request;
    /** Where the article's dates are found: by default with the store's work, better on a thread of its own. */
    private Background dateWork;

    public SourceReaderViewModel(Background background, StoreAccess storeAccess, Locale locale) {
        this.background = Objects.requireNonNull(background, "background");
        this.storeAccess = Objects.requireNonNull(storeAccess, "storeAccess");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
        this.dateWork = background;
    }

    /** Finds dates on another thread than the store's, so that a long article never holds up a save. */
    public void setDateWork(Background dateWork) {
        this.dateWork = Objects.requireNonNull(dateWork, "dateWork");
    }

    /** Opens a source's article with the passage [focusStart, focusEnd) brought forward. */
    public void open(String sourceId, int focusStart, int focusEnd) {
        open(sourceId, focusStart, focusEnd, null);
    }

    /**
     * Opens a source's article with the passage [focusStart, focusEnd) brought forward, as cited by the event
     * {@code eventId} (may be null): when several events cite those words, a click on them leads back to it.
     */
    public void open(String sourceId, int focusStart, int focusEnd, String eventId) {
        Objects.requireNonNull(sourceId, "sourceId");
        PassageFocus wanted = new PassageFocus(Math.max(0, focusStart), Math.max(0, focusEnd), eventId);
        long mine = ++request;
        loading.set(true);
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                return store.sourceText(sourceId).orElse(null);
            }
        }, text -> {
            if (mine != request) {
                return;
            }
            loading.set(false);
            if (text == null) {
                sourceText.set(null);
                focus.set(null);
                error.set(messages.get("reader.not-found", sourceId));
                return;
            }
            error.set(null);
            SourceText before = sourceText.get();
            IndexRange selected = selection.get();
            if (before == null || !before.source().id().equals(text.source().id()) || selected == null
                    || selected.getEnd() > text.body().length()) {
                // A selection belongs to the text it was made in.
                selection.set(null);
            }
            focus.set(wanted.within(text.body().length()));
            if (before == null || !before.source().equals(text.source()) || !before.body().equals(text.body())) {
                dates.set(List.of());
                findDates(text);
            }
            sourceText.set(text);
            opened.set(opened.get() + 1);
        }, failure -> {
            if (mine != request) {
                return;
            }
            loading.set(false);
            sourceText.set(null);
            focus.set(null);
            error.set(messages.get("reader.failed", failure.getMessage()));
        });
    }

    /**
     * Reads the article shown again, keeping what is brought forward: after a change to the store, its cited
     * passages may have changed (an event cites it now, or no more).
     */
    public void reload() {
        SourceText shown = sourceText.get();
        PassageFocus current = focus.get();
        if (shown == null) {
            return;
        }
        open(shown.source().id(), current == null ? 0 : current.start(), current == null ? 0 : current.end(),
                current == null ? null : current.eventId());
    }

    /** Finds the article's dates in the background (a long article takes a moment), for the one still shown. */
    private void findDates(SourceText text) {
        dateWork.run(() -> DateFinder.find(text.body(), text.source().published(), languageOf(text)), found -> {
            SourceText shown = sourceText.get();
            if (shown != null && shown.source().id().equals(text.source().id()) && shown.body().equals(text.body())) {
                dates.set(found);
            }
        }, failure -> dates.set(List.of()));
    }

    /** The article's language, for the words of its dates. */
    static Locale languageOf(SourceText text) {
        return Locale.forLanguageTag(text.source().language());
    }

    /** Whether the reader underlines the dates found in the article; the user's choice, kept across articles. */
    public javafx.beans.property.BooleanProperty datesShownProperty() {
        return datesShown;
    }

    /** Every date expression found in the article shown, in text order; empty until they are found. */
    public ReadOnlyObjectProperty<List<FoundDate>> datesProperty() {
        return dates.getReadOnlyProperty();
    }

    /** The date expression that holds the character at {@code charIndex}, if any. */
    public Optional<FoundDate> dateAt(int charIndex) {
        for (FoundDate d : dates.get()) {
            if (d.start() <= charIndex && charIndex < d.end()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Every dated sentence of the article as a candidate event: its first date, and the sentence (within its
     * paragraph) as the quote; in text order, a sentence once.
     */
    public List<Candidate> candidates() {
        SourceText text = sourceText.get();
        if (text == null) {
            return List.of();
        }
        String body = text.body();
        List<Candidate> found = new java.util.ArrayList<>();
        int covered = -1;
        for (FoundDate d : dates.get()) {
            if (d.start() < covered) {
                continue;
            }
            org.sourceline.dates.Sentence sentence = DateFinder.sentenceOf(body, d.start());
            int start = Math.min(sentence.start(), d.start());
            int end = Math.max(sentence.end(), d.end());
            List<Passage> passages = Passage.of(body, start, end);
            Passage quote = passages.stream().filter(p -> p.start() <= d.start() && d.end() <= p.end()).findFirst()
                    .orElse(null);
            covered = end;
            if (quote != null) {
                found.add(new Candidate(quote, d));
            }
        }
        return found;
    }

    /** A sentence of the article that could become an event: the passage to quote and the date it gives. */
    public record Candidate(Passage quote, FoundDate date) {
    }

    /** Shows nothing, and drops any answer still on its way. */
    public void clear() {
        request++;
        dates.set(List.of());
        selection.set(null);
        loading.set(false);
        error.set(null);
        sourceText.set(null);
        focus.set(null);
    }

    /**
     * The cited passage that holds the character at {@code charIndex}: where passages overlap, the focused one,
     * else the shortest, which is the one the reader most likely aimed at.
     */
    public Optional<SourcePassage> passageAt(int charIndex) {
        SourceText text = sourceText.get();
        if (text == null) {
            return Optional.empty();
        }
        return text.passages().stream()
                .filter(p -> p.start() <= charIndex && charIndex < p.end())
                .min(Comparator.comparingInt(this::focusRank).thenComparingInt(p -> p.end() - p.start()));
    }

    /** The cited passage brought forward, when the focus is one. */
    public Optional<SourcePassage> focusedPassage() {
        PassageFocus current = focus.get();
        SourceText text = sourceText.get();
        if (current == null || text == null) {
            return Optional.empty();
        }
        return text.passages().stream()
                .filter(p -> current.sameRange(p.start(), p.end()))
                .min(Comparator.comparingInt(this::focusRank));
    }

    /**
     * Moves the focus to the next (+1) or previous (-1) cited passage in text order: the keyboard's way through an
     * article's citations. Returns the passage now focused, or empty if the article has none.
     */
    public Optional<SourcePassage> stepPassage(int direction) {
        SourceText text = sourceText.get();
        if (text == null || text.passages().isEmpty()) {
            return Optional.empty();
        }
        List<SourcePassage> passages = text.passages();
        SourcePassage current = focusedPassage().orElse(null);
        int index = current == null ? -1 : passages.indexOf(current);
        int next = index < 0 ? (direction > 0 ? 0 : passages.size() - 1)
                : Math.floorMod(index + direction, passages.size());
        focusOn(passages.get(next));
        return Optional.of(passages.get(next));
    }

    /** Brings {@code passage} forward, as when the reader clicks it. */
    public void focusOn(SourcePassage passage) {
        focus.set(new PassageFocus(passage.start(), passage.end(), passage.eventId()));
    }

    private int focusRank(SourcePassage p) {
        PassageFocus current = focus.get();
        if (current == null || !current.sameRange(p.start(), p.end())) {
            return 2;
        }
        return p.eventId().equals(current.eventId()) ? 0 : 1;
    }

    // ---- selection ----------------------------------------------------------------------------------------------

    /** Selects the body's characters between two places, in either order; the same place twice selects nothing. */
    public void select(int anchor, int caret) {
        SourceText text = sourceText.get();
        if (text == null) {
            return;
        }
        int length = text.body().length();
        int a = Math.max(0, Math.min(anchor, length));
        int b = Math.max(0, Math.min(caret, length));
        selection.set(a == b ? null : new IndexRange(Math.min(a, b), Math.max(a, b)));
    }

    public void selectAll() {
        SourceText text = sourceText.get();
        if (text != null) {
            select(0, text.body().length());
        }
    }

    public void clearSelection() {
        selection.set(null);
    }

    /** The characters selected in the body, or null when none are. */
    public ReadOnlyObjectProperty<IndexRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The words selected, as they stand in the body (line breaks included); empty when nothing is selected. */
    public String selectedText() {
        SourceText text = sourceText.get();
        IndexRange range = selection.get();
        return text == null || range == null ? "" : text.body().substring(range.getStart(), range.getEnd());
    }

    /** What the selection quotes: one passage per paragraph it crosses (see {@link Passage#of}). */
    public List<Passage> selectedPassages() {
        SourceText text = sourceText.get();
        IndexRange range = selection.get();
        return text == null || range == null ? List.of()
                : Passage.of(text.body(), range.getStart(), range.getEnd());
    }

    /** The article shown, or null when none is. */
    public ReadOnlyObjectProperty<SourceText> sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    public SourceText sourceText() {
        return sourceText.get();
    }

    /** The stretch brought forward, always within the body; null when nothing is. */
    public ReadOnlyObjectProperty<PassageFocus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public PassageFocus focus() {
        return focus.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** Why the last request failed, in the interface language; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /**
     * How many articles have been opened. It changes after every open, even of the article already shown, which
     * a change of the text alone would not tell: the view scrolls to the focus each time.
     */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }
}
