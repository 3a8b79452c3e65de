package org.sourceline.model;

import java.util.Collection;
import java.util.Locale;

/**
 * A kind of event (a meeting, an agreement…): the lane it is drawn in, with its name in the store's language, an
 * optional English name, and its colour. Categories are data, kept with the events they class.
 *
 * @param color a CSS hex colour {@code #rrggbb}
 */
public record Category(String id, String label, String labelEn, String color) {
    /**
     * Colours for new categories, in the order they are given: distinct from one another, readable on white, and
     * as far from the seed dataset's colours as a small palette allows.
     */
    public static final java.util.List<String> PALETTE = java.util.List.of("#4e79a7", "#59a14f", "#9c755f",
            "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#bab0ac", "#f28e2b", "#e15759");

    public Category {
        Ids.id("category", id);
        Ids.text("category label", label);
        labelEn = Ids.optional(labelEn);
        if (!Era.isColor(color)) {
            throw new IllegalArgumentException("category colour '" + color + "' must be written #rrggbb");
        }
    }

    /**
     * A category named only by its id (in a file that does not describe it): its label is the id as a word, and
     * its colour the first of the palette not in use, so that a new lane never takes the colour of another.
     *
     * @param colorsInUse the colours of the categories already there
     */
    public static Category named(String id, Collection<String> colorsInUse) {
        String words = id.replace('-', ' ');
        String label = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return new Category(id, label, null, freeColor(id, colorsInUse));
    }

    /** The first palette colour not in use; when all are, one chosen by the id, so that it stays the same. */
    public static String freeColor(String id, Collection<String> colorsInUse) {
        for (String color : PALETTE) {
            if (colorsInUse.stream().noneMatch(color::equalsIgnoreCase)) {
                return color;
            }
        }
        return PALETTE.get(Math.floorMod(id.hashCode(), PALETTE.size()));
    }

    /** The name to show in an interface language: the English one in English where there is one. */
    public String label(Locale locale) {
        return labelEn != null && !"fr".equals(locale.getLanguage()) ? labelEn : label;
    }

    /** The colour as an opaque ARGB integer. */
    public int argb() {
        return 0xFF000000 | Integer.parseInt(color.substring(1), 16);
    }
}
