package org.sourceline.ui.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Change;
import org.sourceline.model.Violation;
import org.sourceline.ui.edit.Edit;

/**
 * A source, an actor, a place or a category being written or corrected, field by field, checked as it is typed by
 * the rules an import keeps ({@link org.sourceline.model.Rules}): each field says what is wrong with it, and the
 * thing can be saved only when nothing is. Saving and deleting give the change to apply, named for the Edit menu.
 *
 * @param <T> what is edited
 */
public abstract class EntryForm<T> {
    /** How a field is typed. */
    public enum Type {
        /** One line of text. */
        LINE,
        /** Several lines, one value each (other spellings). */
        LINES,
        /** Free text over several lines (an article). */
        TEXT,
        /** A date as people write it, shown back as read. */
        DATE,
        /** A colour {@code #rrggbb}. */
        COLOR
    }

    /**
     * One field of the form.
     *
     * @param key   its name in the file format, which the rules name too ({@code "label_en"})
     * @param shown    for a date, the date as read (EDTF and its precision in words); what else a field's value
     *                 means, for some; null otherwise
     * @param editable false for a value shown to be read, not changed (the text read from an article's file)
     */
    public record Field(String key, Type type, StringProperty value, ReadOnlyStringProperty error,
                        ReadOnlyStringProperty shown, boolean editable) {
    }

    protected final Locale locale;
    protected final Messages messages;
    /** What is edited as the store holds it; null for a new one. */
    protected final T original;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private boolean watching;

    protected EntryForm(Locale locale, T original) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = Messages.of(locale);
        this.original = original;
    }

    /** Adds a field, filled with the value given. */
    protected final StringProperty field(String key, Type type, String value) {
        return field(key, type, value, null);
    }

    protected final StringProperty field(String key, Type type, String value, ReadOnlyStringProperty shown) {
        return field(key, type, value, shown, true);
    }

    protected final StringProperty field(String key, Type type, String value, ReadOnlyStringProperty shown,
                                         boolean editable) {
        StringProperty property = new SimpleStringProperty(this, key, value == null ? "" : value);
        ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, key + "Error");
        errors.put(key, error);
        fields.add(new Field(key, type, property, error.getReadOnlyProperty(), shown, editable));
        property.addListener(o -> {
            if (watching) {
                dirty.set(true);
                check();
            }
        });
        return property;
    }

    /** Says there is something to save before anything is typed: a form filled from a file. */
    protected final void filledFromElsewhere() {
        dirty.set(true);
    }

    /** Starts checking: called once every field is made and filled. */
    protected final void watch(Observable... more) {
        Arrays.stream(more).forEach(o -> o.addListener(x -> check()));
        watching = true;
        check();
    }

    /** What is edited as typed, or null when it cannot be made; what is wrong goes to {@code found}, by field. */
    protected abstract T draft(Map<String, String> found);

    /** The change from {@code before} (null for none) to {@code after} (null to delete). */
    protected abstract Change change(T before, T after);

    /** What the user knows the thing by: its name or title. */
    protected abstract String subject(T value);

    protected abstract Edit.Kind createKind();

    protected abstract Edit.Kind editKind();

    protected abstract Edit.Kind deleteKind();

    /** The id of what is edited: its own, or the one it will have once created (empty while it has none). */
    public Optional<String> id() {
        if (original != null) {
            return Optional.of(idOf(original));
        }
        return Optional.ofNullable(check()).map(this::idOf);
    }

    protected abstract String idOf(T value);

    /** The heading of the form: what is edited, or that it is new. */
    public abstract String heading();

    private T check() {
        Map<String, String> found = new LinkedHashMap<>();
        T draft = draft(found);
        errors.forEach((key, error) -> error.set(found.get(key)));
        valid.set(draft != null && found.isEmpty());
        return draft;
    }

    /** Says a rule broken at the field it names (a field's list item, "aliases/2", at the list's field). */
    protected final void report(Map<String, String> found, Violation v) {
        String field = v.field().contains("/") ? v.field().substring(0, v.field().indexOf('/')) : v.field();
        found.putIfAbsent(errors.containsKey(field) ? field : fields.get(0).key(), v.message(locale));
    }

    protected final void report(Map<String, String> found, List<Violation> violations) {
        violations.forEach(v -> report(found, v));
    }

    /** The change that saves what was typed, named for the Edit menu; empty while a field is wrong or nothing changed. */
    public Optional<Edit> save() {
        T after = check();
        if (!valid.get() || after == null || after.equals(original)) {
            return Optional.empty();
        }
        return Optional.of(new Edit(original == null ? createKind() : editKind(), subject(after),
                change(original, after)));
    }

    /** The change that deletes what is edited; empty for one not yet created. */
    public Optional<Edit> delete() {
        return original == null ? Optional.empty()
                : Optional.of(new Edit(deleteKind(), subject(original), change(original, null)));
    }

    /** The store refused the change: the rules it names are said at their fields. */
    public void refused(List<Violation> violations) {
        Map<String, String> found = new LinkedHashMap<>();
        report(found, violations);
        found.forEach((key, message) -> errors.get(key).set(message));
        valid.set(false);
    }

    public boolean isNew() {
        return original == null;
    }

    public T original() {
        return original;
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    /** What is wrong with a field, in the interface language; null when nothing is. */
    public String error(String key) {
        ReadOnlyStringWrapper error = errors.get(key);
        if (error == null) {
            throw new IllegalArgumentException("no field " + key);
        }
        return error.get();
    }

    public StringProperty value(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key)).value();
    }

    /** True when every field is right. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once the user changed a field: leaving then asks first. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    protected static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The non-empty lines of a text, each stripped. */
    protected static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
