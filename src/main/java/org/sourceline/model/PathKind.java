package org.sourceline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, told before it is opened: only regular files are read or written as timelines, articles,
 * stores and exports. A named pipe would make a reader wait forever, a device like {@code /dev/zero} would fill the
 * memory, a link could lead out of a timeline's folder: each is refused at once, by what it is.
 */
public enum PathKind {
    MISSING("nothing (there is no such file)"),
    FILE("a file"),
    FOLDER("a folder"),
    LINK("a symbolic link"),
    PIPE("a named pipe (FIFO)"),
    DEVICE("a device"),
    SOCKET("a socket"),
    OTHER("a special file");

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int UNIX_SOCKET = 0140000;

    private final String noun;

    PathKind(String noun) {
        this.noun = noun;
    }

    /** The kind with its article, for a message: "a named pipe (FIFO)". */
    public String noun() {
        return noun;
    }

    /** Whether the path is something other than a regular file or nothing at all: a pipe, a device, a socket. */
    public boolean special() {
        return this == PIPE || this == DEVICE || this == SOCKET || this == OTHER;
    }

    /**
     * What {@code path} is.
     *
     * @param followLinks whether a symbolic link is looked through (a path the user typed) or reported as a link
     *                    (a name read from a file)
     * @throws IOException if the path cannot be looked at (a folder on the way that may not be read)
     */
    public static PathKind of(Path path, boolean followLinks) throws IOException {
        LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (attributes.isSymbolicLink()) {
            return LINK;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        if (attributes.isRegularFile()) {
            return FILE;
        }
        return special(path, options);
    }

    /**
     * Like {@link #of}, for a check that leaves the reason a path cannot be looked at (a name too long, a folder on
     * the way that may not be read) to the opening that follows: such a path names no file that can be used.
     */
    public static PathKind quietly(Path path, boolean followLinks) {
        try {
            return of(path, followLinks);
        } catch (IOException | SecurityException e) {
            return MISSING;
        }
    }

    private static PathKind special(Path path, LinkOption[] options) {
        int mode;
        try {
            mode = ((Number) Files.getAttribute(path, "unix:mode", options)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OTHER;
        }
        return switch (mode & TYPE_MASK) {
            case FIFO -> PIPE;
            case CHARACTER_DEVICE, BLOCK_DEVICE -> DEVICE;
            case UNIX_SOCKET -> SOCKET;
            default -> OTHER;
        };
    }
}
