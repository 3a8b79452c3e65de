package org.sourceline.ui;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.sourceline.i18n.Messages;
import org.sourceline.store.RefusedChangeException;

/** Why the store refused a change, in the interface language; any other failure in its own words. */
public final class Refusals {
    private Refusals() {
    }

    public static String describe(Throwable failure, Messages messages) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (!(cause instanceof RefusedChangeException refusal)) {
            return cause.getMessage();
        }
        String subject = subject(refusal.subject(), messages);
        return switch (refusal.reason()) {
            case CHANGED_SINCE -> messages.get("refused.changed-since", subject);
            case INVALID -> messages.get("refused.invalid", subject, String.join(" ; ",
                    refusal.violations().stream().map(v -> v.message(messages.locale())).toList()));
            case IN_USE -> messages.plural("refused.in-use", refusal.events().size(), subject,
                    refusal.events().size(), listed(refusal.events()));
            case ALREADY_THERE -> messages.get("refused.already-there", subject);
        };
    }

    /** "source src-003" as the interface says it: "la source src-003". */
    static String subject(String subject, Messages messages) {
        int space = subject.indexOf(' ');
        if (space < 0) {
            return subject;
        }
        String id = subject.substring(space + 1);
        return switch (subject.substring(0, space)) {
            case "event" -> messages.get("refused.subject.event", id);
            case "source" -> messages.get("refused.subject.source", id);
            case "actor" -> messages.get("refused.subject.actor", id);
            case "place" -> messages.get("refused.subject.place", id);
            case "category" -> messages.get("refused.subject.category", id);
            default -> subject;
        };
    }

    private static String listed(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", …" : "");
    }
}
