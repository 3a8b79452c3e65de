package org.sourceline.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place the rules of the data are checked: the readers of every file format, the editor and the store's
 * write path all ask here, so that what one accepts the others accept, with the same message. Each check names the
 * field at fault with the key the file format gives it.
 */
public final class Rules {
    private static final Pattern ID = Ids.ID;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private Rules() {
    }

    /** What an event's references are checked against: the sources, actors and places it may name. */
    public interface References {
        boolean hasActor(String id);

        boolean hasPlace(String id);

        boolean hasCategory(String id);

        /** The article of a source, or null when there is no such source. */
        Article article(String sourceId);
    }

    /**
     * An event checked whole.
     *
     * @param quoteStarts where each citation's quote starts in its source's body, in citation order; -1 for a
     *                    quote that is not there
     */
    public record EventCheck(List<Violation> violations, int[] quoteStarts) {
        public EventCheck {
            violations = List.copyOf(violations);
        }

        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** A quote looked up in its article: where it starts, or why it is not there. */
    public record QuoteCheck(int start, Optional<Violation> violation) {
    }

    /** Longest text accepted per field: a label has to fit on a timeline, an id in a URL. */
    public static int maxLength(String field) {
        return switch (field) {
            case "id", "source", "category", "language", "file", "format", "color", "tags" -> 200;
            case "title", "title_en", "name", "aliases", "display_date", "outlet", "author", "country", "label",
                 "label_en" -> 500;
            case "url" -> 2000;
            default -> 20_000;
        };
    }

