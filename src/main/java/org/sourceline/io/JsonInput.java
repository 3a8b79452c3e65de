package org.sourceline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourceline.model.Rules;
import org.sourceline.model.Violation;

/**
 * A JSON file of another program (TimelineJS, vis-timeline) read whole into located nodes, with typed access that
 * records a located problem for every value of the wrong kind. Unlike our own format, keys we do not use are
 * ignored: those programs have many we have no use for.
 */
final class JsonInput {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    final String file;
    final List<Problem> problems = new ArrayList<>();

    JsonInput(String file) {
        this.file = file;
    }

    /**
     * Reads the whole document. A syntax or encoding error, or a document beyond the parser's limits, is the only
     * problem reported, since nothing after it can be read.
     */
    JsonNode read(InputStream in) throws IOException, InvalidInputException {
        PushbackReader text = new PushbackReader(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))), 1);
        try (JsonParser parser = JSON.createParser(text)) {
            try {
                int first = text.read();
                if (first != '\uFEFF' && first != -1) {
                    text.unread(first);
                }
                if (parser.nextToken() == null) {
                    throw new InvalidInputException(List.of(new Problem(file, 1, 1, "the file is empty")));
                }
                JsonNode root = JsonNode.read(parser, problems, file);
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(),
                            "unexpected content after the end of the document"));
                }
                return root;
            } catch (StreamReadException e) {
                throw new InvalidInputException(List.of(JsonSyntax.malformed(file, e)));
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(List.of(JsonSyntax.beyondLimits(file, e, parser)));
            } catch (CharacterCodingException e) {
                JsonLocation at = parser.currentLocation();
                throw new InvalidInputException(List.of(new Problem(file, at.getLineNr(), 1,
                        "the file is not valid UTF-8 (near this line)")));
            }
        }
    }

    void problem(JsonNode at, String message) {
        problems.add(new Problem(file, at.line, at.column, message));
    }

    /** Every problem found, in file order. */
    void throwIfAny() throws InvalidInputException {
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            throw new InvalidInputException(problems);
        }
    }

    /** The value of a key, or null when it is absent or {@code null}. */
    static JsonNode field(JsonNode object, String key) {
        JsonNode node = object.fields().get(key);
        return node == null || node.type == JsonNode.Type.NULL ? null : node;
    }

    boolean isObject(JsonNode node, String what) {
        if (node.type != JsonNode.Type.OBJECT) {
            problem(node, what + " must be an object, found " + node.describe());
            return false;
        }
        return true;
    }

    /** An object-valued key, or null (absent, or reported as the wrong kind). */
    JsonNode object(JsonNode object, String key) {
        JsonNode node = field(object, key);
        if (node == null) {
            return null;
        }
        return isObject(node, "\"" + key + "\"") ? node : null;
    }

    /** An array-valued key; empty when absent or reported as the wrong kind. */
    List<JsonNode> array(JsonNode object, String key) {
        JsonNode node = field(object, key);
        if (node == null) {
            return List.of();
        }
        if (node.type != JsonNode.Type.ARRAY) {
            problem(node, "\"" + key + "\" must be an array, found " + node.describe());
            return List.of();
        }
        return node.items();
    }

    /** A text, also accepted as a number (an id written {@code 7}); null when absent or blank. */
    String text(JsonNode object, String key) {
        JsonNode node = field(object, key);
        if (node == null) {
            return null;
        }
        String value = switch (node.type) {
            case STRING -> node.text();
            case NUMBER -> plain(node.number());
            default -> {
                problem(node, "\"" + key + "\" must be a string, found " + node.describe());
                yield null;
            }
        };
        if (value != null) {
            // Refused here, where the file has it: once read as HTML it is no longer where the file put it. The
            // text is still given, so that nothing else is reported as missing; the file is refused all the same.
            Optional<Violation> broken = Rules.characters(key, value);
            broken.ifPresent(v -> problems.add(new Problem(file, node.line, node.columnOf(v.offset()),
                    v.message())));
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** A whole number, also accepted as text ({@code "2022"}); null when absent or empty. */
    Long integer(JsonNode object, String key) {
        JsonNode node = field(object, key);
        if (node == null) {
            return null;
        }
        String text = node.type == JsonNode.Type.STRING ? node.text().strip()
                : node.type == JsonNode.Type.NUMBER ? plain(node.number()) : null;
        if (text == null) {
            problem(node, "\"" + key + "\" must be a whole number, found " + node.describe());
            return null;
        }
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(node, "\"" + key + "\" must be a whole number, found \"" + text + "\"");
            return null;
        }
    }

    /** A number as it would be written plainly; a number too large for a double stays as Java writes it. */
    private static String plain(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    : String.valueOf(value);
        }
        return number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : number.toString();
    }
}
