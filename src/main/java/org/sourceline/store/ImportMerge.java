package org.sourceline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.TimelineInfo;

/**
 * What an import does with a thing the store holds already under the same id: the same thing, described again.
 * What the file leaves out keeps the store's value; what the file says otherwise keeps the store's value too and is
 * reported, unless the import was asked to update, when the file's value is taken. An event is compared whole: the
 * same content is unchanged, other content is reported with both versions, or taken with an update.
 *
 * <p>Pure: the same store value, file value and choice give the same outcome, whichever store asks.
 */
public final class ImportMerge {
    private ImportMerge() {
    }

    public enum Kind {
        /** Nothing changes: the file says what the store holds. */
        UNCHANGED,
        /** The store takes {@link Outcome#value()}: the file said more, or other things with an update asked. */
        UPDATED,
        /** The file says other things; the store keeps what it holds and the differences are reported. */
        KEPT
    }

    /** One field on which the store and the file disagree. */
    public record Difference(String field, String stored, String file) {
        @Override
        public String toString() {
            return field + ": " + shown(stored) + " in the store, " + shown(file) + " in the file";
        }

        private static String shown(String value) {
            if (value == null) {
                return "nothing";
            }
            String one = value.replace('\n', ' ');
            return "\u201c" + (one.length() > 80 ? one.substring(0, 79) + "\u2026" : one) + "\u201d";
        }
    }

    /**
     * @param value       what the store is to hold: its own value when unchanged or kept
     * @param differences the fields on which the file said otherwise
     */
    public record Outcome<T>(Kind kind, T value, List<Difference> differences) {
        public Outcome {
            differences = List.copyOf(differences);
        }
    }

    public static Outcome<Actor> actor(Actor stored, Actor file, boolean update) {
        return merge(stored, file, update, (s, f, d) -> new Actor(s.id(), d.given("name", s.name(), f.name()),
                d.optionalList("aliases", s.aliases(), f.aliases()),
                d.optional("description", s.description(), f.description())));
    }

    public static Outcome<Place> place(Place stored, Place file, boolean update) {
        return merge(stored, file, update, (s, f, d) -> new Place(s.id(), d.given("name", s.name(), f.name()),
                d.optionalList("aliases", s.aliases(), f.aliases()),
                d.optional("country", s.country(), f.country())));
    }

    public static Outcome<Category> category(Category stored, Category file, boolean update) {
        return merge(stored, file, update, (s, f, d) -> new Category(s.id(), d.given("label", s.label(), f.label()),
                d.optional("label_en", s.labelEn(), f.labelEn()),
                // #2F6DB5 and #2f6db5 are the same colour.
                s.color().equalsIgnoreCase(f.color()) ? s.color() : d.given("color", s.color(), f.color())));
    }

    public static Outcome<Era> era(Era stored, Era file, boolean update) {
        return merge(stored, file, update, (s, f, d) -> new Era(s.id(), d.given("label", s.label(), f.label()),
                d.given("date", s.date(), f.date()), d.optional("category", s.category(), f.category()),
                d.optional("color", s.color(), f.color())));
    }

    /** The chronology's title and description: what the file leaves out keeps the store's. */
    public static Outcome<TimelineInfo> info(TimelineInfo stored, TimelineInfo file, boolean update) {
        return merge(stored, file, update, (s, f, d) -> new TimelineInfo(d.optional("title", s.title(), f.title()),
                d.optional("description", s.description(), f.description())));
    }

    /** The text of a source: the page as read and the lines of it that are the article's body. */
    private record Text(List<LineRange> bodyLines, Article article) {
        @Override
        public String toString() {
            String body = article.body();
            return body.length() + " characters: " + body.substring(0, Math.min(60, body.length()));
        }
    }

    /** A source and its article: the text read is compared too, the body and the page it was cut from. */
    public static Outcome<SourceDocument> source(SourceDocument stored, SourceDocument file, boolean update) {
        return merge(stored, file, update, (sd, fd, d) -> {
            Source s = sd.source();
            Source f = fd.source();
            Text text = d.given("text", new Text(s.bodyLines(), sd.article()), new Text(f.bodyLines(), fd.article()));
            Source merged = new Source(s.id(), d.given("file", s.file(), f.file()),
                    d.given("title", s.title(), f.title()), d.optional("outlet", s.outlet(), f.outlet()),
                    d.optional("author", s.author(), f.author()), d.given("published", s.published(), f.published()),
                    d.given("language", s.language(), f.language()), d.optional("url", s.url(), f.url()),
                    text.bodyLines(), d.optional("note", s.note(), f.note()));
            // A file the import does not give keeps the store's; one the store lacks is taken.
            Original original = d.optional("original", sd.original(), fd.original());
            return new SourceDocument(merged, text.article(), original);
        });
    }

