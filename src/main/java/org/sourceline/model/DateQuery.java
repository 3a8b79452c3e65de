package org.sourceline.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed by a person to jump to: EDTF ("2022-05", "2022-05-25") or as people write it, in French or English
 * ("25 mai 2022", "1er mai 2022", "mai 2022", "May 25, 2022", "25 May 2022", "25/05/2022", "2022").
 */
public final class DateQuery {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+)\\.? (-?\\d{1,4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (-?\\d{1,4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.? (-?\\d{1,4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    private DateQuery() {
    }

    public static Optional<EdtfDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        try {
            return Optional.of(EdtfDate.parse(trimmed));
        } catch (EdtfException notEdtf) {
            // Not EDTF: try the ways people write dates.
        }
        String s = Normalizer.normalize(trimmed.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").replace(" de ", " ");
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(3), MONTHS.get(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(3), MONTHS.get(m.group(1)), m.group(2));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(2), MONTHS.get(m.group(1)), null);
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            return build(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<EdtfDate> build(String year, Integer month, String day) {
        if (month == null || month < 1 || month > 12) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year);
        String edtf = (y < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d-%02d", Math.abs(y), month)
                + (day == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(day)));
        try {
            return Optional.of(EdtfDate.parse(edtf));
        } catch (EdtfException impossible) {
            return Optional.empty();
        }
    }
}
