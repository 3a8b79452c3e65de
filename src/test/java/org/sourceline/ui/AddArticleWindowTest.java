package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.SourceDocument;
import org.sourceline.store.Store;
import org.sourceline.ui.catalog.CatalogPane;
import org.sourceline.ui.catalog.CatalogViewModel.Entry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Add article… (and a file dropped on the window), as a user does it on the seed timeline, in French. */
@ExtendWith(ApplicationExtension.class)
class AddArticleWindowTest {
    private static final Path PAGE = Path.of("src/test/resources/org/sourceline/articles/le360-renfort.html");
    private static final String HEADLINE =
            "Sécurité de la Coupe du monde 2022 au Qatar: Abdellatif Hammouchi apporte son renfort";

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.showSeeds(stage, dir);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowTests.waitUntil(condition);
    }

    private String field(FxRobot robot, String key) {
        return robot.lookup("#catalog-field-" + key).queryAs(TextInputControl.class).getText();
    }

    /** The source of that title added from a file (a seed source bears the same headline). */
    private SourceDocument stored(String title) throws Exception {
        try (Store store = window.model().store().open()) {
            for (var s : store.sourcesById().values()) {
                SourceDocument d = store.sourceDocument(s.id()).orElseThrow();
                if (s.title().equals(title) && d.original() != null) {
                    return d;
                }
            }
            return null;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavedNewsPageOpensAsANewSourceToConfirmAndIsStoredWithItsFileThenUndone(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().loadedProperty().get());
        CompletableFuture<CatalogPane>[] shown = new CompletableFuture[1];
        robot.interact(() -> shown[0] = window.addArticle(PAGE));
        shown[0].get(20, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup("#catalog-field-title").tryQuery().isPresent());

        assertThat(field(robot, "title")).isEqualTo(HEADLINE);
        assertThat(field(robot, "outlet")).isEqualTo("Le360");
        assertThat(field(robot, "author")).isEqualTo("Hajar Kharroubi");
        assertThat(field(robot, "published")).startsWith("2022-05-27T");
        assertThat(field(robot, "language")).isEqualTo("fr");
        assertThat(robot.lookup("#catalog-source-hint").queryAs(Label.class).getText())
                .startsWith("Lu dans « le360-renfort.html »");
        TextArea text = robot.lookup("#catalog-field-text").queryAs(TextArea.class);
        assertThat(text.isEditable()).as("the text is the file's").isFalse();
        assertThat(text.getText()).contains("Hammouchi").doesNotContain("Merci Mr Hamouchi");
        assertThat(robot.lookup("#catalog-save").query().isDisabled()).as("ready to save as read").isFalse();

        // The body narrowed to its first paragraph: the form says where it starts and ends.
        robot.clickOn("#catalog-field-body-lines");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("1-1");
        waitUntil(() -> robot.lookup(".editor-date-shown").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Lignes 1 à 1 sur ")));
        robot.clickOn("#catalog-save");

        waitUntil(() -> stored(HEADLINE) != null);
        SourceDocument saved = stored(HEADLINE);
        assertThat(saved.original().bytes()).isEqualTo(Files.readAllBytes(PAGE));
        assertThat(saved.article().body()).doesNotContain("\n").startsWith("En marge de sa participation");
        ListView<Entry> list = robot.lookup("#catalog-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().filter(e -> e.name().equals(HEADLINE)).count() == 2);

        robot.interact(() -> {
            window.getScene().getWindow().requestFocus();
            window.timeline().requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> stored(HEADLINE) == null);
        waitUntil(() -> list.getItems().stream().filter(e -> e.name().equals(HEADLINE)).count() == 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileThatIsNoArticleIsRefusedInTheWindowsLanguageAndNothingIsAdded(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().loadedProperty().get());
        Path empty = Files.createFile(dir.resolve("vide-" + System.nanoTime() + ".txt"));
        int before;
        try (Store store = window.model().store().open()) {
            before = store.sourcesById().size();
        }
        CompletableFuture<CatalogPane>[] shown = new CompletableFuture[1];
        robot.interact(() -> shown[0] = window.addArticle(empty));
        waitUntil(() -> shown[0].isCompletedExceptionally());
        String expected = "« " + empty.getFileName() + " » est vide. Rien n’a été ajouté.";
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo(expected);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).isEqualTo(expected);
        try (Store store = window.model().store().open()) {
            assertThat(store.sourcesById()).hasSize(before);
        }
    }
}
