package org.sourceline.ui.edit;

import java.util.Objects;
import org.sourceline.i18n.Messages;
import org.sourceline.model.Change;

/**
 * One step of the window's history: a change to the store, and what it is called in the Edit menu ("supprimer
 * « Salon Milipol Qatar 2022 »"). The history holds values, never the panes they came from.
 *
 * @param kind    what was done
 * @param subject what it was done to, as the user knows it (an event's title, an actor's name, a file's name)
 */
public record Edit(Kind kind, String subject, Change change) {
    public enum Kind {
        CREATE_EVENT, EDIT_EVENT, DUPLICATE_EVENT, DELETE_EVENT, CITE,
        CREATE_SOURCE, EDIT_SOURCE, DELETE_SOURCE,
        CREATE_ACTOR, EDIT_ACTOR, DELETE_ACTOR, MERGE_ACTORS,
        CREATE_PLACE, EDIT_PLACE, DELETE_PLACE, MERGE_PLACES,
        CREATE_CATEGORY, EDIT_CATEGORY, DELETE_CATEGORY,
        IMPORT
    }

    public Edit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(change, "change");
    }

    /** What was done, in the interface language: "supprimer « Salon Milipol Qatar 2022 »". */
    public String describe(Messages messages) {
        return switch (kind) {
            case CREATE_EVENT -> messages.get("edit.kind.create-event", subject);
            case EDIT_EVENT -> messages.get("edit.kind.edit-event", subject);
            case DUPLICATE_EVENT -> messages.get("edit.kind.duplicate-event", subject);
            case DELETE_EVENT -> messages.get("edit.kind.delete-event", subject);
            case CITE -> messages.get("edit.kind.cite", subject);
            case CREATE_SOURCE -> messages.get("edit.kind.create-source", subject);
            case EDIT_SOURCE -> messages.get("edit.kind.edit-source", subject);
            case DELETE_SOURCE -> messages.get("edit.kind.delete-source", subject);
            case CREATE_ACTOR -> messages.get("edit.kind.create-actor", subject);
            case EDIT_ACTOR -> messages.get("edit.kind.edit-actor", subject);
            case DELETE_ACTOR -> messages.get("edit.kind.delete-actor", subject);
            case MERGE_ACTORS -> messages.get("edit.kind.merge-actors", subject);
            case CREATE_PLACE -> messages.get("edit.kind.create-place", subject);
            case EDIT_PLACE -> messages.get("edit.kind.edit-place", subject);
            case DELETE_PLACE -> messages.get("edit.kind.delete-place", subject);
            case MERGE_PLACES -> messages.get("edit.kind.merge-places", subject);
            case CREATE_CATEGORY -> messages.get("edit.kind.create-category", subject);
            case EDIT_CATEGORY -> messages.get("edit.kind.edit-category", subject);
            case DELETE_CATEGORY -> messages.get("edit.kind.delete-category", subject);
            case IMPORT -> messages.get("edit.kind.import", subject);
        };
    }
}
