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
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.ui.edit.Edit;

/**
 * A source: what is said of the article (title, outlet, author, publication date, language, address, note), and, for
 * a new one, its text as pasted, every line of which is the body. The text of a source already in the store is not
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
    private final ReadOnlyStringWrapper publishedShown = new ReadOnlyStringWrapper(this, "publishedShown", "");

    /**
     * @param original the source to correct, with its article; null for a new one
     * @param idTaken  whether a source id is in use already
     */
    public SourceForm(Locale locale, SourceDocument original, Predicate<String> idTaken) {
        super(locale, original);
        this.idTaken = idTaken;
        Source s = original == null ? null : original.source();
        title = field("title", Type.LINE, s == null ? "" : s.title());
        outlet = field("outlet", Type.LINE, s == null ? "" : s.outlet());
        author = field("author", Type.LINE, s == null ? "" : s.author());
        published = field("published", Type.DATE, s == null ? "" : s.published().toString(),
                publishedShown.getReadOnlyProperty());
        language = field("language", Type.LINE, s == null ? locale.getLanguage() : s.language());
        url = field("url", Type.LINE, s == null ? "" : s.url());
        note = field("note", Type.TEXT, s == null ? "" : s.note());
        text = s == null ? field("text", Type.TEXT, "") : null;
        watch();
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
            if (raw.isBlank()) {
                Rules.required("text", null).ifPresent(v -> report(found, v));
                return null;
            }
            body = List.of(new LineRange(1, lines.size()));
            article = Article.cut(raw, body);
            file = null;
        }
        if (t == null || date == null || lang == null) {
            return null;
        }
        String id = original != null ? original.source().id() : Slug.unique(t, "source", idTaken);
        Source source = new Source(id, file != null ? file : id + ".txt", t, emptyToNull(outlet.get()),
                emptyToNull(author.get()), date, lang, emptyToNull(url.get()), body, emptyToNull(note.get()));
        report(found, Rules.source(source));
        return new SourceDocument(source, article);
    }

    @Override
    protected Change change(SourceDocument before, SourceDocument after) {
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
