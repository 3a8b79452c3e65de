package org.sourceline.render;

import java.util.Locale;
import java.util.Map;

/** Category names in the interface language. */
public final class Categories {
    private static final Map<String, String[]> NAMES = Map.of(
            "coordination", new String[] {"Coordination", "Coordination"},
            "meeting", new String[] {"Rencontre", "Meeting"},
            "visit", new String[] {"Visite", "Visit"},
            "exhibition", new String[] {"Salon", "Exhibition"},
            "agreement", new String[] {"Accord", "Agreement"},
            "training", new String[] {"Formation", "Training"},
            "statement", new String[] {"Déclaration", "Statement"},
            "tour", new String[] {"Tournée", "Tour"});

    private Categories() {
    }

    public static String label(String category, Locale locale) {
        String[] names = NAMES.get(category);
        if (names == null) {
            return category.isEmpty() ? category : Character.toUpperCase(category.charAt(0)) + category.substring(1);
        }
        return "fr".equals(locale.getLanguage()) ? names[0] : names[1];
    }
}