    /** An event is the same only whole; with an update the file's replaces the store's. */
    public static Outcome<Event> event(Event stored, Event file, boolean update) {
        if (stored.equals(file)) {
            return new Outcome<>(Kind.UNCHANGED, stored, List.of());
        }
        List<Difference> differences = new ArrayList<>();
        compare(differences, "title", stored.title(), file.title());
        compare(differences, "title_en", stored.titleEn(), file.titleEn());
        compare(differences, "summary", stored.summary(), file.summary());
        compare(differences, "date", stored.date().toString(), file.date().toString());
        compare(differences, "display_date", stored.displayDate(), file.displayDate());
        compare(differences, "category", stored.category(), file.category());
        compare(differences, "actors", String.join(", ", stored.actors()), String.join(", ", file.actors()));
        compare(differences, "places", String.join(", ", stored.places()), String.join(", ", file.places()));
        compare(differences, "tags", String.join(", ", stored.tags()), String.join(", ", file.tags()));
        compare(differences, "citations", citations(stored), citations(file));
        compare(differences, "note", stored.note(), file.note());
        return update ? new Outcome<>(Kind.UPDATED, file, differences) : new Outcome<>(Kind.KEPT, stored, differences);
    }

    private static String citations(Event e) {
        return String.join(" | ", e.citations().stream().map(c -> c.sourceId() + ": " + c.quote()).toList());
    }

    private static void compare(List<Difference> differences, String field, String stored, String file) {
        if (!Objects.equals(stored, file)) {
            differences.add(new Difference(field, stored, file));
        }
    }

    /** Builds a record from the store's value and the file's, asking {@link Fields} for each field. */
    @FunctionalInterface
    private interface Builder<T> {
        T build(T stored, T file, Fields fields);
    }

    private static <T> Outcome<T> merge(T stored, T file, boolean update, Builder<T> builder) {
        Fields kept = new Fields(false);
        T filled = builder.build(stored, file, kept);
        if (kept.differences.isEmpty()) {
            return filled.equals(stored) ? new Outcome<>(Kind.UNCHANGED, stored, List.of())
                    : new Outcome<>(Kind.UPDATED, filled, List.of());
        }
        if (update) {
            return new Outcome<>(Kind.UPDATED, builder.build(stored, file, new Fields(true)), kept.differences);
        }
        // What the file only adds (a description the store lacked) is still taken: nothing of the store is lost.
        return new Outcome<>(Kind.KEPT, filled, kept.differences);
    }

    /**
     * Field by field: a value the file leaves out keeps the store's; a value the store lacks takes the file's; two
     * different values are a difference, resolved for the store, or for the file when {@code preferFile}.
     */
    private static final class Fields {
        private final boolean preferFile;
        private final List<Difference> differences = new ArrayList<>();

        Fields(boolean preferFile) {
            this.preferFile = preferFile;
        }

        boolean preferFile() {
            return preferFile;
        }

        <V> V given(String field, V stored, V file) {
            if (Objects.equals(stored, file)) {
                return stored;
            }
            differences.add(new Difference(field, text(stored), text(file)));
            return preferFile ? file : stored;
        }

        <V> V optional(String field, V stored, V file) {
            if (file == null) {
                return stored;
            }
            if (stored == null) {
                return file;
            }
            return given(field, stored, file);
        }

        List<String> optionalList(String field, List<String> stored, List<String> file) {
            List<String> value = optional(field, stored.isEmpty() ? null : stored, file.isEmpty() ? null : file);
            return value == null ? List.of() : value;
        }

        private static String text(Object value) {
            if (value instanceof List<?> list) {
                return String.join(", ", list.stream().map(String::valueOf).toList());
            }
            return value == null ? null : value.toString();
        }
    }
}
