package org.sourceline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.io.DataFormat;
import org.sourceline.io.TimelineFiles;
import org.sourceline.model.LoadedTimeline;
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
        TimelineFiles.Imported imported = Inputs.read(file, format, spec, "; nothing was imported");
        if (imported == null) {
            return 1;
        }
        LoadedTimeline timeline = imported.timeline();
        try (Store store = Store.open(db)) {
            store.importTimeline(timeline, replace);
            spec.commandLine().getOut().printf("%s: imported %s (%s) with %s and %s into %s%n", file,
                    count(timeline.dataset().events().size(), "event"), imported.format().displayName(),
                    count(timeline.dataset().sources().size(), "source"),
                    count(timeline.dataset().eras().size(), "era"), db);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        }
    }
}
