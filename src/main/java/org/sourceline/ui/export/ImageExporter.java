package org.sourceline.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sourceline.app.ImageExportSource;
import org.sourceline.app.ImageFiles;
import org.sourceline.i18n.Messages;
import org.sourceline.io.OutputPath;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.TimeScale;
import org.sourceline.render.ExportContent;
import org.sourceline.render.ImageExport;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;

/**
 * Draws the timeline as an image and writes it, without disturbing the window: the store is read and the file
 * written in the background, the drawing done off-screen on the JavaFX thread.
 */
public final class ImageExporter {
    private final Background background;
    private final StoreAccess storeAccess;
    private final Locale locale;
    private final Messages messages;
    private final Consumer<String> status;

    /** What is shown when the export starts: the view, its lanes, and the events the filters let through. */
    public record Shown(TimeScale view, LaneMode lanes, Predicate<String> events) {
    }

    private final Supplier<Shown> shown;

    /**
     * @param shown  what the window shows now, read when an export starts
     * @param status shows a line in the window's status bar
     */
    public ImageExporter(Background background, StoreAccess storeAccess, Locale locale, Supplier<Shown> shown,
                         Consumer<String> status) {
        this.background = background;
        this.storeAccess = storeAccess;
        this.locale = locale;
        this.messages = Messages.of(locale);
        this.shown = shown;
        this.status = status;
    }

    /**
     * Exports an image to a file; the outcome is said in the status bar.
     *
     * @return the file written, or the reason it was not (completed on the JavaFX thread)
     */
    public CompletableFuture<Path> export(ImageExportSettings chosen, Path out) {
        status.accept(messages.get("status.exporting"));
        CompletableFuture<Path> done = new CompletableFuture<>();
        render(chosen, chosen.width(), chosen.density(), chosen.svg()).whenComplete((image, error) -> {
            if (error != null) {
                failed(out, error, done);
                return;
            }
            background.run(() -> {
                OutputPath.check(out, storeAccess.files());
                if (image.svg() != null) {
                    ImageFiles.writeSvg(image.svg(), out);
                } else {
                    ImageFiles.writePng(image.pixels(), out);
                }
                return out;
            }, written -> {
                status.accept(messages.get("export.image.done", image.eventCount(), written));
                done.complete(written);
            }, failure -> failed(out, failure, done));
        });
        return done;
    }

    private void failed(Path out, Throwable error, CompletableFuture<Path> done) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        status.accept(messages.get("export.image.failed", out, cause.getMessage()));
        done.completeExceptionally(cause);
    }

    private record Prepared(ExportContent content, TimeScale scale) {
    }

    /** The image of the settings at a width and pixel density: for the file, or for the dialog's preview. */
    public CompletableFuture<ImageExport.Rendered> render(ImageExportSettings s, int width, int density,
                                                          boolean svg) {
        CompletableFuture<ImageExport.Rendered> result = new CompletableFuture<>();
        Shown now = shown.get();
        TimeScale view = now.view();
        background.run(() -> {
            try (Store store = storeAccess.open()) {
                double[] extent = ImageExportSource.extent(store, now.events());
                if (extent == null) {
                    throw new IllegalStateException(messages.get("export.image.no-event"));
                }
                double[] range = s.timeRange(view, extent);
                TimeScale scale = s.range() == ImageExportSettings.Range.VIEW
                        ? new TimeScale(view.start(), view.span() / width, width)
                        : ImageExportSource.scaleFor(range[0], range[1], width);
                ExportContent content = ImageExportSource.read(store, range[0], range[1], now.lanes(), s.options(),
                        locale, now.events());
                if (content.items().isEmpty()) {
                    throw new IllegalStateException(messages.get("export.image.no-event-in-range"));
                }
                return new Prepared(content, scale);
            }
        }, prepared -> {
            try {
                result.complete(ImageExport.render(prepared.content(), prepared.scale(), s.options(), locale, svg,
                        density));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, result::completeExceptionally);
        return result;
    }
}
