package org.sourceline.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sourceline.app.DataDirectory;
import org.sourceline.i18n.Messages;
import org.sourceline.ui.reader.Links;

/** The desktop application: one window on one store. */
public final class SourcelineApp extends Application {
    private static volatile Path storeFile;

    private Background background;
    private Settings settings;
    private Stage stage;
    private Path current;

    /** Opens the window on {@code store} (or the user's default store when null); returns when it closes. */
    public static void launchOn(Path store) {
        storeFile = store;
        Application.launch(SourcelineApp.class);
    }

    static Path storeFile() {
        Path file = storeFile;
        return file != null ? file : DataDirectory.defaultStore();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        current = storeFile();
        background = Background.singleThread("sourceline-store");
        settings = Settings.userPreferences();
        // The chosen language, or the machine's; either way one that has a bundle (English if none has).
        String language = settings.get("language", Locale.getDefault().getLanguage());
        Locale locale = Messages.of(Locale.forLanguageTag(language)).locale();
        new ErrorReporter(DataDirectory.current().resolve("sourceline.log"), locale).install();
        Scene scene = new Scene(build(locale), settings.getDouble("window.width", 1440),
                settings.getDouble("window.height", 900));
        stage.setTitle("Sourceline");
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.widthProperty().addListener((o, was, now) -> settings.putDouble("window.width", now.doubleValue()));
        stage.heightProperty().addListener((o, was, now) -> settings.putDouble("window.height", now.doubleValue()));
        // Closing the window asks first when the editor or the catalog's form holds something typed.
        stage.setOnCloseRequest(e -> {
            if (stage.getScene().getRoot() instanceof MainWindow window && !window.confirmLeaving()) {
                e.consume();
            }
        });
        stage.show();
        ((MainWindow) scene.getRoot()).load();
    }

    private MainWindow build(Locale locale) {
        StoreAccess access = current.equals(DataDirectory.defaultStore()) ? StoreAccess.of(current)
                : StoreAccess.existing(current);
        return build(new WindowModel(background, access, locale));
    }

    private MainWindow build(WindowModel model) {
        // JavaFX's own buttons (OK, Cancel) follow the default locale: make it the interface language.
        Locale.setDefault(model.locale());
        MainWindow window = new MainWindow(model, settings, this::browse);
        window.setLanguageSwitcher(this::switchLanguage);
        window.setStoreSwitcher(this::switchStore);
        return window;
    }

    /** Shows another store in the same window; the store shown before is closed. */
    private void switchStore(Path store) {
        current = store;
        MainWindow old = (MainWindow) stage.getScene().getRoot();
        old.closeOwnWindows();
        old.model().close();
        MainWindow window = build(old.locale());
        stage.getScene().setRoot(window);
        stage.setTitle("Sourceline — " + store.getFileName());
        window.load();
    }

    /**
     * Rebuilds the window in another language, keeping what the user was looking at, the changes to undo and the
     * places visited.
     */
    private void switchLanguage(Locale locale) {
        MainWindow old = (MainWindow) stage.getScene().getRoot();
        old.closeOwnWindows();
        MainWindow window = build(old.model().inLanguage(locale));
        stage.getScene().setRoot(window);
        window.load();
        window.restore(old.scale(), old.timeline().getSelectedEventId());
    }

    private void browse(String url) {
        if (Links.isSafeWebLink(url)) {
            getHostServices().showDocument(url);
        }
    }

    @Override
    public void stop() {
        if (stage != null && stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow window) {
            window.model().close();
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
