package org.sourceline.render;

/**
 * What goes around the timeline in an exported image.
 *
 * @param title   a heading above the timeline, or null
 * @param caption a line giving the date range shown
 * @param legend  the colour of each category
 * @param sources a numbered list of the cited sources; each event's label carries its source numbers
 */
public record ExportOptions(String title, boolean caption, boolean legend, boolean sources) {
    public ExportOptions {
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
