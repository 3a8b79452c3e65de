package org.sourceline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sourceline.io.ArticleFiles;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.TimelineReader;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/** The default dataset bundled in the jar, and the first-run store made from it. */
public final class Seeds {
    static final String FOLDER = "org/sourceline/seeds";
    static final String TIMELINE = "timeline.json";

    private Seeds() {
    }

    public static LoadedTimeline load() throws IOException, InvalidInputException {
        try (InputStream in = Seeds.class.getResourceAsStream("/" + FOLDER + "/" + TIMELINE)) {
            if (in == null) {
                throw new IOException("the bundled dataset is missing from the application");
            }
            return TimelineReader.read("seeds/" + TIMELINE, in, ArticleFiles.classpath(FOLDER));
        }
    }

    /**
     * Opens the store at {@code file}; if there is none yet, creates it from the bundled dataset. The new store
     * is built under a temporary name and renamed when complete, so an interrupted first run leaves no half store.
     */
    public static Store openOrCreate(Path file) throws StoreException {
        if (Files.exists(file)) {
            return Stores.open(file);
        }
        Path temp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".new");
            Files.delete(temp);
            try (Store store = Stores.open(temp)) {
                store.importTimeline(load(), true);
            }
            Files.deleteIfExists(Path.of(temp + "-wal"));
            Files.deleteIfExists(Path.of(temp + "-shm"));
            Files.move(temp, file);
            return Stores.open(file);
        } catch (IOException | InvalidInputException e) {
            throw new StoreException(file + ": cannot create the store from the bundled dataset: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless and hidden.
                }
            }
        }
    }
}
