package org.sourceline.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.sourceline.model.Article;
import org.sourceline.model.Change;
import org.sourceline.model.DateInput;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.LineRange;
import org.sourceline.model.NewArticle;
import org.sourceline.model.Original;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.ui.edit.Edit;

/**
 * A source: what is said of the article (title, outlet, author, publication date, language, address, note), and, for
 * a new one, its text and the lines of it that form the body ({@code 3-40}, or {@code 3-10, 14-40}: by default all
 * of them). The text is pasted, or read from a file ({@link NewArticle}): then it is shown, not changed, so that it
 * stays what the file holds, and the file is kept with it. The text of a source already in the store is not
 * changed here: the quotes of its events stand in it.
 */
public final class SourceForm extends EntryForm<SourceDocument> {
    private final Predicate<String> idTaken;
    private final StringProperty title;
    private final StringProperty outlet;
    private final StringProperty author;
    private final StringProperty published;
    private final StringProperty language;
    private final StringProperty url;
    private final StringProperty note;
    private final StringProperty text;
    private final StringProperty bodyLines;
    private final ReadOnlyStringWrapper publishedShown = new ReadOnlyStringWrapper(this, "publishedShown", "");
    private final ReadOnlyStringWrapper bodyShown = new ReadOnlyStringWrapper(this, "bodyShown", "");
    /** The file a new source's text was read from; null for a pasted text or a source in the store. */
    private final Original file;

    /**
     * @param original the source to correct, with its article; null for a new one
     * @param idTaken  whether a source id is in use already
     */
    public SourceForm(Locale locale, SourceDocument original, Predicate<String> idTaken) {
        this(locale, original, null, idTaken);
    }

    /** A new source for an article read from a file: what the file says, to confirm or correct. */
    public SourceForm(Locale locale, NewArticle read, Predicate<String> idTaken) {
        this(locale, null, read, idTaken);
    }

    private SourceForm(Locale locale, SourceDocument original, NewArticle read, Predicate<String> idTaken) {
        super(locale, original);
        this.idTaken = idTaken;
        this.file = read == null ? null : read.original();
        Source s = original == null ? null : original.source();
        title = field("title", Type.LINE, s != null ? s.title() : read != null ? read.title() : "");
        outlet = field("outlet", Type.LINE, s != null ? s.outlet() : read != null ? read.outlet() : "");
        author = field("author", Type.LINE, s != null ? s.author() : read != null ? read.author() : "");
        String date = s != null ? s.published().toString()
                : read != null && read.published() != null ? read.published().toString() : "";
        published = field("published", Type.DATE, date, publishedShown.getReadOnlyProperty());
        String lang = s != null ? s.language() : read != null && read.language() != null ? read.language()
                : locale.getLanguage();
        language = field("language", Type.LINE, lang);
        url = field("url", Type.LINE, s != null ? s.url() : read != null ? read.url() : "");
        note = field("note", Type.TEXT, s == null ? "" : s.note());
        if (s == null) {
            bodyLines = field("body_lines", Type.LINE, read == null ? "" : ranges(read.body()),
                    bodyShown.getReadOnlyProperty());
            text = field("text", Type.TEXT, read == null ? "" : read.rawText(), null, file == null);
        } else {
            bodyLines = null;
            text = null;
        }
        watch();
        if (read != null) {
            filledFromElsewhere();
        }
    }

    /** What to say above a new source's form: where its text comes from. */
    public String hint() {
        return file == null ? messages.get("catalog.new-source.hint")
                : messages.get("catalog.new-source.from-file", file.fileName());
    }

    /** The file the text was read from, kept with the source once saved; null for a pasted text. */
    public Original file() {
        return file;
    }

    /** [3-10, 14-40] → "3-10, 14-40". */
    static String ranges(List<LineRange> ranges) {
        return String.join(", ", ranges.stream().map(r -> r.from() + "-" + r.to()).toList());
    }

