package org.sourceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sourceline.io.DataFormat;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.Problem;
import org.sourceline.io.TimelineFiles;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.PathKind;
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

    /** @return whether {@code file} is a regular file, after saying why not */
    static boolean isFile(Path file, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        if (file.toString().isEmpty()) {
            err.println("sourceline: the file to read is named by an empty path");
            return false;
        }
        PathKind kind = PathKind.quietly(file, true);
        switch (kind) {
            case FILE -> {
                return true;
            }
            case MISSING -> err.println("sourceline: " + file + ": no such file");
            case FOLDER -> err.println("sourceline: " + file + ": this is a folder; give the timeline file");
            default -> err.println("sourceline: " + file + ": this is " + kind.noun()
                    + ", not a file; only regular files are read");
        }
        return false;
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
