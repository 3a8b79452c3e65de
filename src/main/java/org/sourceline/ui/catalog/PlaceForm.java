package org.sourceline.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import org.sourceline.model.Change;
import org.sourceline.model.Place;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Violation;
import org.sourceline.ui.edit.Edit;

/** A place: its name, the other spellings sources use (one a line), and its country. */
public final class PlaceForm extends EntryForm<Place> {
    private final Predicate<String> idTaken;
    private final StringProperty name;
    private final StringProperty aliases;
    private final StringProperty country;

    /**
     * @param original the place to correct; null for a new one
     * @param idTaken  whether a place id is in use already
     */
    public PlaceForm(Locale locale, Place original, Predicate<String> idTaken) {
        super(locale, original);
        this.idTaken = idTaken;
        name = field("name", Type.LINE, original == null ? "" : original.name());
        aliases = field("aliases", Type.LINES, original == null ? "" : String.join("\n", original.aliases()));
        country = field("country", Type.LINE, original == null ? "" : original.country());
        watch();
    }

    @Override
    protected Place draft(Map<String, String> found) {
        String n = emptyToNull(name.get());
        Rules.required("name", n).ifPresent(v -> report(found, v));
        List<String> others = lines(aliases.get());
        List<Violation> problems = new ArrayList<>();
        Rules.values("aliases", others, problems);
        report(found, problems);
        Rules.optional("country", emptyToNull(country.get())).ifPresent(v -> report(found, v));
        if (n == null) {
            return null;
        }
        String id = original != null ? original.id() : Slug.unique(n, "place", idTaken);
        Place place = new Place(id, n, others, emptyToNull(country.get()));
        report(found, Rules.place(place));
        return place;
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
