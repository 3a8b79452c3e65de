package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.io.DataFormat;
import org.sourceline.io.OutputPath;
import org.sourceline.io.TimelineFiles;
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a store's timeline: as Sourceline JSON with its article files beside it (the default),"
                + " or as TimelineJS 3 JSON, vis-timeline items or CSV, each one file; or its citations as W3C Web"
                + " Annotations (annotations) or its sources as CSL-JSON (csl-json), for other tools.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to export.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sourceline",
            converter = FormatOption.Formats.class, completionCandidates = FormatOption.ExportCandidates.class,
            description = "sourceline (the default), timelinejs, vis, csv, annotations or csl-json.")
    DataFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var inputs = Stores.asInputs(db, "the store being exported");
        try {
            OutputPath.check(out, inputs);
        } catch (OutputPath.RefusedException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        }
        try (Store store = Stores.openExisting(db)) {
            TimelineFiles.write(store.load(), out, format, inputs);
            spec.commandLine().getOut().printf("%s: exported %d events (%s)%n", out, store.eventCount(),
                    format.displayName());
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        } catch (OutputPath.RefusedException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("sourceline: " + out + ": cannot write: " + OutputPath.why(e)
                    + "; nothing was written");
            return 1;
        }
    }
}
