package org.sourceline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds a timeline file to a store, all or nothing: one bad event and nothing changes.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The timeline JSON file; its articles sit beside it.")
    Path file;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store (created if missing).")
    Path db;

    @Option(names = "--replace", description = "Replace the store's content instead of adding to it.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedTimeline timeline = Inputs.read(file, spec, "; nothing was imported");
        if (timeline == null) {
            return 1;
        }
        try (Store store = Store.open(db)) {
            store.importTimeline(timeline, replace);
            spec.commandLine().getOut().printf("%s: imported %d events and %d sources into %s%n", file,
                    timeline.dataset().events().size(), timeline.dataset().sources().size(), db);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        }
    }
}
