package org.sourceline.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sourceline.app.DataDirectory;

/** The desktop application: one window on one store. */
public final class SourcelineApp extends Application {
    private static volatile Path storeFile;

    private Background background;

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
        background = Background.singleThread("sourceline-store");
        MainWindow window = new MainWindow(background, StoreAccess.of(storeFile()), Locale.getDefault());
        Scene scene = new Scene(window, 1280, 800);
        stage.setTitle("Sourceline");
        stage.setScene(scene);
        stage.show();
        window.load();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdown();
        }
    }
}
