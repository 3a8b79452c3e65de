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

    /** Why an article file was not read, in the interface's language, naming the file. */
    public static String article(Messages messages, org.sourceline.articles.ArticleException refused) {
        String file = refused.where();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String name = slash >= 0 ? file.substring(slash + 1) : file;
        return switch (refused.reason()) {
            case NOT_FOUND -> messages.get("article.refused.not-found", name);
            case NOT_A_FILE -> messages.get("article.refused.not-a-file", name);
            case UNREADABLE -> messages.get("article.refused.unreadable", name);
            case EMPTY -> messages.get("article.refused.empty", name);
            case TOO_LARGE -> messages.get("article.refused.too-large", name);
            case BINARY -> messages.get("article.refused.binary", name);
            case UNSUPPORTED -> messages.get("article.refused.unsupported", name);
            case BAD_ENCODING -> messages.get("article.refused.bad-encoding", name);
            case NO_ARTICLE -> messages.get("article.refused.no-article", name);
            case NO_TEXT -> messages.get("article.refused.no-text", name);
            case ENCRYPTED -> messages.get("article.refused.encrypted", name);
            case DAMAGED -> messages.get("article.refused.damaged", name);
            case TOO_SLOW -> messages.get("article.refused.too-slow", name);
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
