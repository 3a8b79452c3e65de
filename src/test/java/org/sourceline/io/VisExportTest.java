package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VisExportTest {
    private static JsonNode item(JsonNode root, String id) {
        for (JsonNode item : root.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void theSeedDatasetExportFollowsVisRules() throws Exception {
        byte[] json = VisWriter.toBytes(InteropSamples.seedsWithEras().dataset());

        assertThat(VisRules.check(json)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("items")).hasSize(16);
        assertThat(root.get("groups")).extracting(g -> g.get("id").asText()).containsExactly("agreement",
                "coordination", "exhibition", "meeting", "statement", "tour", "training", "visit");
    }

    @Test
    void theRulesCatchWhatVisCannotDraw() throws Exception {
        String bad = "{\"groups\": [{\"id\": \"g\", \"content\": \"G\"}], \"items\": ["
                + "{\"id\": 1, \"start\": \"25/05/2022\", \"group\": \"h\"},"
                + "{\"id\": 1, \"content\": \"x\", \"start\": \"2022-05-25\", \"end\": \"2022-05-24\", \"type\": \"range\"},"
                + "{\"id\": 2, \"content\": \"x\", \"start\": \"2022\", \"type\": \"background\"}]}";

        assertThat(VisRules.check(bad.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "item 1: no content",
                "item 1.start: \"25/05/2022\" is not a form moment reads as ISO 8601",
                "item 1: group h is not in groups",
                "item 1: missing or repeated id",
                "item 1: ends at or before its start",
                "item 2: a background needs an end");
    }

    @Test
    void datesAreAsPreciseAsTheEventsAndRangesEndWhereVisDrawsThem() throws Exception {
        JsonNode root = new ObjectMapper().readTree(VisWriter.toBytes(InteropSamples.dates("2022-05-25",
                "2022-05", "2022-05-24/2022-05-26", "2022-05-25T14:30:00+02:00", "-0043-03-15",
                "2022-05-25T10:00/2022-05-25T11:30").dataset()));

        assertThat(item(root, "e0").get("start").asText()).isEqualTo("2022-05-25");
        assertThat(item(root, "e0").has("end")).isFalse();
        assertThat(item(root, "e0").get("type").asText()).isEqualTo("box");
        assertThat(item(root, "e1").get("start").asText()).isEqualTo("2022-05");
        assertThat(item(root, "e1").get("end").asText()).isEqualTo("2022-06");
        assertThat(item(root, "e2").get("end").asText()).isEqualTo("2022-05-27");
        assertThat(item(root, "e2").get("type").asText()).isEqualTo("range");
        assertThat(item(root, "e3").get("start").asText()).isEqualTo("2022-05-25T14:30:00+02:00");
        assertThat(item(root, "e4").get("start").asText()).isEqualTo("-000043-03-15");
        assertThat(item(root, "e5").get("end").asText()).isEqualTo("2022-05-25T11:30");
        assertThat(VisRules.check(new ObjectMapper().writeValueAsBytes(root))).isEmpty();
    }

    @Test
    void theTooltipSaysTheDateTheSummaryAndTheCitations() throws Exception {
        JsonNode root = new ObjectMapper().readTree(VisWriter.toBytes(InteropSamples.dates("2022-02~").dataset()));

        assertThat(item(root, "e0").get("title").asText()).isEqualTo(
                "<p><time datetime=\"2022-02~\">circa February 2022</time></p>"
                        + "<p>Summary of &quot;2022-02~&quot;.</p>"
                        + "<blockquote><p>Caesar died on the Ides of March.</p>"
                        + "<cite><a href=\"https://annals.example.org/?a=1&amp;b=2\">The Annals</a></cite></blockquote>");
        assertThat(item(root, "e0").get("content").asText()).isEqualTo("Event &lt;0&gt; &amp; co");
    }

    @Test
    void erasAreBackgroundsWithTheirColour() throws Exception {
        JsonNode root = new ObjectMapper().readTree(VisWriter.toBytes(InteropSamples.seedsWithEras().dataset()));

        JsonNode cup = item(root, "coupe-du-monde-2022");
        assertThat(cup.get("type").asText()).isEqualTo("background");
        assertThat(cup.get("start").asText()).isEqualTo("2022-11-20");
        assertThat(cup.get("end").asText()).isEqualTo("2022-12-19");
        assertThat(cup.get("style").asText()).isEqualTo("background-color: #1f6feb");
        assertThat(cup.get("className").asText()).isEqualTo("tournoi");
        assertThat(item(root, "mai-2022").get("end").asText()).isEqualTo("2022-06");
    }
}
