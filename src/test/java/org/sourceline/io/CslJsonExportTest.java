package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.app.Seeds;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Source;

class CslJsonExportTest {
    private static List<List<Integer>> parts(String edtf) {
        return CslJsonWriter.dateParts(EdtfDate.parse(edtf));
    }

    @Test
    void aDateGivesNoMoreThanItKnows() {
        assertThat(parts("2022-05-26")).containsExactly(List.of(2022, 5, 26));
        assertThat(parts("2022-05")).containsExactly(List.of(2022, 5));
        assertThat(parts("2022")).containsExactly(List.of(2022));
        assertThat(parts("2022-05-26?")).containsExactly(List.of(2022, 5, 26));
        assertThat(parts("[2022-05-21..2022-05-31]")).as("a day in May: the month").containsExactly(List.of(2022, 5));
        assertThat(parts("[2021-12..2022-03]")).as("nothing exact is shared").isEmpty();
        assertThat(parts("2022-05-24/2022-05-26")).containsExactly(List.of(2022, 5, 24), List.of(2022, 5, 26));
        assertThat(parts("2022-05-24/..")).isEmpty();
        assertThat(parts("2022-05-XX")).containsExactly(List.of(2022, 5));
    }

    @Test
    void theSeedSourcesAreNewspaperArticlesWithTheirOutletAuthorDateAndAddress() throws Exception {
        List<Source> sources = Seeds.load().dataset().sources();
        JsonNode root = new ObjectMapper().readTree(CslJsonWriter.toBytes(Seeds.load().dataset()));
        assertThat(root).hasSize(sources.size());
        for (Source s : sources) {
            JsonNode item = null;
            for (JsonNode candidate : root) {
                if (candidate.get("id").asText().equals(s.id())) {
                    item = candidate;
                }
            }
            assertThat(item).as(s.id()).isNotNull();
            assertThat(item.get("type").asText()).isEqualTo("article-newspaper");
            assertThat(item.get("title").asText()).isEqualTo(s.title());
            assertThat(item.path("container-title").asText(null)).isEqualTo(s.outlet());
            assertThat(item.path("URL").asText(null)).isEqualTo(s.url());
            assertThat(item.get("language").asText()).isEqualTo(s.language());
            if (s.author() != null) {
                assertThat(item.get("author").get(0).get("literal").asText()).isEqualTo(s.author());
            }
            JsonNode issued = item.get("issued");
            assertThat(issued.has("circa")).isEqualTo(s.published().isApproximate() || s.published().isUncertain());
            if (issued.has("date-parts")) {
                assertThat(issued.get("date-parts").get(0).get(0).asInt())
                        .isEqualTo(Integer.parseInt(s.published().toString().substring(0, 4)));
            }
        }
    }
}
