package org.sourceline.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sourceline.model.Place;
import org.sourceline.model.Change;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;
import org.sourceline.ui.edit.Edit;

/** A place: its name, the other spellings sources use (one a line), and its country. */
public final class PlaceForm extends NamedForm<Place> {
    /**
     * @param original the place to correct; null for a new one
     * @param idTaken  whether a place id is in use already, so that a new place gets one of its own
     */
    public PlaceForm(Locale locale, Place original, Predicate<String> idTaken) {
        super(locale, original, idTaken, "place", original == null ? "" : original.name(),
                original == null ? List.of() : original.aliases(), "country", Type.LINE,
                original == null ? "" : original.country());
    }

    @Override
    protected Place make(String id, String name, List<String> aliases, String extra) {
        return new Place(id, name, aliases, extra);
    }

    @Override
    protected List<Violation> rules(Place value) {
        return Rules.place(value);
    }

    @Override
    protected Change change(Place before, Place after) {
        return new Change.OfPlace(before, after);
    }

    @Override
    protected String subject(Place value) {
        return value.name();
    }

    @Override
    protected String idOf(Place value) {
        return value.id();
    }

    @Override
    public String heading() {
        return original == null ? messages.get("catalog.new.place") : original.name();
    }

    @Override
    protected Edit.Kind createKind() {
        return Edit.Kind.CREATE_PLACE;
    }

    @Override
    protected Edit.Kind editKind() {
        return Edit.Kind.EDIT_PLACE;
    }

    @Override
    protected Edit.Kind deleteKind() {
        return Edit.Kind.DELETE_PLACE;
    }
}
