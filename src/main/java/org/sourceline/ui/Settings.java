package org.sourceline.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

/** What the window remembers between runs: size, split positions, lanes, language. */
public interface Settings {
    String get(String key, String fallback);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    /** The user's preferences store (per user, outside the data folder). */
    static Settings userPreferences() {
        Preferences node = Preferences.userRoot().node("org/sourceline");
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    /** Settings kept in memory only: for tests. */
    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
