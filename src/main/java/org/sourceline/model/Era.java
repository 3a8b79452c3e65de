package org.sourceline.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named period shaded behind the events: a tournament, a mandate, a campaign. Its date is any EDTF date; an
 * open or unknown end means the period runs on past what the sources say.
 *
 * @param color an optional CSS hex colour {@code #rrggbb} for its band
 * @param category an optional category, an id-like word, when the period belongs to one
 */
public record Era(String id, String label, EdtfDate date, String category, String color) {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Era {
        Ids.id("era", id);
        Ids.text("era label", label);
        Objects.requireNonNull(date, "era date is missing");
        category = Ids.optional(category);
        if (category != null) {
            Ids.id("era category", category);
        }
        color = Ids.optional(color);
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("era colour '" + color + "' must be written #rrggbb");
        }
    }

    /** Whether a text is a colour an era accepts: {@code #} and six hex digits. */
    public static boolean isColor(String text) {
        return text != null && COLOR.matcher(text).matches();
    }
}
