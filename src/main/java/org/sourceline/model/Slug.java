package org.sourceline.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Ids made from words (a headline, a name): lowercase ASCII letters, digits and dashes, accents dropped. */
public final class Slug {
    public static final int MAX_LENGTH = 80;

    private Slug() {
    }

    /** {@code "Réunion à Doha (2/3)"} → {@code "reunion-a-doha-2-3"}; the fallback when nothing is left. */
    public static String of(String text, String fallback) {
        if (text == null) {
            return fallback;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe")
                .replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < plain.length() && out.length() < MAX_LENGTH; i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String slug = out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The slug of the words, made unique with {@code -2}, {@code -3}… among the ids {@code taken} accepts. */
    public static String unique(String text, String fallback, Predicate<String> taken) {
        String base = of(text, fallback);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
