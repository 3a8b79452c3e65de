package org.sourceline.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One rule broken by one value.
 *
 * @param field  where: the key of the value as the file format names it ({@code title}, {@code date}), or a
 *               path into a list ({@code citations/1/quote})
 * @param rule   which rule
 * @param args   what the message names, as text, in the order the rule lists them
 * @param offset where in the value the problem starts, in characters, or -1 when the whole value is at fault
 */
public record Violation(String field, Rule rule, List<String> args, int offset) {
    private static final String BUNDLE = "org.sourceline.model.rules";

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        args = List.copyOf(args);
    }

    public static Violation of(String field, Rule rule, Object... args) {
        return at(field, -1, rule, args);
    }

    public static Violation at(String field, int offset, Rule rule, Object... args) {
        return new Violation(field, rule, java.util.Arrays.stream(args).map(String::valueOf).toList(), offset);
    }

    /** The same violation reported at another field (a list item's own path, say). */
    public Violation in(String otherField) {
        return new Violation(otherField, rule, args, offset);
    }

    /** In English: what files and the command line report. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** In French for {@code fr*} locales, in English otherwise. */
    public String message(Locale locale) {
        Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(rule.name());
        Object[] values = args.toArray();
        if ((rule == Rule.UNKNOWN_REFERENCE || rule == Rule.LISTED_TWICE) && bundle.containsKey("kind." + values[0])) {
            values[0] = bundle.getString("kind." + values[0]);
        }
        return new MessageFormat(pattern, language).format(values);
    }

    @Override
    public String toString() {
        return field + ": " + message();
    }
}
