package org.sourceline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A change to a store as a value: what a thing was before and what it is after, so that the change can be
 * applied, checked against what the store holds (the store refuses a change whose "before" is not what it holds)
 * and undone by applying its {@link #inverse()}. A null "before" creates; a null "after" deletes.
 */
public sealed interface Change permits Change.OfEvent, Change.OfSource, Change.OfActor, Change.OfPlace,
        Change.OfCategory, Change.OfEra, Change.OfInfo, Change.Several {

    /** The change that undoes this one. */
    Change inverse();

    /** The single changes this one is made of, in the order they are applied. */
    default List<Change> parts() {
        return List.of(this);
    }

    static Change create(Event event) {
        return new OfEvent(null, event);
    }

    static Change delete(Event event) {
        return new OfEvent(event, null);
    }

    static Change edit(Event before, Event after) {
        return new OfEvent(before, after);
    }

    /** An event created, edited or deleted. An edit keeps the event's id. */
    record OfEvent(Event before, Event after) implements Change {
        public OfEvent {
            requireSameThing(before, after, before == null ? null : before.id(), after == null ? null : after.id());
        }

        public String id() {
            return before != null ? before.id() : after.id();
        }

        @Override
        public Change inverse() {
            return new OfEvent(after, before);
        }
    }

    /** A source created, edited (its description or its article's text) or deleted. */
    record OfSource(SourceDocument before, SourceDocument after) implements Change {
        public OfSource {
            requireSameThing(before, after, before == null ? null : before.source().id(),
                    after == null ? null : after.source().id());
        }

        public String id() {
            return before != null ? before.source().id() : after.source().id();
        }

        @Override
        public Change inverse() {
            return new OfSource(after, before);
        }
    }

    record OfActor(Actor before, Actor after) implements Change {
        public OfActor {
            requireSameThing(before, after, before == null ? null : before.id(), after == null ? null : after.id());
        }

        public String id() {
            return before != null ? before.id() : after.id();
        }

        @Override
        public Change inverse() {
            return new OfActor(after, before);
        }
    }

    record OfPlace(Place before, Place after) implements Change {
        public OfPlace {
            requireSameThing(before, after, before == null ? null : before.id(), after == null ? null : after.id());
        }

        public String id() {
            return before != null ? before.id() : after.id();
        }

        @Override
        public Change inverse() {
            return new OfPlace(after, before);
        }
    }

    /** A category created, renamed, recoloured or deleted. */
    record OfCategory(Category before, Category after) implements Change {
        public OfCategory {
            requireSameThing(before, after, before == null ? null : before.id(), after == null ? null : after.id());
        }

        public String id() {
            return before != null ? before.id() : after.id();
        }

        @Override
        public Change inverse() {
            return new OfCategory(after, before);
        }
    }

    /** An era created, changed or deleted. */
    record OfEra(Era before, Era after) implements Change {
        public OfEra {
            requireSameThing(before, after, before == null ? null : before.id(), after == null ? null : after.id());
        }

        public String id() {
            return before != null ? before.id() : after.id();
        }

        @Override
        public Change inverse() {
            return new OfEra(after, before);
        }
    }

    /** The chronology's title and description changed. */
    record OfInfo(TimelineInfo before, TimelineInfo after) implements Change {
        public OfInfo {
            java.util.Objects.requireNonNull(before, "before");
            java.util.Objects.requireNonNull(after, "after");
        }

        @Override
        public Change inverse() {
            return new OfInfo(after, before);
        }
    }

    /** Several changes applied as one, in order (a merge, an import); undone together, in reverse order. */
    record Several(List<Change> changes) implements Change {
        public Several {
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("a change of several parts needs at least one");
            }
        }

        @Override
        public Change inverse() {
            List<Change> undo = new ArrayList<>(changes.size());
            for (int i = changes.size() - 1; i >= 0; i--) {
                undo.add(changes.get(i).inverse());
            }
            return new Several(undo);
        }

        @Override
        public List<Change> parts() {
            List<Change> flat = new ArrayList<>();
            changes.forEach(c -> flat.addAll(c.parts()));
            return flat;
        }
    }

    private static void requireSameThing(Object before, Object after, String beforeId, String afterId) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs something before or after it");
        }
        if (before != null && after != null && !beforeId.equals(afterId)) {
            throw new IllegalArgumentException("a change keeps the id: " + beforeId + " cannot become " + afterId);
        }
    }
}