    /**
     * "3-10, 14-40", "3 - 40", "7" → the ranges; empty for an empty text (the whole text); null, with the problem
     * put in {@code found}, for anything else.
     */
    private List<LineRange> readRanges(String typed, int lineCount, Map<String, String> found) {
        if (typed == null || typed.isBlank()) {
            return List.of(new LineRange(1, Math.max(1, lineCount)));
        }
        List<LineRange> ranges = new java.util.ArrayList<>();
        for (String part : typed.split("[,;]")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,7})\\s*(?:[-–]\\s*(\\d{1,7})\\s*)?")
                    .matcher(part);
            if (!m.matches()) {
                found.put("body_lines", messages.get("catalog.body-lines.form"));
                return null;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to < from) {
                found.put("body_lines", messages.get("catalog.body-lines.form"));
                return null;
            }
            if (to > lineCount) {
                found.put("body_lines", messages.get("catalog.body-lines.past-end", to, lineCount));
                return null;
            }
            if (!ranges.isEmpty() && from <= ranges.get(ranges.size() - 1).to()) {
                found.put("body_lines", messages.get("catalog.body-lines.order"));
                return null;
            }
            ranges.add(new LineRange(from, to));
        }
        return ranges;
    }

    @Override
    protected SourceDocument draft(Map<String, String> found) {
        String t = emptyToNull(title.get());
        Rules.required("title", t).ifPresent(v -> report(found, v));
        EdtfDate date = null;
        DateInput.Result read = DateInput.read(published.get() == null ? "" : published.get());
        if (read.isDate()) {
            date = read.date().orElseThrow();
            publishedShown.set(date + " — " + DatePhrase.describe(date, locale));
            Rules.date("published", date.toString()).ifPresent(v -> report(found, v));
        } else {
            found.put("published", read.problem().orElseThrow().message(locale));
            publishedShown.set("");
        }
        String lang = emptyToNull(language.get());
        Rules.required("language", lang).ifPresent(v -> report(found, v));
        if (lang != null) {
            Rules.language("language", lang).ifPresent(v -> report(found, v));
        }
        // Each field checked on its own first, so that all that is wrong shows at once.
        Rules.optional("outlet", emptyToNull(outlet.get())).ifPresent(v -> report(found, v));
        Rules.optional("author", emptyToNull(author.get())).ifPresent(v -> report(found, v));
        Rules.url("url", emptyToNull(url.get())).ifPresent(v -> report(found, v));
        Rules.optional("note", emptyToNull(note.get())).ifPresent(v -> report(found, v));
        Article article;
        List<LineRange> body;
        String file;
        if (original != null) {
            article = original.article();
            body = original.source().bodyLines();
            file = original.source().file();
        } else {
            String raw = text.get() == null ? "" : text.get();
            List<String> lines = Article.lines(raw);
            bodyShown.set("");
            if (raw.isBlank()) {
                Rules.required("text", null).ifPresent(v -> report(found, v));
                return null;
            }
            // Pasted text may hold half a character, which the article's file could not store.
            Rules.characters("text", raw).ifPresent(v -> report(found, v));
            body = readRanges(bodyLines.get(), lines.size(), found);
            if (body == null) {
                return null;
            }
            try {
                article = Article.cut(raw, body);
            } catch (IllegalArgumentException e) {
                found.put("body_lines", messages.get("catalog.body-lines.empty"));
                return null;
            }
            bodyShown.set(messages.get("catalog.body-lines.shown", body.get(0).from(),
                    body.get(body.size() - 1).to(), lines.size(), ends(article.body(), true),
                    ends(article.body(), false)));
            file = null;
        }
        if (t == null || date == null || lang == null) {
            return null;
        }
        String id = original != null ? original.source().id() : Slug.unique(t, "source", idTaken);
        Source source = new Source(id, file != null ? file : id + ".txt", t, emptyToNull(outlet.get()),
                emptyToNull(author.get()), date, lang, emptyToNull(url.get()), body, emptyToNull(note.get()));
        report(found, Rules.source(source));
        // A new source's file is named for it once, when it is saved (see change): not at every keystroke.
        return new SourceDocument(source, article, original != null ? original.original() : null);
    }

    /** The first or last words of a body, cut between words, to show where it starts and ends. */
    private static String ends(String body, boolean first) {
        String line = first ? body.substring(0, body.indexOf('\n') < 0 ? body.length() : body.indexOf('\n'))
                : body.substring(body.lastIndexOf('\n') + 1);
        int words = 40;
        if (line.length() <= words) {
            return line;
        }
        if (first) {
            int cut = line.lastIndexOf(' ', words);
            return line.substring(0, cut > 0 ? cut : words).strip() + "…";
        }
        int cut = line.indexOf(' ', line.length() - words);
        return "…" + line.substring(cut > 0 ? cut : line.length() - words).strip();
    }

    @Override
    protected Change change(SourceDocument before, SourceDocument after) {
        if (before == null && after != null && file != null) {
            after = new SourceDocument(after.source(), after.article(), file.keptAs(after.source().id()));
        }
        return new Change.OfSource(before, after);
    }

    @Override
    protected String subject(SourceDocument value) {
        return value.source().title();
    }

    @Override
    protected String idOf(SourceDocument value) {
        return value.source().id();
    }

    @Override
    public String heading() {
        return original == null ? messages.get("catalog.new.source") : original.source().title();
    }

    @Override
    protected Edit.Kind createKind() {
        return Edit.Kind.CREATE_SOURCE;
    }

    @Override
    protected Edit.Kind editKind() {
        return Edit.Kind.EDIT_SOURCE;
    }

    @Override
    protected Edit.Kind deleteKind() {
        return Edit.Kind.DELETE_SOURCE;
    }
}
