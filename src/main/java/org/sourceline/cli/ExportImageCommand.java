package org.sourceline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sourceline.app.ImageExportSource;
import org.sourceline.app.ImageFiles;
import org.sourceline.io.OutputPath;
import org.sourceline.layout.LaneMode;
import org.sourceline.layout.TimeScale;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;
import org.sourceline.model.Rule;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;
import org.sourceline.render.ExportContent;
import org.sourceline.render.ExportOptions;
import org.sourceline.render.FxRuntime;
import org.sourceline.render.ImageExport;
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export-image", mixinStandardHelpOptions = true,
        description = "Draws the timeline as a PNG or SVG image, with no display needed; the same drawing as the window.")
final class ExportImageCommand implements Callable<Integer> {
    static final int MAX_WIDTH = 60_000;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to draw.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png or FILE.svg.")
    Path out;

    @Option(names = "--from", paramLabel = "EDTF", description = "Start of the range (default: the first event).")
    String from;

    @Option(names = "--to", paramLabel = "EDTF", description = "End of the range, included (default: the last event).")
    String to;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1600", description = "Width in pixels (default 1600).")
    int width;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", description = "Pixel density: 1, 2 or 3.")
    int scale;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title above the timeline.")
    String title;

    @Option(names = "--lanes", paramLabel = "MODE", defaultValue = "category",
            description = "category, actor or none (default category).")
    String lanes;

    @Option(names = "--sources", description = "List the cited sources, numbered, under the timeline.")
    boolean sources;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "fr", description = "fr or en (default fr).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out.getFileName() == null || Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ParameterException(spec.commandLine(), "--out must name a file, not a folder: " + out);
        }
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new ParameterException(spec.commandLine(), "--language must be fr or en, got " + language);
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new ParameterException(spec.commandLine(), "unknown image format for " + out
                    + ": the file name must end in .png or .svg");
        }
        if (width < 200 || width > MAX_WIDTH) {
            throw new ParameterException(spec.commandLine(), "--width must be between 200 and " + MAX_WIDTH
                    + " pixels, got " + width);
        }
        if (scale < 1 || scale > 3) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1, 2 or 3, got " + scale);
        }
        LaneMode mode = switch (lanes) {
            case "category" -> LaneMode.CATEGORY;
            case "actor" -> LaneMode.ACTOR;
            case "none" -> LaneMode.SINGLE;
            default -> throw new ParameterException(spec.commandLine(),
                    "--lanes must be category, actor or none, got " + lanes);
        };
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        var err = spec.commandLine().getErr();
        var inputs = Stores.asInputs(db, "the store being drawn");
        try {
            OutputPath.check(out, inputs);
        } catch (OutputPath.RefusedException e) {
            err.println("sourceline: " + e.getMessage());
            return 1;
        }
        // A range the timeline cannot draw is refused as an import refuses such a date.
        String[][] bounds = {{"--from", from}, {"--to", to}};
        for (String[] bound : bounds) {
            Optional<Violation> outside = bound[1] == null ? Optional.empty() : Rules.date("date", bound[1])
                    .filter(v -> v.rule() == Rule.DATE_OUT_OF_RANGE);
            if (outside.isPresent()) {
                err.println("sourceline: " + bound[0] + ": " + outside.get().message() + "; nothing was written");
                return 1;
            }
        }
        ExportContent content;
        double t0;
        double t1;
        try (Store store = Stores.openExisting(db)) {
            double[] extent = ImageExportSource.extent(store);
            try {
                t0 = from != null ? EdtfDate.parse(from).earliestEpochSecond() : extent == null ? 0 : extent[0];
                t1 = to != null ? EdtfDate.parse(to).latestEpochSecond() : extent == null ? 86_400 : extent[1];
            } catch (EdtfException e) {
                err.println("sourceline: invalid date: " + e.getMessage());
                return 1;
            }
            if (t1 <= t0) {
                err.println("sourceline: the range is empty: " + (from == null ? "the first event" : "--from " + from)
                        + " comes after " + (to == null ? "the last event" : "--to " + to) + "; nothing was written");
                return 1;
            }
            content = ImageExportSource.read(store, t0, t1, mode,
                    new ExportOptions(title, true, true, sources), locale);
        } catch (StoreException e) {
            err.println("sourceline: " + e.getMessage());
            return 1;
        }
        if (content.items().isEmpty()) {
            err.println("sourceline: no event in that range; nothing was written");
            return 1;
        }
        ExportOptions options = new ExportOptions(title, true, true, sources);
        TimeScale timeScale = ImageExportSource.scaleFor(t0, t1, width);
        FxRuntime.startHeadless();
        try {
            ImageExport.Rendered image = FxRuntime.call(
                    () -> ImageExport.render(content, timeScale, options, locale, svg, scale));
            OutputPath.check(out, inputs);
            if (svg) {
                ImageFiles.writeSvg(image.svg(), out);
            } else {
                ImageFiles.writePng(image.pixels(), out);
            }
        } catch (IllegalArgumentException e) {
            err.println("sourceline: " + e.getMessage() + "; nothing was written");
            return 1;
        } catch (OutputPath.RefusedException e) {
            err.println("sourceline: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("sourceline: " + out + ": cannot write: " + OutputPath.why(e) + "; nothing was written");
            return 1;
        }
        spec.commandLine().getOut().printf("%s: %d events drawn%n", out, content.items().size());
        return 0;
    }
}
