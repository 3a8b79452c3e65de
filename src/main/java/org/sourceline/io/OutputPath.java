package org.sourceline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sourceline.model.PathKind;

/**
 * Checks a file about to be written, before anything is: it must be a regular file or a new name in a folder that
 * exists, and none of the files the work reads — the store, the file imported, an article — since writing over an
 * input would destroy what is being read.
 */
public final class OutputPath {
    private OutputPath() {
    }

    /** An output refused, with the reason in the user's words; the path is in the message. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /**
     * @param inputs the files being read, each with what it is ("the store being exported")
     * @throws RefusedException naming the path and why it may not be written
     */
    public static void check(Path out, Map<Path, String> inputs) throws RefusedException {
        if (out.toString().isEmpty()) {
            throw new RefusedException("the file to write is named by an empty path; nothing was written");
        }
        if (out.getFileName() == null) {
            throw new RefusedException(out + ": not a file name; nothing was written");
        }
        PathKind kind = PathKind.quietly(out, false);
        switch (kind) {
            case MISSING, FILE -> {
            }
            case FOLDER -> throw new RefusedException(out + ": this is a folder; give the name of the file to write;"
                    + " nothing was written");
            case LINK -> throw new RefusedException(out + ": this is a symbolic link; writing would replace the link,"
                    + " not the file it points to: give the file itself; nothing was written");
            default -> throw new RefusedException(out + ": this is " + kind.noun() + ", not a file; only regular"
                    + " files are written; nothing was written");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RefusedException(out + ": the folder " + folder + " does not exist; nothing was written");
        }
        checkNotInput(out, inputs);
    }

    /**
     * Only the last check of {@link #check}: that {@code out} is none of the {@code inputs}. For a store, which
     * SQLite writes in place (through a link the user gave), and whose kind the store checks itself.
     */
    public static void checkNotInput(Path out, Map<Path, String> inputs) throws RefusedException {
        for (Map.Entry<Path, String> input : inputs.entrySet()) {
            if (same(out, input.getKey())) {
                throw new RefusedException(out + ": this is " + input.getValue() + "; writing over it would destroy"
                        + " it; choose another file; nothing was written");
            }
        }
    }

    /**
     * Why a write failed, in the user's words: Java names only the file for some failures ("AccessDenied: /x/.t.part"),
     * and the file is a hidden temporary one the user never named.
     */
    public static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (the folder or the file may not be written to)";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Whether two paths name one file, through links, relative paths and hard links, existing or not yet. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return located(a).equals(located(b));
        } catch (IOException | SecurityException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The real path of a file's folder, with its name: where it is or would be. */
    private static Path located(Path p) throws IOException {
        Path absolute = p.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) {
            return absolute;
        }
        return Files.isDirectory(folder) ? folder.toRealPath().resolve(name) : absolute;
    }
}
