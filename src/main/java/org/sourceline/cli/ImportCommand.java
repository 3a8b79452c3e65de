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
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds a timeline file to a store, all or nothing: one bad event and nothing changes.%n"
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

    @Spec
    CommandSpec spec;

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public Integer call() {
        if (!Inputs.isFile(file, spec)) {
            return 1;
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean existed = Files.exists(db);
        boolean imported = false;
        try (Store store = Stores.open(db)) {
            TimelineImport.Outcome outcome = TimelineImport.importFile(file, format, store, replace, LocalDate.now());
            imported = true;
            spec.commandLine().getOut().printf("%s: imported %s (%s) with %s and %s into %s%n", file,
                    count(outcome.events(), "event"), outcome.format().displayName(),
                    count(outcome.sources(), "source"), count(outcome.eras(), "era"), db);
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

    /** A store this command created for an import that failed is not left behind. */
    private static void forget(Path db) {
        try {
            Stores.deleteFiles(db);
        } catch (IOException ignored) {
            // An empty store is left: harmless, and the next import fills it.
        }
    }
}
