package org.sourceline.io;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Ids made from what other formats give (a headline, a group name, a number): lowercase, accents dropped. */
final class Slugs {
    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** {@code "Réunion à Doha (2/3)"} → {@code "reunion-a-doha-2-3"}; the fallback when nothing is left. */
    static String slug(String text, String fallback) {
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

    /** Hands out ids unique within one list: a second {@code visit} becomes {@code visit-2}. */
    static final class Unique {
        private final Set<String> used = new HashSet<>();

        String claim(String base) {
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        boolean isTaken(String id) {
            return used.contains(id);
        }
    }
}
