package org.sourceline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sourceline.io.DataFormat;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.TimelineFiles;
import org.sourceline.io.TimelineReader;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Dataset;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Original;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.store.ImportOptions;
import org.sourceline.store.ImportReport;
import org.sourceline.store.ImportWriter;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/**
 * Imports a timeline file into a store, all or nothing: the command line and the window both import through
 * here. Our own format is streamed: it is read on one thread while what was read is written on another, in one
 * transaction that is committed only once the whole file has proved valid. The other formats are read whole (they
 * are made small by the tools that write them) and stored in one transaction too.
 */
public final class TimelineImport {
    /** What an import did, and the format it read the file in. */
    public record Outcome(DataFormat format, ImportReport report) {
    }

    private TimelineImport() {
    }

    /**
     * @param format the file's format, or null to tell it from the file
     * @param replace replace the store's content instead of adding to it
     * @param today the day of the import: sources of formats without articles are known to be published by then
     * @throws InvalidInputException every problem of the file, located; the store is unchanged
     * @throws StoreException the store refused the timeline or failed; the store is unchanged
     */
    public static Outcome importFile(Path file, DataFormat format, Store store, boolean replace, LocalDate today)
            throws IOException, InvalidInputException, StoreException {
        return importFile(file, format, store, new ImportOptions(replace, false, 0), today);
    }

    /**
     * @param format the file's format, or null to tell it from the file
     * @param options whether to replace the store's content, to update what it holds, to record the change
     * @param today the day of the import: sources of formats without articles are known to be published by then
     * @throws InvalidInputException every problem of the file, located; the store is unchanged
     * @throws StoreException the store refused the timeline or failed; the store is unchanged
     */
    public static Outcome importFile(Path file, DataFormat format, Store store, ImportOptions options, LocalDate today)
            throws IOException, InvalidInputException, StoreException {
        DataFormat chosen = format != null ? format : TimelineFiles.detect(file);
        if (chosen != DataFormat.SOURCELINE) {
            LoadedTimeline timeline = TimelineFiles.read(file, chosen, today).timeline();
            return new Outcome(chosen, store.importTimeline(timeline, options));
        }
        try (ImportWriter writer = store.importWriter(options)) {
            StoreFeed.run(out -> TimelineReader.read(file, new Feed(out)), writer);
            return new Outcome(chosen, writer.commit());
        } catch (IOException | InvalidInputException | StoreException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns what the reader gives into steps for the writer. */
    private record Feed(Consumer<StoreFeed.Step> out) implements TimelineReader.Sink {
        @Override
        public void header(Dataset header, Map<String, Article> articles, Map<String, Original> originals) {
            out.accept(w -> w.meta(header.title(), header.description()));
            for (Source s : header.sources()) {
                Article article = articles.get(s.id());
                Original original = originals.get(s.id());
                out.accept(w -> w.source(s, article, original));
            }
            for (Actor a : header.actors()) {
                out.accept(w -> w.actor(a));
            }
            for (Place p : header.places()) {
                out.accept(w -> w.place(p));
            }
        }

        @Override
        public void event(Event event, int[] quoteStarts) {
            out.accept(w -> w.event(event, quoteStarts));
        }

        @Override
        public void categories(List<Category> categories) {
            for (Category c : categories) {
                out.accept(w -> w.category(c));
            }
        }

        @Override
        public void eras(List<Era> eras) {
            out.accept(w -> w.eras(eras));
        }
    }
}
