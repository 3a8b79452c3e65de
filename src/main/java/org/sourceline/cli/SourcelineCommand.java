package org.sourceline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sourceline.app.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sourceline}: with no subcommand it opens the window; subcommands run without a display. Exit codes:
 * 0 success, 1 invalid input or failure (message on stderr), 2 wrong usage.
 */
@Command(name = "sourceline", mixinStandardHelpOptions = true, versionProvider = SourcelineCommand.VersionProvider.class,
        description = "A timeline viewer in which every event is tied to the passage of the source that reports it.%n"
                + "With no command, opens the window on the store (by default the one in the user's data folder,"
                + " created from the bundled dataset on first run).",
        subcommands = {InitCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class, ExportImageCommand.class,
                SearchCommand.class, SourceCommand.class, AddSourceCommand.class, DatesCommand.class,
                GenerateCommand.class, BenchCommand.class})
public final class SourcelineCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The store to open (default: the user's store).")
    Path db;

    private final Consumer<Path> openWindow;

    public SourcelineCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(db);
        return 0;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, Consumer<Path> openWindow, PrintWriter out, PrintWriter err) {
        return commandLine(openWindow, out, err).execute(args);
    }

    /** The command line {@link #run} runs, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(Consumer<Path> openWindow, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SourcelineCommand(openWindow));
        cli.registerConverter(Path.class, new PathConverter());
        // An argument is what was typed: "@doha" searched for, or given as an author, is not the content of a file
        // named "doha" that happens to be in the working folder (picocli's argument files).
        cli.setExpandAtFiles(false);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage();
            commandLine.getErr().println("sourceline: " + (message != null && !message.isBlank() ? message
                    : "an unexpected error (" + e.getClass().getSimpleName() + "), with nothing more to say; please"
                    + " report it with the command that gave it"));
            return 1;
        });
        return cli;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sourceline " + Version.current()};
        }
    }
}
