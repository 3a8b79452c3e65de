package org.sourceline.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.Dataset;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Era;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

/** Timelines that exercise what the formats can and cannot hold. */
final class InteropSamples {
    static final List<Era> ERAS = List.of(
            new Era("coupe-du-monde-2022", "Coupe du monde 2022", EdtfDate.parse("2022-11-20/2022-12-18"),
                    "tournoi", "#1f6feb"),
            new Era("mandat", "Mandat", EdtfDate.parse("2021-10/2024-06"), null, "#aa3300"),
            new Era("mai-2022", "Mai 2022", EdtfDate.parse("2022-05"), "mois", null));

    private InteropSamples() {
    }

    /** The bundled dataset with three eras. */
    static LoadedTimeline seedsWithEras() throws Exception {
        LoadedTimeline seeds = TimelineReader.read(Path.of("seeds/timeline.json"));
        Dataset d = seeds.dataset();
        return new LoadedTimeline(new Dataset(d.title(), d.description(), d.sources(), d.actors(), d.places(),
                d.events(), ERAS), seeds.articles());
    }

    /** Dates of every kind, before year 1 included, each cited from a one-line article with an address. */
    static LoadedTimeline dates(String... edtf) {
        String raw = "Caesar died on the Ides of March.\nRome fell in 476.\n";
        Source source = new Source("annals", "annals.txt", "The Annals", null, null, EdtfDate.parse("2020"), "en",
                "https://annals.example.org/?a=1&b=2", List.of(new LineRange(1, 2)), null);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < edtf.length; i++) {
            events.add(new Event("e" + i, "Event <" + i + "> & co", null, "Summary of \"" + edtf[i] + "\".",
                    EdtfDate.parse(edtf[i]), null, "history", List.of(), List.of(), List.of(),
                    List.of(new Citation("annals", i % 2 == 0 ? "Caesar died on the Ides of March."
                            : "Rome fell in 476.")), null));
        }
        return new LoadedTimeline(new Dataset("Dates", null, List.of(source), List.of(), List.of(), events,
                List.of()), Map.of("annals", Article.cut(raw, source.bodyLines())));
    }
}
