package org.sourceline.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sourceline.model.Actor;
import org.sourceline.model.Change;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;
import org.sourceline.ui.edit.Edit;

/** An actor: its name, the other spellings sources use (one a line), and a description. */
public final class ActorForm extends NamedForm<Actor> {
    /**
     * @param original the actor to correct; null for a new one
     * @param idTaken  whether an actor id is in use already, so that a new actor gets one of its own
     */
    public ActorForm(Locale locale, Actor original, Predicate<String> idTaken) {
        super(locale, original, idTaken, "actor", original == null ? "" : original.name(),
                original == null ? List.of() : original.aliases(), "description", Type.TEXT,
                original == null ? "" : original.description());
    }

    @Override
    protected Actor make(String id, String name, List<String> aliases, String extra) {
        return new Actor(id, name, aliases, extra);
    }

    @Override
    protected List<Violation> rules(Actor value) {
        return Rules.actor(value);
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
