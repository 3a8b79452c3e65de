package org.sourceline.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks shared by the records: ids are lowercase slugs, texts are present, lists are immutable copies. */
final class Ids {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    static String id(String what, String value) {
        Objects.requireNonNull(value, what + " id is missing");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " id '" + value + "' must be lowercase letters, digits and dashes");
        }
        return value;
    }

    static String text(String what, String value) {
        Objects.requireNonNull(value, what + " is missing");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
