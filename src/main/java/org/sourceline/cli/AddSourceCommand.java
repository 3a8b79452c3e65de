package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourceline.app.ArticleImport;
import org.sourceline.app.Stores;
import org.sourceline.articles.ArticleException;
import org.sourceline.io.OutputPath;
import org.sourceline.model.Article;
import org.sourceline.model.Change;
import org.sourceline.model.DateInput;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.LineRange;
import org.sourceline.model.NewArticle;
import org.sourceline.model.Rules;
import org.sourceline.model.Slug;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.model.Violation;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add-source", mixinStandardHelpOptions = true,
        description = {"Adds an article to a store as a new source: a plain text file (UTF-8, or another encoding"
                + " it can tell), a web page saved from a browser (its article only, without the page around it)"
                + " or a PDF (page by page). The file itself is kept with the source, byte for byte.",
                "What the file says of the article (headline, outlet, author, publication date, address,"
                        + " language) is taken unless given here. Prints what was added, and the new source's id on"
                        + " the last line."})
final class AddSourceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The article: .txt, .html, .htm or .pdf.")
    Path file;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store (created if missing).")
    Path db;

    @Option(names = "--title", paramLabel = "T", description = "The headline, if the file's is missing or wrong.")
    String title;

    @Option(names = "--outlet", paramLabel = "O", description = "The paper or site.")
    String outlet;

    @Option(names = "--author", paramLabel = "A", description = "The author, as written.")
    String author;

    @Option(names = "--published", paramLabel = "EDTF",
            description = "The publication date, no more precise than known (2022-05-26, 2022-05, 2022-05-26?).")
    String published;

    @Option(names = "--url", paramLabel = "U", description = "The article's address (http or https).")
    String url;

    @Option(names = "--language", paramLabel = "fr|en", description = "The article's language.")
    String language;

    @Option(names = "--body-lines", paramLabel = "A-B[,C-D]",
            description = "For a text file, the lines that form the body (by default from its first line with text"
                    + " to its last).")
    String bodyLines;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            OutputPath.checkNotInput(db, java.util.Map.of(file, "the article being added"));
        } catch (OutputPath.RefusedException e) {
            err.println("sourceline: --db " + e.getMessage());
            return 1;
        }
        NewArticle read;
        try {
            read = ArticleImport.read(file);
        } catch (ArticleException e) {
            err.println("sourceline: " + e.getMessage() + "; nothing was added");
            return 1;
        }
        List<String> problems = new ArrayList<>();
        String t = given(title, read.title());
        if (t == null) {
            problems.add("the file gives no headline: give one with --title");
        }
        EdtfDate date = read.published();
        if (published != null) {
            DateInput.Result typed = DateInput.read(published);
            if (typed.isDate()) {
                date = typed.date().orElseThrow();
            } else {
                problems.add("--published: " + typed.problem().orElseThrow().message(Locale.ENGLISH));
            }
        } else if (date == null) {
            problems.add("the file gives no publication date: give one with --published (EDTF, as precise as"
                    + " known)");
        }
        String lang = given(language, read.language());
        if (lang == null) {
            problems.add("the article's language cannot be told: give it with --language");
        }
        List<LineRange> body = read.body();
        if (bodyLines != null) {
            body = ranges(bodyLines, problems);
        }
        if (!problems.isEmpty() || date == null || t == null || lang == null || body == null) {
            problems.forEach(p -> err.println("sourceline: " + file + ": " + p));
            err.println("sourceline: nothing was added");
            return 1;
        }
        Article article;
        try {
            article = Article.cut(read.rawText(), body);
        } catch (IllegalArgumentException e) {
            err.println("sourceline: " + file + ": --body-lines: " + e.getMessage() + "; nothing was added");
            return 1;
        }
        try (Store store = Stores.open(db)) {
            var taken = store.sourcesById();
            String id = Slug.unique(t, "source", taken::containsKey);
            Source source = new Source(id, id + ".txt", t, given(outlet, read.outlet()),
                    given(author, read.author()), date, lang, given(url, read.url()), body, null);
            List<Violation> broken = Rules.source(source);
            if (!broken.isEmpty()) {
                broken.forEach(v -> err.println("sourceline: " + file + ": " + v.message()));
                err.println("sourceline: nothing was added");
                return 1;
            }
            store.apply(new Change.OfSource(null, new SourceDocument(source, article,
                    read.original().keptAs(id))));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: added \"%s\" (%s, %s, %d characters of body%s) to %s%n", file, t, source.published(),
                    lang, article.body().length(), read.original().pageLines().isEmpty() ? ""
                            : ", " + read.original().pageLines().size() + " pages", db);
            out.println(id);
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("sourceline: " + e.getMessage() + "; nothing was added");
            return 1;
        }
    }

    /** What is given on the command line, or else what the file says; null for neither. */
    private static String given(String option, String fromFile) {
        String value = option != null && !option.isBlank() ? option.strip() : fromFile;
        return value == null || value.isBlank() ? null : value;
    }

    private static List<LineRange> ranges(String typed, List<String> problems) {
        List<LineRange> ranges = new ArrayList<>();
        // Empty parts are kept (limit -1): "-", "3-" and "3-5," are not ranges, and no part is ever without ends.
        for (String part : typed.split(",", -1)) {
            String[] ends = part.strip().split("\\s*-\\s*", -1);
            try {
                if (ends.length > 2) {
                    throw new NumberFormatException();
                }
                int from = Integer.parseInt(ends[0]);
                int to = ends.length == 1 ? from : Integer.parseInt(ends[1]);
                ranges.add(new LineRange(from, to));
            } catch (IllegalArgumentException e) {
                problems.add("--body-lines: \"" + part.strip() + "\" is not a line range such as 3-40");
                return null;
            }
        }
        return ranges;
    }
}
