package org.sourceline.ui.reader;

import org.sourceline.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.app.Seeds;
import org.sourceline.model.Dataset;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "open original" button, on a store whose sources carry addresses, one of them hostile. */
@ExtendWith(ApplicationExtension.class)
class SourceReaderLinkTest {
    private static final String WEB = "https://example.org/2022/05/28/securite-mondial";
    private static final String HOSTILE = "javascript:alert(1)";
    private static final Map<String, String> URLS = Map.of("src-000", WEB, "src-001", HOSTILE);

    @TempDir
    static Path dir;
    private static StoreAccess store;

    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private SourceReaderViewModel model;
    private SourceReader reader;

    /** The importer refuses such an address, but a store is a file anyone can edit: the reader checks again. */
    @BeforeAll
    static void storeWithAddresses() throws Exception {
        LoadedTimeline seeds = Seeds.load();
        Dataset d = seeds.dataset();
        List<Source> sources = d.sources().stream().map(s -> new Source(s.id(), s.file(), s.title(), s.outlet(),
                s.author(), s.published(), s.language(), URLS.get(s.id()), s.bodyLines(), s.note())).toList();
        Path file = dir.resolve("links.db");
        try (Store s = Stores.open(file)) {
            s.importTimeline(new LoadedTimeline(new Dataset(d.title(), d.description(), sources, d.actors(),
                    d.places(), d.events(), d.eras()), seeds.articles()), true);
        }
        store = StoreAccess.of(file);
    }

    @Start
    void start(Stage stage) {
        model = new SourceReaderViewModel(Background.singleThread("test-links"), store, Locale.FRENCH);
        reader = new SourceReader(model, id -> { }, browsed::add);
        stage.setScene(new Scene(reader, 640, 500));
        stage.show();
    }

    private void open(FxRobot robot, String sourceId) throws Exception {
        robot.interact(() -> reader.open(sourceId, 0, 10));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.sourceText() != null && model.sourceText().source().id().equals(sourceId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWebAddressOpensInTheBrowser(FxRobot robot) throws Exception {
        open(robot, "src-000");
        Button button = robot.lookup("#open-original").queryAs(Button.class);
        assertThat(button.isDisabled()).isFalse();
        assertThat(robot.lookup("#reader-link-status").queryAs(Label.class).getText()).isEqualTo(WEB);

        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(browsed).containsExactly(WEB);
    }

    @Test
    void aJavascriptAddressIsRefusedWithAVisibleMessage(FxRobot robot) throws Exception {
        open(robot, "src-001");
        Button button = robot.lookup("#open-original").queryAs(Button.class);
        Label status = robot.lookup("#reader-link-status").queryAs(Label.class);

        assertThat(button.isDisabled()).isTrue();
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText())
                .isEqualTo("Lien refusé : seules les adresses http et https s’ouvrent (javascript:alert(1))");
        assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("error"));

        robot.clickOn(button);
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(browsed).isEmpty();
    }
}
