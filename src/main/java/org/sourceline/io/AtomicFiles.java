package org.sourceline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a file so that readers see either the old content or the complete new one, never a part. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A write killed half way leaves its hidden temporary file: the next write of the same file clears it. One look
     * through the folder serves every file written into it together: looking once per file made writing the
     * articles of a big export quadratic.
     */
    private static void removeLeftovers(Path dir, Set<String> targetNames) throws IOException {
        try (var stream = Files.newDirectoryStream(dir, entry -> {
            String name = entry.getFileName().toString();
            if (!name.startsWith(".") || !name.endsWith(".part")) {
                return false;
            }
            int end = name.lastIndexOf('.', name.length() - ".part".length() - 1);
            return end > 1 && targetNames.contains(name.substring(1, end));
        })) {
            for (Path leftover : stream) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * A temporary file is private to its owner; the file it becomes should read like any other the user writes:
     * with the permissions of the file it replaces, or rw-r--r--.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        removeLeftovers(dir, Set.of(target.getFileName().toString()));
        writeSwept(dir, target, content);
    }

    /**
     * Writes many files together, all or none: every file is first written whole to its hidden temporary file
     * (where a full disk or any other failure shows), then each is renamed into place, the new files first and the
     * ones that replace a file last. If anything fails, the temporary files and the new files already in place are
     * removed, and the files that were there before are as they were.
     */
    public static void writeAll(java.util.Map<Path, Content> files) throws IOException {
        java.util.Map<Path, Set<String>> namesByDir = new java.util.LinkedHashMap<>();
        for (Path target : files.keySet()) {
            namesByDir.computeIfAbsent(target.toAbsolutePath().getParent(), d -> new java.util.HashSet<>())
                    .add(target.getFileName().toString());
        }
        for (var entry : namesByDir.entrySet()) {
            removeLeftovers(entry.getKey(), entry.getValue());
        }
        java.util.Map<Path, Path> staged = new java.util.LinkedHashMap<>();
        java.util.List<Path> placed = new java.util.ArrayList<>();
        try {
            java.util.List<Path> fresh = new java.util.ArrayList<>();
            java.util.List<Path> replacing = new java.util.ArrayList<>();
            for (var file : files.entrySet()) {
                Path target = file.getKey();
                staged.put(target, stage(target.toAbsolutePath().getParent(), target, file.getValue()));
                (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? replacing : fresh).add(target);
            }
            for (Path target : fresh) {
                move(staged.get(target), target);
                placed.add(target);
            }
            for (Path target : replacing) {
                move(staged.get(target), target);
            }
        } catch (IOException | RuntimeException | Error failure) {
            for (Path path : concat(staged.values(), placed)) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }
    }

    private static java.util.List<Path> concat(java.util.Collection<Path> a, java.util.Collection<Path> b) {
        java.util.List<Path> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Writes the content to a new hidden temporary file beside the target, forced to the disk. */
    private static Path stage(Path dir, Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        boolean written = false;
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            written = true;
            return temp;
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeSwept(Path dir, Path target, Content content) throws IOException {
        Path temp = stage(dir, target, content);
        try {
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
