package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.model.Category;
import org.sourceline.model.LoadedTimeline;

/** Categories are data in the file: described with a label, an English label and a colour, and written back. */
class CategoryFormatTest {
    @TempDir
    Path dir;

    private Path write(String categories) throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")).write(dir);
        String json = Files.readString(file);
        json = json.replace("  \"events\": [", "  \"categories\": " + categories + ",\n  \"events\": [");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void describedCategoriesAreReadAndWrittenBackInTheSameWords() throws Exception {
        Path file = write("[{\"id\": \"meeting\", \"label\": \"Rencontre\", \"label_en\": \"Meeting\","
                + " \"color\": \"#2f6db5\"}]");

        LoadedTimeline timeline = TimelineReader.read(file);

        assertThat(timeline.dataset().categories())
                .containsExactly(new Category("meeting", "Rencontre", "Meeting", "#2f6db5"));
        String written = new String(TimelineWriter.toBytes(timeline.dataset()), StandardCharsets.UTF_8);
        assertThat(written).contains("\"categories\": [\n    {\n      \"id\": \"meeting\",\n"
                + "      \"label\": \"Rencontre\",\n      \"label_en\": \"Meeting\",\n      \"color\": \"#2f6db5\"\n");
        Path again = dir.resolve("again.json");
        Files.write(again, TimelineWriter.toBytes(timeline.dataset()));
        assertThat(TimelineReader.read(again).dataset()).isEqualTo(timeline.dataset());
    }

    @Test
    void aFileWithoutCategoriesDescribesNone() throws Exception {
        Path file = new TimelineFixture().withEvent(TimelineFixture.goodEvent("e1")).write(dir);

        assertThat(TimelineReader.read(file).dataset().categories()).isEmpty();
        assertThat(new String(TimelineWriter.toBytes(TimelineReader.read(file).dataset()), StandardCharsets.UTF_8))
                .doesNotContain("\"categories\"");
    }

    @Test
    void aBadCategoryIsReportedWhereItIs() throws Exception {
        Path file = write("[{\"id\": \"meeting\", \"label\": \"Rencontre\", \"color\": \"bleu\"},"
                + " {\"id\": \"Visite\", \"label\": \"Visite\", \"color\": \"#2e8b57\"},"
                + " {\"id\": \"tour\", \"color\": \"#c2418c\", \"shape\": \"round\"}]");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "\"color\" must be a colour written #rrggbb, found \"bleu\"",
                "\"id\" \"Visite\" must be lowercase letters, digits and dashes",
                "category is missing required \"label\"",
                "unknown key \"shape\" in a category");
    }

    @Test
    void aCategoryDescribedTwiceIsRefused() throws Exception {
        Path file = write("[{\"id\": \"meeting\", \"label\": \"Rencontre\", \"color\": \"#2f6db5\"},"
                + " {\"id\": \"meeting\", \"label\": \"Réunion\", \"color\": \"#2f6db5\"}]");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TimelineReader.read(file));

        assertThat(e.problems()).extracting(Problem::message).singleElement()
                .satisfies(m -> assertThat(m).startsWith("duplicate category id \"meeting\""));
    }

    @Test
    void anotherFormatsGroupsBecomeCategoriesNamedAsTheFileNamesThem() throws Exception {
        String json = "{\"events\": [{\"start_date\": {\"year\": 2022}, \"group\": \"Cérémonies officielles\","
                + " \"text\": {\"headline\": \"Ouverture\"}}, {\"start_date\": {\"year\": 2023},"
                + " \"group\": \"Matches\", \"text\": {\"headline\": \"Finale\"}}]}";

        LoadedTimeline timeline = TimelineJsReader.read("t.json", "t.json",
                new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Fixtures.TODAY);

        List<Category> categories = timeline.dataset().categories();
        assertThat(categories).extracting(Category::label).containsExactly("Cérémonies officielles", "Matches");
        assertThat(categories).extracting(Category::color).doesNotHaveDuplicates();
        assertThat(timeline.dataset().events()).extracting(e -> e.category())
                .containsExactlyElementsOf(categories.stream().map(Category::id).toList());
    }
}
