package org.sourceline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.app.SyntheticTimeline;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Builds a synthetic store for measuring: N events over ten years, bursts of hundreds on one day,"
                + " one source with article text per twenty events. The same seed gives the same store.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, paramLabel = "N", description = "How many events.")
    int events;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to create (must not exist).")
    Path db;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 1 || events > 20_000_000) {
            throw new ParameterException(spec.commandLine(), "--events must be between 1 and 20,000,000");
        }
        if (Files.exists(db)) {
            spec.commandLine().getErr().println("sourceline: " + db + " already exists; generate makes a new store");
            return 1;
        }
        long started = System.nanoTime();
        try {
            SyntheticTimeline.create(db, events, seed);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sourceline: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().printf("%s: %d events generated in %.1f s%n", db, events,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
