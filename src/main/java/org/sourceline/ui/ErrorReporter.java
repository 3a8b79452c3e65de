package org.sourceline.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.sourceline.i18n.Messages;

/**
 * What happens to an error nobody expected: it is written to the log file in the data folder, and the user is
 * told what failed and where the log is. The app keeps running.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private final Path logFile;
    private final Messages messages;
    private boolean showing;

    public ErrorReporter(Path logFile, Locale locale) {
        this.logFile = logFile;
        this.messages = Messages.of(locale);
    }

    /** Catches uncaught errors on every thread, the JavaFX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String where = log(thread, error);
        if (Platform.isFxApplicationThread()) {
            show(error, where);
        } else {
            Platform.runLater(() -> show(error, where));
        }
    }

    /** Appends the error to the log file; returns where it happened (the first frame of our code, if any). */
    String log(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String where = where(error);
        String entry = OffsetDateTime.now() + " [" + thread.getName() + "] unexpected error in " + where + "\n"
                + trace + "\n";
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.print(entry);
        }
        return where;
    }

    static String where(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.sourceline.")) {
                    return frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                            + frame.getMethodName() + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
                }
            }
        }
        StackTraceElement[] frames = error.getStackTrace();
        return frames.length == 0 ? "?" : frames[0].toString();
    }

    private void show(Throwable error, String where) {
        if (showing) {
            return;   // one dialog at a time: a burst of the same failure is in the log
        }
        showing = true;
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("error.unexpected.text", what, where, logFile));
        alert.setTitle("Sourceline");
        alert.setHeaderText(messages.get("error.unexpected.header"));
        alert.getDialogPane().setId("unexpected-error");
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }
}
