package org.sourceline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sourceline.model.Event;
import org.sourceline.model.SearchQuery;
import org.sourceline.store.SearchHit;
import org.sourceline.app.Stores;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Prints the events that match a search, most relevant first: id, date, title and where the"
                + " words were found, one per line separated by tabs, or as JSON.",
                "Accents and case do not matter; the last word also matches longer words; \"quoted words\" must"
                        + " come in that order. An event also matches through the text of the articles that cite it."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to look for.")
    List<String> words;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to search.")
    Path db;

    @Option(names = "--json", description = "Print a JSON array of {id, date, title, matched, matchedIn}.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N events (default 50).")
    int limit;

    @Spec
    CommandSpec spec;

    /** One matching event and where the words were found in it. */
    record Found(String id, String date, String title, String matched, String matchedIn) {
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        var err = spec.commandLine().getErr();
        List<Found> found;
        try (Store store = Stores.openExisting(db)) {
            SearchIndexProgress.build(store, err);
            found = find(store, SearchQuery.of(String.join(" ", words)));
        } catch (StoreException e) {
            err.println("sourceline: " + e.getMessage());
            return 1;
        }
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (Found f : found) {
                ObjectNode node = array.addObject();
                node.put("id", f.id());
                node.put("date", f.date());
                node.put("title", f.title());
                node.put("matched", f.matched());
                node.put("matchedIn", f.matchedIn());
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            for (Found f : found) {
                out.println(f.id() + "\t" + f.date() + "\t" + f.title() + "\t"
                        + (f.matchedIn() == null ? f.matched() : f.matched() + ": " + f.matchedIn()));
            }
        }
        out.flush();
        return 0;
    }

    /** Events in the order of their best hit; an article passage counts for the event that cites it. */
    private List<Found> find(Store store, SearchQuery query) throws StoreException {
        Map<String, Found> byEvent = new LinkedHashMap<>();
        // Article hits come mixed with event hits; ask for more so that the page still holds `limit` events.
        for (SearchHit hit : store.search(query, limit * 2)) {
            if (hit.eventId() == null || byEvent.containsKey(hit.eventId()) || byEvent.size() == limit) {
                continue;
            }
            Optional<Event> event = store.event(hit.eventId());
            if (event.isEmpty()) {
                continue;
            }
            Where where = where(hit);
            byEvent.put(hit.eventId(), new Found(hit.eventId(), event.get().date().toString(), event.get().title(),
                    where.matched(), where.in()));
        }
        return List.copyOf(byEvent.values());
    }

    private record Where(String matched, String in) {
    }

    private static Where where(SearchHit hit) {
        return switch (hit.field()) {
            case TITLE -> new Where("title", null);
            case SUMMARY -> new Where("summary", null);
            case ACTOR -> new Where("actor", hit.fieldText());
            case PLACE -> new Where("place", hit.fieldText());
            case QUOTE -> new Where("quote", null);
            case SOURCE_TITLE, SOURCE_TEXT -> new Where("article", hit.ref() + " " + hit.title());
        };
    }
}
