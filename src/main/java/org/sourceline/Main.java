package org.sourceline;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sourceline.cli.SourcelineCommand;
import org.sourceline.render.FxRuntime;
import org.sourceline.ui.SourcelineApp;

/** Entry point of the jar: a command when one is given, else the window. Kept apart from the Application class. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        FxRuntime.quietClasspathWarning();
        int code;
        try {
            code = SourcelineCommand.run(args, SourcelineApp::launchOn, out, err);
        } catch (OutOfMemoryError e) {
            err.println("sourceline: out of memory (" + e.getMessage() + "); give Java more with -Xmx, e.g."
                    + " java -Xmx8g -jar sourceline.jar ...");
            code = 1;
        } catch (Error e) {
            // Not an exception the command could report: say so and end, rather than leave the JavaFX thread
            // (started by a headless command) keeping the process alive with nothing to do.
            err.println("sourceline: " + e);
            code = 1;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
