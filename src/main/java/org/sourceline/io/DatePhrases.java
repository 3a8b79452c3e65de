package org.sourceline.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatePhrase;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;
import org.sourceline.model.Source;

/**
 * Formats whose dates are only numbers (TimelineJS) cannot say "about February 2022" or "by 27 May 2022". On
 * export such a date is written as its nearest numbers plus the phrase Sourceline says it with; on import, a
 * phrase that is exactly what Sourceline says for a date that those numbers allow gives that date back.
 */
final class DatePhrases {
    private static final String[] QUALIFIERS = {"", "~", "?", "%"};
    private static final Locale[] LOCALES = {Locale.FRENCH, Locale.ENGLISH};

    private DatePhrases() {
    }

    /** The language of most of a dataset's sources: the phrases are written in it. */
    static Locale localeOf(Dataset dataset) {
        Map<String, Integer> counts = new HashMap<>();
        for (Source source : dataset.sources()) {
            counts.merge(source.language().split("-")[0], 1, Integer::sum);
        }
        int french = counts.getOrDefault("fr", 0);
        int others = counts.values().stream().mapToInt(Integer::intValue).sum() - french;
        return french > others ? Locale.FRENCH : Locale.ENGLISH;
    }

    static String phrase(EdtfDate date, Locale locale) {
        return DatePhrase.format(date, locale);
    }

    /**
     * The date that {@code phrase} names, among those whose numbers are {@code start} and {@code end}, or null.
     *
     * @param end null when only a start was given
     */
    static EdtfDate recover(String phrase, DateParts start, DateParts end) {
        if (phrase == null || !start.startText().equals(start.endText())) {
            return null;
        }
        for (String candidate : candidates(start, end)) {
            EdtfDate date;
            try {
                date = EdtfDate.parse(candidate);
            } catch (EdtfException e) {
                continue;
            }
            for (Locale locale : LOCALES) {
                if (DatePhrase.format(date, locale).equals(phrase)) {
                    return date;
                }
            }
        }
        return null;
    }

    private static List<String> candidates(DateParts start, DateParts end) {
        String s = start.startText();
        List<String> out = new ArrayList<>();
        if (end == null) {
            for (String q : QUALIFIERS) {
                out.add(s + q);
            }
            for (String q : QUALIFIERS) {
                out.add(s + q + "/");
                out.add(s + q + "/..");
                out.add("/" + s + q);
                out.add("../" + s + q);
            }
            out.add("[" + s + "..]");
            out.add("[.." + s + "]");
            if (start.month() == null) {
                out.add(s + "-XX");
                out.add(s + "-XX-XX");
            } else if (start.day() == null) {
                out.add(s + "-XX");
            }
            return out;
        }
        String e = end.endText();
        for (String q1 : QUALIFIERS) {
            for (String q2 : QUALIFIERS) {
                out.add(s + q1 + "/" + e + q2);
            }
        }
        out.add("[" + s + ".." + e + "]");
        if (start.month() == null && end.month() == null && start.year() >= 0) {
            long span = end.year() - start.year() + 1;
            for (int digits = 1; digits <= 3; digits++) {
                long unit = (long) Math.pow(10, digits);
                if (span == unit && start.year() % unit == 0 && start.year() < 10_000) {
                    String year = DateParts.yearText(start.year());
                    out.add(year.substring(0, 4 - digits) + "X".repeat(digits));
                }
            }
        }
        return out;
    }
}
