package org.sourceline.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A path given on the command line. One the system cannot take (a NUL character on Linux, a colon in a Windows
 * file name) is wrong usage, said in words: picocli's own converter names the Java exception.
 */
final class PathConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + visible(value) + "' is not a path this system can"
                    + " use (" + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /** The text with its control characters written out, so that the message shows where they are. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == 0) {
                out.append("\\0");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
