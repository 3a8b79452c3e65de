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
        int code = SourcelineCommand.run(args, SourcelineApp::launchOn, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
