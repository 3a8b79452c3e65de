package org.sourceline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourceline.model.LoadedTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a timeline file (dates, ids, every quote against its article) without storing it.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The timeline JSON file; its articles sit beside it.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedTimeline timeline = Inputs.read(file, spec, "; the file is not valid");
        if (timeline == null) {
            return 1;
        }
        spec.commandLine().getOut().printf("%s: valid: %d events, %d sources%n", file,
                timeline.dataset().events().size(), timeline.dataset().sources().size());
        return 0;
    }
}
