package org.sourceline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so that every validation error can point at a line
 * and a column. Built from Jackson's streaming parser one value at a time, so a large array can be read element
 * by element without holding the whole file.
 */
final class JsonNode {
    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    final Type type;
    final int line;
    final int column;
    /**
     * For a string, whether it stands in the file exactly as read, on one line and with no escape: only then is a
     * character of its text at a known column ({@link #columnOf}).
     */
    private final boolean verbatim;
    private final Object value;

    private JsonNode(Type type, int line, int column, Object value) {
        this(type, line, column, value, false);
    }

    private JsonNode(Type type, int line, int column, Object value, boolean verbatim) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.value = value;
        this.verbatim = verbatim;
    }

    /** An object node made of fields read one by one (the timeline object, read in a stream). */
    static JsonNode objectAt(JsonLocation at, Map<String, JsonNode> fields) {
        return new JsonNode(Type.OBJECT, at.getLineNr(), at.getColumnNr(), fields);
    }

    /** Stands for an array whose items were consumed as they were read. */
    static JsonNode emptyArrayAt(JsonLocation at) {
        return new JsonNode(Type.ARRAY, at.getLineNr(), at.getColumnNr(), List.of());
    }

    /** Reads the value whose first token the parser is on; leaves the parser on its last token. */
    static JsonNode read(JsonParser parser, List<Problem> problems, String file) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    JsonNode child = read(parser, problems, file);
                    if (fields.containsKey(name)) {
                        problems.add(new Problem(file, nameAt.getLineNr(), nameAt.getColumnNr(),
                                "key \"" + name + "\" appears twice in the same object"));
                    } else {
                        fields.put(name, child);
                    }
                }
                return new JsonNode(Type.OBJECT, line, column, fields);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, problems, file));
                }
                return new JsonNode(Type.ARRAY, line, column, items);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                // Read whole by now, so the parser stands just after the closing quote.
                JsonLocation end = parser.currentLocation();
                boolean verbatim = at.getCharOffset() >= 0 && end.getLineNr() == line
                        && end.getCharOffset() - at.getCharOffset() == text.length() + 2L;
                return new JsonNode(Type.STRING, line, column, text, verbatim);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNode(Type.NUMBER, line, column, parser.getNumberValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonNode(Type.BOOLEAN, line, column, parser.getBooleanValue());
            case VALUE_NULL:
                return new JsonNode(Type.NULL, line, column, null);
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonNode> fields() {
        return type == Type.OBJECT ? (Map<String, JsonNode>) value : Collections.emptyMap();
    }

    @SuppressWarnings("unchecked")
    List<JsonNode> items() {
        return type == Type.ARRAY ? (List<JsonNode>) value : Collections.emptyList();
    }

    String text() {
        return type == Type.STRING ? (String) value : null;
    }

    /**
     * The column of a character of this string's text, so that a problem can point at it; the column of the string
     * itself when escapes (a backslash and what follows it) make the file's columns differ from the text's.
     */
    int columnOf(int offsetInString) {
        return verbatim && offsetInString >= 0 ? column + 1 + offsetInString : column;
    }

    Number number() {
        return type == Type.NUMBER ? (Number) value : null;
    }

    String describe() {
        switch (type) {
            case OBJECT: return "an object";
            case ARRAY: return "an array";
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            default: return "null";
        }
    }
}
