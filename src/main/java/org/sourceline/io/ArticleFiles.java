package org.sourceline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sourceline.model.PathKind;

/** Where the article files a timeline names are read from: a folder beside the timeline, or the app's jar. */
public interface ArticleFiles {
    /** Largest article file read, as for an article added from a file: 50 MB. */
    int MAX_BYTES = 50_000_000;

    /** @throws NoSuchFileException if there is no such article */
    byte[] read(String fileName) throws IOException;

    static ArticleFiles directory(Path dir) {
        return fileName -> {
            Path file = dir.resolve(fileName).normalize();
            if (!file.startsWith(dir.normalize()) || fileName.contains("/") || fileName.contains("\\")) {
                throw new NoSuchFileException(fileName, null, "article files must sit beside the timeline");
            }
            // A link is not followed: a timeline's files are read where it is, never from elsewhere through it.
            // Anything but a regular file is refused before it is opened: a pipe would block, a device never end.
            PathKind kind = PathKind.of(file, false);
            switch (kind) {
                case MISSING -> throw new NoSuchFileException(fileName);
                case FILE -> {
                }
                case LINK -> throw new IOException("it is a symbolic link, which is not followed; put the file"
                        + " itself beside the timeline");
                default -> throw new IOException("it is " + kind.noun() + ", not a regular file; only regular"
                        + " files are read as articles");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IOException(String.format(java.util.Locale.ROOT, "it is %.1f MB; an article is at most"
                        + " %d MB", size / 1e6, MAX_BYTES / 1_000_000));
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("it grew past " + MAX_BYTES / 1_000_000 + " MB while it was read");
                }
                return bytes;
            }
        };
    }

    static ArticleFiles classpath(String folder) {
        return fileName -> {
            if (fileName.contains("/") || fileName.contains("\\")) {
                throw new NoSuchFileException(fileName);
            }
            try (InputStream in = ArticleFiles.class.getResourceAsStream("/" + folder + "/" + fileName)) {
                if (in == null) {
                    throw new NoSuchFileException(fileName);
                }
                return in.readAllBytes();
            }
        };
    }
}
