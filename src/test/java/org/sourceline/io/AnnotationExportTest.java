package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourceline.app.Seeds;
import org.sourceline.model.Event;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

/** Citations written as W3C Web Annotations anchor back to exactly their quotes, as an annotation tool would. */
class AnnotationExportTest {
    @Test
    void everyCitationBecomesAnAnnotationWhoseSelectorsFindItsQuoteAndOnlyIt() throws Exception {
        LoadedTimeline seeds = Seeds.load();
        JsonNode root = new ObjectMapper().readTree(AnnotationWriter.toBytes(seeds));
        assertThat(root.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode items = root.get("first").get("items");
        int citations = seeds.dataset().events().stream().mapToInt(e -> e.citations().size()).sum();
        assertThat(citations).isPositive();
        assertThat(root.get("total").asInt()).isEqualTo(citations);
        assertThat(items).hasSize(citations);

        Set<String> ids = new HashSet<>();
        List<String> exacts = new ArrayList<>();
        for (JsonNode a : items) {
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            assertThat(ids.add(a.get("id").asText())).as("ids are unique").isTrue();
            assertThat(a.get("id").asText()).startsWith("urn:uuid:");
            Source source = seeds.dataset().sources().stream()
                    .filter(s -> a.get("target").get("source").asText()
                            .equals(s.url() != null ? s.url() : "urn:sourceline:source:" + s.id()))
                    .findFirst().orElseThrow();
            String body = seeds.articles().get(source.id()).body();
            JsonNode quote = a.get("target").get("selector").get(0);
            JsonNode position = a.get("target").get("selector").get(1);
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            String exact = quote.get("exact").asText();
            int start = position.get("start").asInt();
            int end = position.get("end").asInt();
            assertThat(body.substring(start, end)).isEqualTo(exact);
            String prefix = quote.get("prefix").asText();
            String suffix = quote.get("suffix").asText();
            assertThat(prefix.length()).isEqualTo(Math.min(AnnotationWriter.CONTEXT, start));
            assertThat(suffix.length()).isEqualTo(Math.min(AnnotationWriter.CONTEXT, body.length() - end));
            assertThat(body.substring(start - prefix.length(), end + suffix.length()))
                    .isEqualTo(prefix + exact + suffix);
            exacts.add(exact);
        }
        List<String> quoted = seeds.dataset().events().stream().sorted(TimelineWriter.EVENT_ORDER)
                .flatMap(e -> e.citations().stream()).map(c -> c.quote()).toList();
        assertThat(exacts).isEqualTo(quoted);
    }

    @Test
    void theBodyIsTheEventAndTheExportIsTheSameEachTime() throws Exception {
        LoadedTimeline seeds = Seeds.load();
        byte[] once = AnnotationWriter.toBytes(seeds);
        assertThat(AnnotationWriter.toBytes(seeds)).isEqualTo(once);
        Event first = seeds.dataset().events().stream().sorted(TimelineWriter.EVENT_ORDER).findFirst().orElseThrow();
        JsonNode a = new ObjectMapper().readTree(once).get("first").get("items").get(0);
        assertThat(a.get("body").get(0).get("purpose").asText()).isEqualTo("describing");
        assertThat(a.get("body").get(0).get("value").asText())
                .isEqualTo(first.title() + " (" + first.date() + ")");
        assertThat(a.get("body").get(1).get("value").asText()).isEqualTo(first.summary());
        List<String> tags = new ArrayList<>();
        a.get("body").forEach(b -> {
            if (b.get("purpose").asText().equals("tagging")) {
                tags.add(b.get("value").asText());
            }
        });
        assertThat(tags).isEqualTo(first.tags());
    }
}
