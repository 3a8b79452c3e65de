package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.Dataset;

class TimelineJsExportTest {
    private static JsonNode tree(byte[] json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static JsonNode event(JsonNode root, String id) {
        for (JsonNode event : root.get("events")) {
            if (event.get("unique_id").asText().equals(id)) {
                return event;
            }
        }
        throw new AssertionError("no event " + id);
    }

    @Test
    void theSeedDatasetExportFollowsTimelineJsRules() throws Exception {
        byte[] json = TimelineJsWriter.toBytes(InteropSamples.seedsWithEras().dataset());

        assertThat(TimelineJsRules.check(json)).isEmpty();
        assertThat(tree(json).get("events")).hasSize(13);
        assertThat(tree(json).get("eras")).hasSize(3);
    }

    @Test
    void theRulesCatchWhatTimelineJsWouldRefuse() throws Exception {
        String bad = "{\"events\": [{\"start_date\": {\"month\": 13, \"day\": 31},"
                + " \"media\": {\"caption\": \"x\"}, \"unique_id\": \"a\", \"colour\": 1},"
                + " {\"start_date\": {\"year\": 2023, \"month\": 2, \"day\": 29}, \"unique_id\": \"a\"}],"
                + " \"eras\": [{\"start_date\": {\"year\": 2022}, \"end_date\": {\"year\": 2022}}]}";

        assertThat(TimelineJsRules.check(bad.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrder(
                "events[0]: key \"colour\" is not in the format",
                "events[0].start_date: no year",
                "events[0].start_date.month: 13 is not within 1-12",
                "events[0].media: no url",
                "events[1].start_date.day: 29 is not within 1-28",
                "events[1]: unique_id a used twice",
                "eras[0]: end_date equal to start_date: TimelineJS drops it, then refuses the era");
    }

    @Test
    void numbersSayWhatTheyCanAndThePhraseSaysTheRest() throws Exception {
        JsonNode root = tree(TimelineJsWriter.toBytes(InteropSamples.seedsWithEras().dataset()));

        JsonNode month = event(root, "2022-02-debut-coordination-securite-mondial");
        assertThat(month.get("start_date").toString()).isEqualTo("{\"year\":2022,\"month\":2}");
        assertThat(month.get("display_date").asText()).isEqualTo("mi-février 2022");

        JsonNode byDay = event(root, "2022-05-medias-qataris-experience-marocaine");
        assertThat(byDay.get("start_date").get("display_date").asText()).isEqualTo("au plus tard le 27 mai 2022");
        assertThat(byDay.get("display_date").asText()).isEqualTo("au plus tard le 27 mai 2022 (date non précisée)");
        assertThat(byDay.has("end_date")).isFalse();

        JsonNode interval = event(root, "2022-05-24-salon-milipol-qatar-2022");
        assertThat(interval.get("start_date").toString()).isEqualTo("{\"year\":2022,\"month\":5,\"day\":24}");
        assertThat(interval.get("end_date").toString()).isEqualTo("{\"year\":2022,\"month\":5,\"day\":26}");
        assertThat(interval.has("display_date")).isFalse();
    }

    @Test
    void citationsAreTheQuotesOfTheMediaWithTheirSources() throws Exception {
        JsonNode root = tree(TimelineJsWriter.toBytes(InteropSamples.seedsWithEras().dataset()));

        JsonNode media = event(root, "2022-06-accord-cooperation-securite").get("media");
        assertThat(media.get("url").asText()).startsWith("<blockquote><p>").endsWith("</cite></blockquote>")
                .contains("<cite>[Sans titre] Des experts qataris en formation à Rabat après la visite"
                        + " d’Abdellatif Hammouchi au Qatar</cite>");
        assertThat(media.get("credit").asText()).isEqualTo("[Sans titre] Des experts qataris en formation à Rabat"
                + " après la visite d’Abdellatif Hammouchi au Qatar");
    }

    @Test
    void textIsEscapedYearsBeforeOneCountAsTimelineJsCountsThemAndSourcesAreLinks() throws Exception {
        Dataset dates = InteropSamples.dates("-0043-03-15", "0000", "2022-05-25T14:30").dataset();

        byte[] json = TimelineJsWriter.toBytes(dates);
        JsonNode root = tree(json);

        assertThat(TimelineJsRules.check(json)).isEmpty();
        assertThat(event(root, "e0").get("start_date").toString()).isEqualTo("{\"year\":-44,\"month\":3,\"day\":15}");
        assertThat(event(root, "e1").get("start_date").toString()).isEqualTo("{\"year\":-1}");
        assertThat(event(root, "e2").get("start_date").toString())
                .isEqualTo("{\"year\":2022,\"month\":5,\"day\":25,\"hour\":14,\"minute\":30}");
        assertThat(event(root, "e0").get("text").get("headline").asText()).isEqualTo("Event &lt;0&gt; &amp; co");
        assertThat(event(root, "e0").get("media").get("url").asText()).contains(
                "<cite><a href=\"https://annals.example.org/?a=1&amp;b=2\">The Annals</a></cite>");
    }

    @Test
    void yearsBeyondWhatJavaScriptHoldsUseTheCosmologicalScale() throws Exception {
        byte[] json = TimelineJsWriter.toBytes(InteropSamples.dates("Y-170000", "Y-300000").dataset());

        assertThat(TimelineJsRules.check(json)).isEmpty();
        assertThat(tree(json).get("scale").asText()).isEqualTo("cosmological");
        assertThat(new String(TimelineJsWriter.toBytes(InteropSamples.dates("-0500").dataset()),
                StandardCharsets.UTF_8)).doesNotContain("scale");
    }

    @Test
    void anEraOfOneMonthEndsOnItsLastDaySoThatTimelineJsKeepsIt() throws Exception {
        JsonNode eras = tree(TimelineJsWriter.toBytes(InteropSamples.seedsWithEras().dataset())).get("eras");

        assertThat(eras.get(2).toString()).isEqualTo("{\"start_date\":{\"year\":2022,\"month\":11,\"day\":20},"
                + "\"end_date\":{\"year\":2022,\"month\":12,\"day\":18},\"text\":{\"headline\":\"Coupe du monde 2022\"}}");
        assertThat(eras.get(1).toString()).isEqualTo("{\"start_date\":{\"year\":2022,\"month\":5},"
                + "\"end_date\":{\"year\":2022,\"month\":5,\"day\":31},\"text\":{\"headline\":\"Mai 2022\"}}");
        assertThat(List.of(eras.get(0).get("text").get("headline").asText())).containsExactly("Mandat");
    }
}
