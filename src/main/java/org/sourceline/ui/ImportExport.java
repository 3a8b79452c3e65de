package org.sourceline.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sourceline.app.TimelineImport;
import org.sourceline.i18n.Messages;
import org.sourceline.io.DataFormat;
import org.sourceline.io.InvalidInputException;
import org.sourceline.io.Problem;
import org.sourceline.io.OutputPath;
import org.sourceline.io.TimelineFiles;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.store.ImportMerge;
import org.sourceline.store.ImportOptions;
import org.sourceline.store.ImportReport;
import org.sourceline.store.Store;
import org.sourceline.ui.edit.Edit;

/**
 * File ▸ Import… and File ▸ Export data…: a file chooser, the reading, storing and writing in the background, and
 * the outcome said in the status bar, or in a dialog that lists every problem of a refused file with its place.
 */
public final class ImportExport {
    /** What an import did, for the status bar and the history. */
    public record Outcome(Path file, DataFormat format, ImportReport report) {
        public int events() {
            return report.events().added();
        }
    }

    /**
     * The most events an import in the window keeps in memory to be undone: a bigger import is stored all the same,
     * and the window says it cannot be undone.
     */
    static final int UNDOABLE_EVENTS = 20_000;

    private final WindowModel model;
    private final Background background;
    private final StoreAccess storeAccess;
    private final Messages messages;
    private final Settings settings;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final Consumer<String> reload;

    /**
     * @param status shows a line in the window's status bar
     * @param reload shows the store again once an import too large to undo is stored, then says what it brought
     */
    public ImportExport(WindowModel model, Settings settings, Supplier<Window> owner, Consumer<String> status,
                        Consumer<String> reload) {
        this.model = model;
        this.background = model.background();
        this.storeAccess = model.store();
        this.messages = model.messages();
        this.settings = settings;
        this.owner = owner;
        this.status = status;
        this.reload = reload;
    }

