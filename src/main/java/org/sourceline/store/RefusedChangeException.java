package org.sourceline.store;

import java.util.List;
import org.sourceline.model.Violation;

/**
 * A change the store refused, whole: nothing of it was written. Says why in terms a window can put in its own
 * words: the thing changed since it was read, the new value breaks rules, the thing is still used, or a thing
 * to create is already there.
 */
public final class RefusedChangeException extends StoreException {
    public enum Reason {
        /** What the change says was there before is not what the store holds: someone changed it meanwhile. */
        CHANGED_SINCE,
        /** The new value breaks rules; {@link #violations()} says which. */
        INVALID,
        /** A source, actor or place to delete is still cited or named by events; {@link #events()} lists them. */
        IN_USE,
        /** A thing to create is already in the store under the same id. */
        ALREADY_THERE
    }

    private final Reason reason;
    private final String subject;
    private final List<Violation> violations;
    private final List<String> events;

    /**
     * @param subject what was refused, as "event ID", "source ID"…
     * @param events  for {@link Reason#IN_USE}, the ids of the events that still use it
     */
    public RefusedChangeException(String location, Reason reason, String subject, List<Violation> violations,
                                  List<String> events) {
        super(location + ": " + describe(reason, subject, violations, events));
        this.reason = reason;
        this.subject = subject;
        this.violations = List.copyOf(violations);
        this.events = List.copyOf(events);
    }

    private static String describe(Reason reason, String subject, List<Violation> violations, List<String> events) {
        return switch (reason) {
            case CHANGED_SINCE -> subject + " was changed elsewhere since it was read; nothing was written";
            case INVALID -> subject + " was not written: " + String.join("; ",
                    violations.stream().map(v -> v.field() + ": " + v.message()).toList());
            case IN_USE -> subject + " is still used by " + events.size() + (events.size() == 1 ? " event" : " events")
                    + " (" + String.join(", ", events.subList(0, Math.min(10, events.size())))
                    + (events.size() > 10 ? ", …" : "") + "); nothing was written";
            case ALREADY_THERE -> subject + " is already in the store; nothing was written";
        };
    }

    public Reason reason() {
        return reason;
    }

    /** What was refused: "event ID", "source ID", "actor ID", "place ID". */
    public String subject() {
        return subject;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<String> events() {
        return events;
    }
}
