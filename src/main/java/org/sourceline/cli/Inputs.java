package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sourceline.io.DataFormat;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.Problem;
import org.sourceline.io.TimelineFiles;
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
        TimelineFiles.Imported imported = read(file, DataFormat.SOURCELINE, spec, consequence);
        return imported == null ? null : imported.timeline();
    }

    /**
     * @param format the file's format, or null to tell it from the file
     * @return the timeline and its format, or null after printing why it was refused
     */
    static TimelineFiles.Imported read(Path file, DataFormat format, CommandSpec spec, String consequence) {
        PrintWriter err = spec.commandLine().getErr();
        if (!isFile(file, spec)) {
            return null;
        }
        try {
            return TimelineFiles.read(file, format, LocalDate.now());
        } catch (InvalidInputException e) {
            report(file, e, spec, consequence);
            return null;
        } catch (NoSuchFileException e) {
            err.println("sourceline: " + e.getFile() + ": no such file");
            return null;
        } catch (IOException e) {
            err.println("sourceline: " + file + ": cannot read: " + e.getMessage());
            return null;
        }
    }

    /** @return whether {@code file} is a file, after saying why not */
    static boolean isFile(Path file, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(file)) {
            err.println("sourceline: " + file + ": this is a folder; give the timeline file");
            return false;
        }
        if (!Files.isRegularFile(file)) {
            err.println("sourceline: " + file + ": no such file");
            return false;
        }
        return true;
    }

    /** Prints every problem of a refused file, then how many there were and what the refusal means. */
    static void report(Path file, InvalidInputException e, CommandSpec spec, String consequence) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : e.problems()) {
            err.println(p);
        }
        err.println("sourceline: " + file + ": " + e.problems().size()
                + (e.problems().size() == 1 ? " problem" : " problems") + consequence);
    }
}