    /** Asks for a file, then imports it. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.chooser.filter"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("chooser.all-files"), "*"));
        initialFolder(chooser);
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            settings.put("data.folder", file.getParent());
            importFile(file.toPath());
        }
    }

    /**
     * Reads the file in the format it tells and adds it to the store, all or nothing, as one step of the window's
     * history (Undo removes what it added and restores what it updated). What the file describes otherwise than the
     * store is kept as the store has it and listed in a dialog. A refused file changes nothing and its problems are
     * listed in a dialog.
     */
    public CompletableFuture<Outcome> importFile(Path file) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        if (!model.beginWrite()) {
            done.completeExceptionally(new IllegalStateException(messages.get("status.edit.busy")));
            return done;
        }
        status.accept(messages.get("import.running", file));
        background.run(() -> {
            for (Path part : storeAccess.files().keySet()) {
                OutputPath.checkNotInput(part, java.util.Map.of(file, "the file being imported"));
            }
            try (Store store = storeAccess.open()) {
                TimelineImport.Outcome imported = TimelineImport.importFile(file, null, store,
                        new ImportOptions(false, false, UNDOABLE_EVENTS), LocalDate.now());
                return new Outcome(file, imported.format(), imported.report());
            }
        }, outcome -> {
            model.endWrite();
            ImportReport report = outcome.report();
            String said = messages.get("import.done", report.events().added(), outcome.format().displayName(),
                    outcome.file().getFileName()) + (report.events().unchanged() + report.events().kept() > 0
                    ? messages.get("import.done.already", report.events().unchanged() + report.events().kept())
                    : "");
            if (report.change() != null) {
                model.applied(new Edit(Edit.Kind.IMPORT, String.valueOf(outcome.file().getFileName()),
                        report.change()));
                model.tell(said);
            } else if (report.changedNothing()) {
                model.tell(said + messages.get("import.done.nothing"));
            } else {
                // Too large to keep in memory for an undo: stored all the same, and shown by reading the store.
                reload.accept(said + messages.get("import.done.not-undoable"));
            }
            if (!report.notices().isEmpty()) {
                showNotices(outcome);
            }
            done.complete(outcome);
        }, error -> {
            model.endWrite();
            importFailed(file, error);
            done.completeExceptionally(error);
        });
        return done;
    }

    /** What the file describes otherwise than the store, kept as the store has it: each thing and each field. */
    private void showNotices(Outcome outcome) {
        List<ImportReport.Notice> notices = outcome.report().notices();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Sourceline");
        alert.setHeaderText(messages.plural("import.notices.header", notices.size(), notices.size(),
                outcome.file().getFileName()));
        alert.getDialogPane().setId("import-notices");
        alert.getDialogPane().setMinWidth(640);
        StringBuilder text = new StringBuilder();
        for (ImportReport.Notice notice : notices) {
            text.append(notice.subject()).append('\n');
            for (ImportMerge.Difference d : notice.differences()) {
                text.append("  ").append(messages.get("import.notices.difference", d.field(),
                        d.stored() == null ? "—" : d.stored(), d.file() == null ? "—" : d.file())).append('\n');
            }
        }
        TextArea list = new TextArea(text.toString());
        list.setId("import-notice-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(16, 2 + notices.size() * 3));
        Label summary = new Label(messages.get("import.notices.kept"));
        summary.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(8, summary, list));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.show();
    }

    private void importFailed(Path file, Throwable error) {
        String header = messages.get("import.failed.header", file);
        status.accept(header);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Sourceline");
        alert.setHeaderText(header);
        alert.getDialogPane().setId("import-problems");
        alert.getDialogPane().setMinWidth(640);
        if (error instanceof InvalidInputException invalid) {
            List<Problem> problems = invalid.problems();
            boolean rows = problems.stream().allMatch(p -> p.column() == 0);
            String where = rows ? messages.get("import.problems.place.rows")
                    : messages.get("import.problems.place.lines");
            Label summary = new Label(messages.plural("import.problems", problems.size(), problems.size(), where));
            summary.setWrapText(true);
            // The header names the file in full; each line names it short, so that the places stand out.
            String name = String.valueOf(file.getFileName());
            TextArea list = new TextArea(String.join("\n", problems.stream()
                    .map(p -> new Problem(name, p.line(), p.column(), p.message()).toString()).toList()));
            list.setId("import-problem-list");
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(Math.min(14, Math.max(3, problems.size() + 1)));
            VBox.setVgrow(list, Priority.ALWAYS);
            alert.getDialogPane().setContent(new VBox(8, summary, list));
        } else {
            alert.setContentText(error.getMessage());
        }
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.show();
    }

    /** Asks for a file and a format (by the file type chosen), then exports the store to it. */
    public void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.data.chooser.title"));
        for (DataFormat format : DataFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.displayName() + " (*."
                    + format.extension() + ")", "*." + format.extension()));
        }
        chooser.setInitialFileName("timeline.json");
        initialFolder(chooser);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        settings.put("data.folder", file.getParent());
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        DataFormat format = DataFormat.SOURCELINE;
        for (DataFormat candidate : DataFormat.values()) {
            if (chosen != null && chosen.getDescription().startsWith(candidate.displayName() + " ")) {
                format = candidate;
            }
        }
        exportTo(file.toPath(), format);
    }

    /** Writes the whole store in a format; a Sourceline export puts the articles beside the file. */
    public CompletableFuture<Path> exportTo(Path file, DataFormat format) {
        status.accept(messages.get("status.exporting"));
        CompletableFuture<Path> done = new CompletableFuture<>();
        background.run(() -> {
            LoadedTimeline timeline;
            try (Store store = storeAccess.open()) {
                timeline = store.load();
            }
            TimelineFiles.write(timeline, file, format, storeAccess.files());
            return timeline.dataset().events().size();
        }, events -> {
            status.accept(messages.get("export.data.done", events, format.displayName(), file));
            done.complete(file);
        }, error -> {
            String message = messages.get("export.data.failed", file, error.getMessage());
            status.accept(message);
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setTitle("Sourceline");
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.show();
            done.completeExceptionally(error);
        });
        return done;
    }

    private void initialFolder(FileChooser chooser) {
        File folder = new File(settings.get("data.folder", System.getProperty("user.home")));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
    }
}
