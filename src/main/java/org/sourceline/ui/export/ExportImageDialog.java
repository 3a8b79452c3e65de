package org.sourceline.ui.export;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sourceline.i18n.Messages;

/**
 * File ▸ Export image…: what to export (the view, everything, or a date range), size, scale, format, and what goes
 * around the timeline, with a preview of the image that will be written.
 */
public final class ExportImageDialog extends Dialog<ImageExportSettings> {
    private final Locale locale;
    private final Messages messages;
    private final ToggleGroup range = new ToggleGroup();
    private final RadioButton view;
    private final RadioButton all;
    private final RadioButton dates;
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Spinner<Integer> width = new Spinner<>(ImageExportSettings.MIN_WIDTH, ImageExportSettings.MAX_WIDTH,
            1600, 100);
    private final ChoiceBox<String> density = new ChoiceBox<>();
    private final ChoiceBox<String> format = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final CheckBox caption;
    private final CheckBox legend;
    private final CheckBox sources;
    private final Label problem = new Label();
    private final ImageView preview = new ImageView();
    private final Label previewNote = new Label();
    private int previewRequests;
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(250));
    private final Function<ImageExportSettings, java.util.concurrent.CompletionStage<BufferedImage>> previewer;

    /**
     * @param previewer renders a preview of some settings (store reads in the background, drawing on this thread)
     */
    public ExportImageDialog(ImageExportSettings initial, Locale locale,
                             Function<ImageExportSettings, java.util.concurrent.CompletionStage<BufferedImage>> previewer) {
        this.locale = locale;
        this.messages = Messages.of(locale);
        this.previewer = previewer;
        setTitle(messages.get("export.dialog.title"));
        setHeaderText(messages.get("export.dialog.header"));
        view = radio(messages.get("export.dialog.range.view"), ImageExportSettings.Range.VIEW);
        all = radio(messages.get("export.dialog.range.all"), ImageExportSettings.Range.ALL);
        dates = radio(messages.get("export.dialog.range.dates"), ImageExportSettings.Range.DATES);
        caption = new CheckBox(messages.get("export.dialog.caption"));
        legend = new CheckBox(messages.get("export.dialog.legend"));
        sources = new CheckBox(messages.get("export.dialog.sources"));
        density.getItems().addAll("1×", "2×", "3×");
        format.getItems().addAll("PNG", "SVG");
        width.setEditable(true);
        from.setPromptText(messages.get("export.dialog.from.prompt"));
        to.setPromptText(messages.get("export.dialog.to.prompt"));
        title.setPromptText(messages.get("export.dialog.image-title.prompt"));
        problem.getStyleClass().add("export-problem");
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.setWrapText(true);
        for (Node n : new Node[] {from, to, width, density, format, title, caption, legend, sources, view, all, dates}) {
            n.setAccessibleHelp(messages.get("export.dialog.option.help"));
        }
        from.setAccessibleText(messages.get("export.dialog.from.accessible"));
        to.setAccessibleText(messages.get("export.dialog.to.accessible"));
        width.setAccessibleText(messages.get("export.dialog.width.accessible"));
        density.setAccessibleText(messages.get("export.dialog.scale"));
        format.setAccessibleText(messages.get("export.dialog.format"));
        title.setAccessibleText(messages.get("export.dialog.image-title"));
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(640);

        apply(initial);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(messages.get("export.dialog.what")),
                new VBox(4, view, all, new HBox(6, dates, from, to)));
        form.addRow(row++, new Label(messages.get("export.dialog.width")), width);
        form.addRow(row++, new Label(messages.get("export.dialog.scale")), density);
        form.addRow(row++, new Label(messages.get("export.dialog.format")), format);
        form.addRow(row++, new Label(messages.get("export.dialog.image-title")), title);
        form.addRow(row++, new Label(messages.get("export.dialog.around")), new VBox(4, caption, legend, sources));
        form.add(problem, 0, row++, 2, 1);
        ScrollPane previewBox = new ScrollPane(preview);
        previewBox.setPrefSize(660, 320);
        previewBox.setFitToWidth(true);
        VBox content = new VBox(10, form, new Label(messages.get("export.dialog.preview")), previewBox, previewNote);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        ButtonType export = new ButtonType(messages.get("export.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().lookupButton(export).setId("export-button");

        previewDelay.setOnFinished(e -> refreshPreview());
        range.selectedToggleProperty().addListener(o -> changed());
        for (var p : new javafx.beans.Observable[] {from.textProperty(), to.textProperty(), width.valueProperty(),
                density.valueProperty(), format.valueProperty(), title.textProperty(), caption.selectedProperty(),
                legend.selectedProperty(), sources.selectedProperty()}) {
            p.addListener(o -> changed());
        }
        from.disableProperty().bind(dates.selectedProperty().not());
        to.disableProperty().bind(dates.selectedProperty().not());
        setResultConverter(button -> button == export ? settings() : null);
        changed();
    }

    private RadioButton radio(String text, ImageExportSettings.Range value) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(range);
        b.setUserData(value);
        return b;
    }

    private void apply(ImageExportSettings s) {
        (s.range() == ImageExportSettings.Range.ALL ? all : s.range() == ImageExportSettings.Range.DATES ? dates
                : view).setSelected(true);
        from.setText(s.from());
        to.setText(s.to());
        width.getValueFactory().setValue(Math.max(ImageExportSettings.MIN_WIDTH,
                Math.min(ImageExportSettings.MAX_WIDTH, s.width())));
        density.setValue(Math.max(1, Math.min(3, s.density())) + "×");
        format.setValue(s.svg() ? "SVG" : "PNG");
        title.setText(s.title());
        caption.setSelected(s.caption());
        legend.setSelected(s.legend());
        sources.setSelected(s.sources());
    }

    /** The settings as the form shows them now. */
    public ImageExportSettings settings() {
        ImageExportSettings.Range r = range.getSelectedToggle() == null ? ImageExportSettings.Range.VIEW
                : (ImageExportSettings.Range) range.getSelectedToggle().getUserData();
        int w;
        try {
            w = Integer.parseInt(width.getEditor().getText().strip());
        } catch (NumberFormatException e) {
            w = width.getValue();
        }
        return new ImageExportSettings(r, from.getText(), to.getText(), w,
                density.getValue() == null ? 1 : density.getValue().charAt(0) - '0', "SVG".equals(format.getValue()),
                title.getText(), caption.isSelected(), legend.isSelected(), sources.isSelected());
    }

    private void changed() {
        var issue = settings().problem(locale);
        problem.setText(issue.orElse(""));
        Node button = getDialogPane().lookupButton(getDialogPane().getButtonTypes().isEmpty() ? ButtonType.CANCEL
                : getDialogPane().getButtonTypes().get(0));
        if (button != null) {
            button.setDisable(issue.isPresent());
        }
        previewDelay.playFromStart();
    }

    private void refreshPreview() {
        ImageExportSettings s = settings();
        if (s.problem(locale).isPresent()) {
            return;
        }
        int request = ++previewRequests;
        previewer.apply(s).whenComplete((image, error) -> javafx.application.Platform.runLater(() -> {
            if (request != previewRequests) {
                return;   // a newer preview is on its way: this one is stale
            }
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                previewNote.setText(cause.getMessage());
            } else if (image != null) {
                preview.setImage(SwingFXUtils.toFXImage(image, null));
                // A denser image is previewed at 1×: say so, or the size shown would not be the one exported.
                previewNote.setText(s.density() > 1
                        ? messages.get("export.dialog.preview.size.scaled", image.getWidth(), image.getHeight())
                        : messages.get("export.dialog.preview.size", image.getWidth(), image.getHeight()));
            }
        }));
    }

    ImageView preview() {
        return preview;
    }
}
