package org.sourceline.io;

import java.util.HashSet;
import java.util.Set;
import org.sourceline.model.Slug;

/** Ids made from what other formats give (a headline, a group name, a number): lowercase, accents dropped. */
final class Slugs {
    static final int MAX_LENGTH = Slug.MAX_LENGTH;

    private Slugs() {
    }

    /** {@code "Réunion à Doha (2/3)"} → {@code "reunion-a-doha-2-3"}; the fallback when nothing is left. */
    static String slug(String text, String fallback) {
        return Slug.of(text, fallback);
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
