package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.io.TimelineWriter;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a store's timeline as JSON, with its article files beside it.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to export.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(db)) {
            spec.commandLine().getErr().println("sourceline: " + db + ": no such store");
            return 1;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (out.getFileName() == null || Files.isDirectory(out) || folder == null || !Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("sourceline: " + out + ": not a file in an existing folder;"
                    + " nothing was written");
            return 1;
        }
        try (Store store = Store.open(db)) {
            TimelineWriter.writeFile(store.load(), out);
            spec.commandLine().getOut().printf("%s: exported %d events%n", out, store.eventCount());
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("sourceline: " + out + ": cannot write: " + e.getMessage());
            return 1;
        }
    }
}
