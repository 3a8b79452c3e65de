package org.sourceline.render;

import java.util.Map;
import org.sourceline.model.Category;

/** The colour of each category, as the painter asks for it: from the categories the store describes. */
@FunctionalInterface
public interface CategoryColors {
    /** The opaque ARGB colour of a category id. */
    int argb(String category);

    /** For items whose categories nothing describes: a colour of the palette chosen by the id, always the same. */
    CategoryColors BY_ID = id -> 0xFF000000
            | Integer.parseInt(Category.PALETTE.get(Math.floorMod(id.hashCode(), Category.PALETTE.size())).substring(1), 16);

    /** The colours of described categories; an id none describes gets {@link #BY_ID}'s. */
    static CategoryColors of(Map<String, Category> categories) {
        return id -> {
            Category c = categories.get(id);
            return c != null ? c.argb() : BY_ID.argb(id);
        };
    }
}
