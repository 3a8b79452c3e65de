package org.sourceline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.app.Stores;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates an empty store, to build a chronology from nothing; refuses a file that exists.")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to create.")
    Path db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Stores.createEmpty(db).close();
            spec.commandLine().getOut().printf("%s: created an empty store%n", db);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        }
    }
}
