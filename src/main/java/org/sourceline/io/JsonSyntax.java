package org.sourceline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JSON parser says of a file it cannot read, located and said in words for the person who wrote the
 * file: Jackson's messages name its own classes and settings ({@code [Source: (PushbackReader); line: 1, column:
 * 3]}, {@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}), which mean nothing to that person.
 */
final class JsonSyntax {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern START_MARKER = Pattern.compile("\\(start marker at line (\\d+), column (\\d+)\\)");
    /** How the parser could be told to take what it refused: settings of ours, not the file's business. */
    private static final Pattern SETTINGS = Pattern.compile(
            ":?\\s*enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)"
                    + "|\\s*`[^`]*`");
    private static final Pattern LIMIT = Pattern.compile("(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonSyntax() {
    }

    /** A syntax error: where the parser stopped, and why. */
    static Problem malformed(String file, StreamReadException e) {
        JsonLocation at = e.getLocation();
        return new Problem(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                at == null ? 1 : Math.max(1, at.getColumnNr()), "malformed JSON: " + words(e.getOriginalMessage()));
    }

    /**
     * A file beyond the parser's limits (arrays nested more than 1000 deep, a number of more than 1000 digits, a
     * text of more than 20 million characters): where, and which limit.
     */
    static Problem beyondLimits(String file, StreamConstraintsException e, JsonParser parser) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new Problem(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                limit(e.getOriginalMessage()));
    }

    /** The first line of a parser message, in the file's terms rather than the parser's. */
    static String words(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline);
        }
        text = SOURCE.matcher(text).replaceAll("line $1, column $2");
        text = START_MARKER.matcher(text).replaceAll("(opened at line $1, column $2)");
        text = SETTINGS.matcher(text).replaceAll("");
        text = text.strip();
        return text.isEmpty() ? "the parser cannot go on from here" : text;
    }

    private static String limit(String message) {
        Matcher m = LIMIT.matcher(message == null ? "" : message);
        if (!m.lookingAt()) {
            return "the file goes beyond what this reader takes: " + words(message);
        }
        String max = m.group(3);
        return switch (m.group(1)) {
            case "Document nesting depth" -> "arrays and objects are nested more than " + max
                    + " deep, more than this reader takes";
            case "Number value length" -> "a number is written with more than " + max
                    + " digits, more than this reader takes";
            case "String value length" -> "a text is longer than " + max + " characters, more than this reader takes";
            case "Name length" -> "a key is longer than " + max + " characters, more than this reader takes";
            default -> "the file goes beyond what this reader takes: "
                    + m.group(1).toLowerCase(java.util.Locale.ROOT) + " over " + max;
        };
    }
}
