package org.sourceline.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the interface in one language, read from {@code messages_xx.properties} beside this class: a
 * translator edits a file, not Java. A key is named after where its text is shown ({@code menu.file},
 * {@code detail.placeholder}…); a key that no bundle has fails loudly instead of showing the key.
 */
public final class Messages {
    private static final String BUNDLE = "org.sourceline.i18n.messages";
    /** Never the JVM's default locale: a language without a bundle gets English, whatever the machine says. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The interface languages offered in View ▸ Language, each named in its own bundle ({@code language.name}). */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle of the locale's language (French for any {@code fr*} locale), English for any other language. */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        try {
            return new Messages(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK));
        } catch (MissingResourceException e) {
            return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK));
        }
    }

    /** The language of the bundle in use: {@link Locale#FRENCH} or {@link Locale#ENGLISH} today. */
    public Locale locale() {
        return bundle.getLocale();
    }

    public boolean isFrench() {
        return "fr".equals(locale().getLanguage());
    }

    /**
     * The text of a key, as written in the bundle.
     *
     * @throws MissingResourceException when the bundle has no such key
     */
    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * The text of a key with its {@code {0}}, {@code {1}}… filled in by {@link MessageFormat} in the bundle's
     * language; in such a text an ASCII apostrophe must be doubled ({@code ''}), the typographic ’ needs nothing.
     * A number given for a bare {@code {n}} is written in plain digits, as the window has always written counts;
     * a text that wants grouped thousands says {@code {n,number}}.
     *
     * @throws MissingResourceException when the bundle has no such key
     */
    public String get(String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), locale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                values[i] = String.valueOf(values[i]);
            }
        }
        return format.format(values);
    }

    /**
     * One of two texts by a count: {@code key.one} for exactly one, {@code key.many} otherwise (zero included, as
     * "0 événements" and "0 events" both say), filled in with {@code args} as {@link #get(String, Object...)}.
     */
    public String plural(String key, long count, Object... args) {
        return get(key + (count == 1 ? ".one" : ".many"), args);
    }
}
