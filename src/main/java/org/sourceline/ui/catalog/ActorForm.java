package org.sourceline.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import org.sourceline.model.Actor;
import org.sourceline.model.Change;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Violation;
import org.sourceline.ui.edit.Edit;

/** An actor: its name, the other spellings sources use (one a line), and a description. */
public final class ActorForm extends EntryForm<Actor> {
    private final Predicate<String> idTaken;
    private final StringProperty name;
    private final StringProperty aliases;
    private final StringProperty description;

    /**
     * @param original the actor to correct; null for a new one
     * @param idTaken  whether an actor id is in use already, so that a new actor gets one of its own
     */
    public ActorForm(Locale locale, Actor original, Predicate<String> idTaken) {
        super(locale, original);
        this.idTaken = idTaken;
        name = field("name", Type.LINE, original == null ? "" : original.name());
        aliases = field("aliases", Type.LINES, original == null ? "" : String.join("\n", original.aliases()));
        description = field("description", Type.TEXT, original == null ? "" : original.description());
        watch();
    }

    @Override
    protected Actor draft(Map<String, String> found) {
        String n = emptyToNull(name.get());
        Rules.required("name", n).ifPresent(v -> report(found, v));
        List<String> others = lines(aliases.get());
        List<Violation> problems = new ArrayList<>();
        Rules.values("aliases", others, problems);
        report(found, problems);
        Rules.optional("description", emptyToNull(description.get())).ifPresent(v -> report(found, v));
        if (n == null) {
            return null;
        }
        String id = original != null ? original.id() : Slug.unique(n, "actor", idTaken);
        Actor actor = new Actor(id, n, others, emptyToNull(description.get()));
        report(found, Rules.actor(actor));
        return actor;
    }

    @Override
    protected Change change(Actor before, Actor after) {
        return new Change.OfActor(before, after);
    }

    @Override
    protected String subject(Actor value) {
        return value.name();
    }

    @Override
    protected String idOf(Actor value) {
        return value.id();
    }

    @Override
    public String heading() {
        return original == null ? messages.get("catalog.new.actor") : original.name();
    }

    @Override
    protected Edit.Kind createKind() {
        return Edit.Kind.CREATE_ACTOR;
    }

    @Override
    protected Edit.Kind editKind() {
        return Edit.Kind.EDIT_ACTOR;
    }

    @Override
    protected Edit.Kind deleteKind() {
        return Edit.Kind.DELETE_ACTOR;
    }
}
