package org.sourceline.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourceline.model.EdtfDate;

/**
 * What a file says about its article. Every field is optional: null (an empty list for the authors) when the file
 * does not say it, or says it in a form that cannot be trusted. Texts are on one line.
 *
 * @param title the headline, without the site's name that pages append to it
 * @param authors the names of the authors, in the order given, without repeats
 * @param published the publication date or date-time exactly as the file gives it, when it is ISO 8601
 *                  ({@code 2022-05-27}, {@code 2022-05-27T17:53:00+01:00}, {@code 2022-05-27 17:53})
 * @param publishedEdtf the same date in EDTF, no more precise than given: {@code 2022-05-27} for a day,
 *                      {@code 2022-05-27T17:53:00+01:00} for a time (fractions of a second dropped, an offset
 *                      written {@code ±hh:mm}); a form the timeline does not take is cut down to its day
 * @param siteName the name of the site or publication ({@code Le Monde}); for a PDF, none
 * @param canonicalUrl the page's own address, http or https only
 * @param language a BCP 47 language tag such as {@code fr} or {@code fr-FR}
 * @param description the page's own summary of the article
 */
public record ArticleMetadata(String title, List<String> authors, String published, String publishedEdtf,
                              String siteName, String canonicalUrl, String language, String description) {
    /** Nothing known. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, List.of(), null, null, null, null, null,
            null);

    public ArticleMetadata {
        title = optional(title);
        List<String> names = new ArrayList<>();
        for (String author : authors == null ? List.<String>of() : authors) {
            String name = optional(author);
            if (name != null && names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        authors = List.copyOf(names);
        published = optional(published);
        publishedEdtf = optional(publishedEdtf);
        if (publishedEdtf != null) {
            EdtfDate.parse(publishedEdtf); // throws if it is not a date the timeline takes
        }
        siteName = optional(siteName);
        canonicalUrl = optional(canonicalUrl);
        if (canonicalUrl != null && !isWebAddress(canonicalUrl)) {
            throw new IllegalArgumentException("not an http(s) address: " + canonicalUrl);
        }
        language = optional(language);
        description = optional(description);
    }

    static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && text.length() > 8
                && text.chars().noneMatch(c -> c <= ' ');
    }

    private static String optional(String text) {
        if (text == null) {
            return null;
        }
        String line = Paragraphs.oneLine(text);
        return line.isEmpty() ? null : line;
    }
}