    /**
     * A text given for a field: not longer than the field allows, not blank, with no control character, and made of
     * whole characters (see {@link #characters}).
     */
    public static Optional<Violation> text(String field, String value) {
        int max = maxLength(field);
        if (value.length() > max) {
            return Optional.of(Violation.of(field, Rule.TOO_LONG, field, value.length(), max));
        }
        if (value.isBlank()) {
            return Optional.of(Violation.of(field, Rule.EMPTY, field));
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isISOControl(ch) && ch != '\n' && ch != '\t') {
                return Optional.of(Violation.at(field, i, Rule.CONTROL_CHARACTER, field, hex(ch)));
            }
            if (Character.isSurrogate(ch)) {
                if (!isPairAt(value, i)) {
                    return Optional.of(Violation.at(field, i, Rule.LONE_SURROGATE, field, hex(ch)));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /**
     * A text made of whole characters: no half of a UTF-16 surrogate pair without its other half. A JSON escape can
     * write one (backslash, {@code ud800}) and Java strings can hold one, but it is no character: UTF-8 cannot
     * encode it, so a file would store a "?" instead. Every text field is checked by {@link #text}; this is for
     * texts read before they are made into a field's value (the HTML of another format, an article's text).
     */
    public static Optional<Violation> characters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                if (!isPairAt(value, i)) {
                    return Optional.of(Violation.at(field, i, Rule.LONE_SURROGATE, field, hex(value.charAt(i))));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** Whether a high surrogate at {@code i} is followed by its low half. */
    private static boolean isPairAt(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    private static String hex(char ch) {
        return String.format("%04X", (int) ch);
    }

    /** A text that must be given: null counts as empty. */
    public static Optional<Violation> required(String field, String value) {
        return value == null ? Optional.of(Violation.of(field, Rule.EMPTY, field)) : text(field, value);
    }

    /** A text that may be left out (null); given, it follows {@link #text}. */
    public static Optional<Violation> optional(String field, String value) {
        return value == null ? Optional.empty() : text(field, value);
    }

    /** An id: lowercase letters, digits and dashes, starting with a letter or digit. */
    public static Optional<Violation> id(String field, String value) {
        Optional<Violation> text = required(field, value);
        if (text.isPresent()) {
            return text;
        }
        return ID.matcher(value).matches() ? Optional.empty() : Optional.of(Violation.of(field, Rule.BAD_ID, field, value));
    }

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** A language tag such as "fr" or "en-GB". */
    public static Optional<Violation> language(String field, String value) {
        Optional<Violation> text = required(field, value);
        if (text.isPresent()) {
            return text;
        }
        return LANGUAGE.matcher(value).matches() ? Optional.empty()
                : Optional.of(Violation.of(field, Rule.BAD_LANGUAGE, field));
    }

    /** A web address: only http and https links are ever opened. */
    public static Optional<Violation> url(String field, String value) {
        Optional<Violation> text = optional(field, value);
        if (text.isPresent() || value == null) {
            return text;
        }
        return value.startsWith("http://") || value.startsWith("https://") ? Optional.empty()
                : Optional.of(Violation.of(field, Rule.BAD_URL, field));
    }

    /** A colour written {@code #rrggbb}. */
    public static Optional<Violation> color(String field, String value) {
        Optional<Violation> text = optional(field, value);
        if (text.isPresent() || value == null) {
            return text;
        }
        return Era.isColor(value) ? Optional.empty() : Optional.of(Violation.of(field, Rule.BAD_COLOR, field, value));
    }

    /**
     * An EDTF date as text, within the {@link SupportedYears}; the violation points at the character where reading
     * failed, or at the part of the date that lies outside those years.
     */
    public static Optional<Violation> date(String field, String value) {
        Optional<Violation> text = required(field, value);
        if (text.isPresent()) {
            return text;
        }
        EdtfDate date;
        try {
            date = EdtfDate.parse(value);
        } catch (EdtfException e) {
            return Optional.of(Violation.at(field, e.index(), Rule.BAD_DATE, field, value, e.getMessage()));
        }
        if (SupportedYears.contains(date)) {
            return Optional.empty();
        }
        // The part outside: the start, unless only the end is.
        EdtfPoint start = date.startPoint();
        boolean startOutside = start != null && !SupportedYears.contains(EdtfDate.single(start));
        int at;
        if (date.isOneOfRange()) {
            at = startOutside ? 1 : value.indexOf("..") + 2;
        } else if (date.isInterval()) {
            at = startOutside ? 0 : value.indexOf('/') + 1;
        } else {
            at = 0;
        }
        return Optional.of(Violation.at(field, at, Rule.DATE_OUT_OF_RANGE, field, value, SupportedYears.first(),
                SupportedYears.last(), 1L - SupportedYears.FIRST, SupportedYears.LAST));
    }

    /**
     * Looks a quote up in its article's body, verbatim. When it is not there, says why, as precisely as can be
     * told: in the page but outside the body, or different only by typography, or not there at all.
     */
    public static QuoteCheck quote(String field, String quote, String sourceId, Article article) {
        if (quote.indexOf('\n') >= 0) {
            return new QuoteCheck(-1, Optional.of(Violation.of(field, Rule.QUOTE_LINE_BREAK)));
        }
        int start = article.body().indexOf(quote);
        if (start >= 0) {
            return new QuoteCheck(start, Optional.empty());
        }
        Rule why;
        if (article.rawText().contains(quote)) {
            why = Rule.QUOTE_OUTSIDE_BODY;
        } else if (normalize(article.body()).contains(normalize(quote))) {
            why = Rule.QUOTE_NOT_VERBATIM;
        } else {
            why = Rule.QUOTE_NOT_FOUND;
        }
        return new QuoteCheck(-1, Optional.of(Violation.of(field, why, sourceId)));
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** Every rule of an event, its references and its quotes included. */
    public static EventCheck event(Event e, References refs) {
        List<Violation> found = new ArrayList<>();
        id("id", e.id()).ifPresent(found::add);
        required("title", e.title()).ifPresent(found::add);
        optional("title_en", e.titleEn()).ifPresent(found::add);
        required("summary", e.summary()).ifPresent(found::add);
        date("date", e.date().toString()).ifPresent(found::add);
        optional("display_date", e.displayDate()).ifPresent(found::add);
        Optional<Violation> category = id("category", e.category());
        if (category.isPresent()) {
            found.add(category.get());
        } else if (!refs.hasCategory(e.category())) {
            found.add(Violation.of("category", Rule.UNKNOWN_REFERENCE, "category", e.category()));
        }
        references("actors", "actor", e.actors(), refs::hasActor, found);
        references("places", "place", e.places(), refs::hasPlace, found);
        values("tags", e.tags(), found);
        optional("note", e.note()).ifPresent(found::add);
        int[] starts = citations(e.citations(), refs, found);
        return new EventCheck(found, starts);
    }

    /**
     * An event's citations: at least one; each of a known source, with a quote that stands verbatim in the body
     * of its article, on one line, and not cited twice.
     *
     * @return where each quote starts in its source's body, -1 where it is not
     */
    public static int[] citations(List<Citation> citations, References refs, List<Violation> found) {
        int[] starts = new int[citations.size()];
        if (citations.isEmpty()) {
            found.add(Violation.of("citations", Rule.NO_CITATION));
        }
        Set<String> cited = new HashSet<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String at = "citations/" + i;
            starts[i] = -1;
            Optional<Violation> quoteText = required(at + "/quote", c.quote());
            if (quoteText.isPresent()) {
                found.add(quoteText.get());
                continue;
            }
            Article article = refs.article(c.sourceId());
            if (article == null) {
                found.add(Violation.of(at + "/source", Rule.UNKNOWN_REFERENCE, "source", c.sourceId()));
                continue;
            }
            if (c.quote().indexOf('\n') < 0 && !cited.add(c.sourceId() + "\u0000" + c.quote())) {
                found.add(Violation.of(at, Rule.QUOTE_CITED_TWICE, c.sourceId()));
                continue;
            }
            QuoteCheck check = quote(at + "/quote", c.quote(), c.sourceId(), article);
            check.violation().ifPresent(found::add);
            starts[i] = check.start();
        }
        return starts;
    }

    private static void references(String field, String kind, List<String> ids,
                                   java.util.function.Predicate<String> known, List<Violation> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.test(id)) {
                found.add(Violation.of(field + "/" + i, Rule.UNKNOWN_REFERENCE, kind, id));
            } else if (!seen.add(id)) {
                found.add(Violation.of(field + "/" + i, Rule.LISTED_TWICE, kind, id));
            }
        }
    }

    /** A list of free texts (tags, aliases): each a text the field accepts, none twice. */
    public static void values(String field, List<String> values, List<Violation> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            Optional<Violation> text = required(field, value);
            if (text.isPresent()) {
                found.add(text.get().in(field + "/" + i));
            } else if (!seen.add(value)) {
                found.add(Violation.of(field + "/" + i, Rule.VALUE_TWICE, field, value));
            }
        }
    }

    /** Every rule of a source's description; its article is checked by whoever cuts it. */
    public static List<Violation> source(Source s) {
        List<Violation> found = new ArrayList<>();
        id("id", s.id()).ifPresent(found::add);
        required("file", s.file()).ifPresent(found::add);
        required("title", s.title()).ifPresent(found::add);
        optional("outlet", s.outlet()).ifPresent(found::add);
        optional("author", s.author()).ifPresent(found::add);
        date("published", s.published().toString()).ifPresent(found::add);
        language("language", s.language()).ifPresent(found::add);
        url("url", s.url()).ifPresent(found::add);
        optional("note", s.note()).ifPresent(found::add);
        return found;
    }

    public static List<Violation> actor(Actor a) {
        List<Violation> found = new ArrayList<>();
        id("id", a.id()).ifPresent(found::add);
        required("name", a.name()).ifPresent(found::add);
        values("aliases", a.aliases(), found);
        optional("description", a.description()).ifPresent(found::add);
        return found;
    }

    public static List<Violation> place(Place p) {
        List<Violation> found = new ArrayList<>();
        id("id", p.id()).ifPresent(found::add);
        required("name", p.name()).ifPresent(found::add);
        values("aliases", p.aliases(), found);
        optional("country", p.country()).ifPresent(found::add);
        return found;
    }

    public static List<Violation> category(Category category) {
        List<Violation> found = new ArrayList<>();
        id("id", category.id()).ifPresent(found::add);
        required("label", category.label()).ifPresent(found::add);
        optional("label_en", category.labelEn()).ifPresent(found::add);
        color("color", category.color()).ifPresent(found::add);
        return found;
    }

    public static List<Violation> era(Era e) {
        List<Violation> found = new ArrayList<>();
        id("id", e.id()).ifPresent(found::add);
        required("label", e.label()).ifPresent(found::add);
        date("date", e.date().toString()).ifPresent(found::add);
        if (e.category() != null) {
            id("category", e.category()).ifPresent(found::add);
        }
        color("color", e.color()).ifPresent(found::add);
        return found;
    }
}
