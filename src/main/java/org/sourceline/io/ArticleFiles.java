package org.sourceline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the article files a timeline names are read from: a folder beside the timeline, or the app's jar. */
public interface ArticleFiles {
    /** @throws NoSuchFileException if there is no such article */
    byte[] read(String fileName) throws IOException;

    static ArticleFiles directory(Path dir) {
        return fileName -> {
            Path file = dir.resolve(fileName).normalize();
            if (!file.startsWith(dir.normalize()) || fileName.contains("/") || fileName.contains("\\")) {
                throw new NoSuchFileException(fileName, null, "article files must sit beside the timeline");
            }
            // A link is not followed: a timeline's files are read where it is, never from elsewhere through it.
            if (Files.isSymbolicLink(file)) {
                throw new java.io.IOException("it is a symbolic link, which is not followed; put the file itself"
                        + " beside the timeline");
            }
            return Files.readAllBytes(file);
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
