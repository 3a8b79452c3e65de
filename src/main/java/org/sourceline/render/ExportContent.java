package org.sourceline.render;

import java.util.List;
import org.sourceline.layout.EraSpan;
import org.sourceline.layout.ItemColumns;
import org.sourceline.layout.LaneSpec;
import org.sourceline.layout.TimelineItem;

/**
 * The timeline to export: items (labels already carrying source numbers when asked), lanes, the categories for the
 * legend as shown to the reader, the numbered sources, the caption text, the eras drawn behind the events and
 * the colour of each category.
 */
public record ExportContent(List<TimelineItem> items, List<LaneSpec> lanes, List<LegendEntry> legend,
                            List<String> sources, String caption, List<EraSpan> eras, CategoryColors colors) {
    /** @param argb the category's colour, opaque */
    public record LegendEntry(String category, String label, int argb) {
    }

    public ExportContent {
        // A store's column view is immutable and builds items on demand: copying it would build them all.
        items = items instanceof ItemColumns ? items : List.copyOf(items);
        lanes = List.copyOf(lanes);
        legend = List.copyOf(legend);
        sources = List.copyOf(sources);
        eras = List.copyOf(eras);
    }
}
