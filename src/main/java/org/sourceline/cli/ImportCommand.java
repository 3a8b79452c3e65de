package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sourceline.io.DataFormat;
import org.sourceline.app.TimelineImport;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.OutputPath;
import org.sourceline.app.Stores;
import org.sourceline.store.ImportOptions;
import org.sourceline.store.ImportReport;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds a timeline file to a store, all or nothing: one bad event and nothing changes.%n"
                + "What the store holds already is kept: a thing the file describes otherwise is reported and left"
                + " as it is, unless --update.%n"
                + "Reads Sourceline's JSON (articles beside it), TimelineJS 3 JSON, vis-timeline items and CSV"
                + " (TimelineJS's spreadsheet or Sourceline's layout); what each keeps is in docs/format.md.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The timeline file; a Sourceline file has its articles beside it.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = FormatOption.AUTO,
            converter = FormatOption.WithAuto.class, completionCandidates = FormatOption.ImportCandidates.class,
            description = "auto (the default: told from the file), sourceline, timelinejs, vis or csv.")
    DataFormat format;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store (created if missing).")
    Path db;

    @Option(names = "--replace", description = "Replace the store's content instead of adding to it.")
    boolean replace;

    @Option(names = "--update", description = "Where the file describes a thing the store holds otherwise, take"
            + " the file's values (by default the store keeps its own and the differences are reported).")
    boolean update;

    @Option(names = "--wait-for-index", description = "Return once the search index holds the new events too (what"
            + " a script that searches next wants). By default the command returns once the events are stored, and"
            + " the index is built on the store's next use: the window builds it behind the timeline, and search"
            + " builds it first.")
    boolean waitForIndex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (replace && update) {
            spec.commandLine().getErr().println("sourceline: --replace and --update cannot go together: a store"
                    + " emptied first has nothing to update");
            return 2;
        }
        if (!Inputs.isFile(file, spec)) {
            return 1;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            OutputPath.checkNotInput(db, java.util.Map.of(file, "the file being imported"));
        } catch (OutputPath.RefusedException e) {
            err.println("sourceline: --db " + e.getMessage());
            return 1;
        }
        boolean existed = Files.exists(db);
        boolean imported = false;
        try (Store store = Stores.open(db)) {
            TimelineImport.Outcome outcome = TimelineImport.importFile(file, format, store,
                    new ImportOptions(replace, update, 0), LocalDate.now());
            imported = true;
            report(outcome);
            if (waitForIndex) {
                SearchIndexProgress.build(store, err);
            } else if (!store.searchIndexState().whole()) {
                err.println("sourceline: the search index will be built on the store's next use (the window builds"
                        + " it behind the timeline; search builds it first); --wait-for-index builds it now");
            }
            return 0;
        } catch (InvalidInputException e) {
            Inputs.report(file, e, spec, "; nothing was imported");
            return 1;
        } catch (NoSuchFileException e) {
            err.println("sourceline: " + e.getFile() + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("sourceline: " + file + ": cannot read: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("sourceline: " + e.getMessage());
            return 1;
        } finally {
            if (!existed && !imported) {
                forget(db);
            }
        }
    }

    /** What was added, found unchanged, updated or left as it was, kind by kind; what differs, on stderr. */
    private void report(TimelineImport.Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport r = outcome.report();
        out.printf("%s (%s) into %s:%n", file, outcome.format().displayName(), db);
        out.println("  events: " + tally(r.events()));
        String[] kinds = {"sources", "actors", "places", "categories", "eras"};
        ImportReport.Tally[] tallies = {r.sources(), r.actors(), r.places(), r.categories(), r.eras()};
        for (int i = 0; i < kinds.length; i++) {
            if (tallies[i].total() > 0) {
                out.println("  " + kinds[i] + ": " + tally(tallies[i]));
            }
        }
        if (r.changedNothing()) {
            out.println("nothing changed in the store");
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportReport.Notice notice : r.notices()) {
            err.println("sourceline: " + (notice.taken() ? "updated: " : "warning: ") + notice
                    + (notice.taken() ? "" : " (--update takes the file's)"));
        }
    }

    private static String tally(ImportReport.Tally t) {
        StringBuilder text = new StringBuilder(t.added() + " added, " + t.unchanged() + " unchanged");
        if (t.updated() > 0) {
            text.append(", ").append(t.updated()).append(" updated");
        }
        if (t.kept() > 0) {
            text.append(", ").append(t.kept()).append(t.kept() == 1 ? " differs" : " differ")
                    .append(" from the file and ").append(t.kept() == 1 ? "was" : "were").append(" left as in the store");
        }
        return text.toString();
    }

    /** A store this command created for an import that failed is not left behind. */
    private static void forget(Path db) {
        try {
            Stores.deleteFiles(db);
        } catch (IOException ignored) {
            // An empty store is left: harmless, and the next import fills it.
        }
    }
}
