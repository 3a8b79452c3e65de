package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.Problem;
import org.sourceline.io.TimelineReader;
import org.sourceline.model.LoadedTimeline;
import picocli.CommandLine.Model.CommandSpec;

/** Reading a timeline file for a command, with every problem printed to stderr. */
final class Inputs {
    private Inputs() {
    }

    /**
     * @param consequence what the refusal means, appended to the summary line
     * @return the timeline, or null after printing why it was refused
     */
    static LoadedTimeline read(Path file, CommandSpec spec, String consequence) {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(file)) {
            err.println("sourceline: " + file + ": this is a folder; give the timeline JSON file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            err.println("sourceline: " + file + ": no such file");
            return null;
        }
        try {
            return TimelineReader.read(file);
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.println("sourceline: " + file + ": " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + consequence);
            return null;
        } catch (NoSuchFileException e) {
            err.println("sourceline: " + e.getFile() + ": no such file");
            return null;
        } catch (IOException e) {
            err.println("sourceline: " + file + ": cannot read: " + e.getMessage());
            return null;
        }
    }
}
