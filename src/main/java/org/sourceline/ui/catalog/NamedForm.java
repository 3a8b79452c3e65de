package org.sourceline.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Violation;

/**
 * Something known by a name and the other spellings sources use (an actor, a place), with one more field of its
 * own: checked, made and named the same way.
 *
 * @param <T> what is edited
 */
abstract class NamedForm<T> extends EntryForm<T> {
    private final Predicate<String> idTaken;
    private final String fallback;
    private final String extraKey;
    private final StringProperty name;
    private final StringProperty aliases;
    private final StringProperty extra;

    /**
     * @param idTaken  whether an id of this kind is in use already, so that a new one gets one of its own
     * @param fallback the id's start when the name gives none ("actor", "place")
     * @param extraKey the other field's name in the file format ("description", "country")
     */
    NamedForm(Locale locale, T original, Predicate<String> idTaken, String fallback, String name,
              List<String> aliases, String extraKey, Type extraType, String extra) {
        super(locale, original);
        this.idTaken = idTaken;
        this.fallback = fallback;
        this.extraKey = extraKey;
        this.name = field("name", Type.LINE, name);
        this.aliases = field("aliases", Type.LINES, String.join("\n", aliases));
        this.extra = field(extraKey, extraType, extra);
        watch();
    }

    /** The thing as typed; {@code extra} is null when left empty. */
    protected abstract T make(String id, String name, List<String> aliases, String extra);

    /** Every rule of the thing, as an import checks it. */
    protected abstract List<Violation> rules(T value);

    @Override
    protected final T draft(Map<String, String> found) {
        String n = emptyToNull(name.get());
        Rules.required("name", n).ifPresent(v -> report(found, v));
        List<String> others = lines(aliases.get());
        List<Violation> problems = new ArrayList<>();
        Rules.values("aliases", others, problems);
        report(found, problems);
        String more = emptyToNull(extra.get());
        Rules.optional(extraKey, more).ifPresent(v -> report(found, v));
        if (n == null) {
            return null;
        }
        String id = original != null ? idOf(original) : Slug.unique(n, fallback, idTaken);
        T made = make(id, n, others, more);
        report(found, rules(made));
        return made;
    }
}
