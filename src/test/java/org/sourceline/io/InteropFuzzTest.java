package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sourceline.model.LoadedTimeline;

/**
 * Broken TimelineJS, vis-timeline and CSV files, made by cutting, inserting and replacing characters of the
 * fixtures: every one is either read into a valid timeline or refused with located problems, never an unexpected
 * exception. HTML of any kind gives text without throwing.
 */
class InteropFuzzTest {
    private static final List<String> FIXTURES = List.of("timelinejs-history.json", "vis-items.json",
            "csv-timelinejs.csv", "csv-simple.csv");

    record Edit(int position, int deleted, String inserted) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(0, 12),
                Arbitraries.oneOf(Arbitraries.strings().withChars("{}[]\":,;0123456789-/.<>&#TZ \\\n\r").ofMaxLength(4),
                        Arbitraries.strings().all().ofMaxLength(3)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Property(tries = 2000)
    void everyBrokenFileIsReadOrRefusedWithLocatedProblems(@ForAll("fixtures") String fixture,
                                                           @ForAll("edits") List<Edit> edits) throws Exception {
        StringBuilder text = new StringBuilder(Files.readString(Fixtures.path(fixture)));
        for (Edit e : edits) {
            int at = Math.min(e.position(), text.length());
            text.replace(at, Math.min(text.length(), at + e.deleted()), e.inserted());
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            LoadedTimeline timeline = switch (fixture.substring(0, 3)) {
                case "tim" -> TimelineJsReader.read("f", "f", new ByteArrayInputStream(bytes), Fixtures.TODAY);
                case "vis" -> VisReader.read("f", "f", new ByteArrayInputStream(bytes), Fixtures.TODAY);
                default -> CsvReader.read("f", "f", new ByteArrayInputStream(bytes), Fixtures.TODAY);
            };
            // What is read is a timeline our own format takes back.
            TimelineWriter.toBytes(timeline.dataset());
            timeline.dataset().events().forEach(e -> e.citations().forEach(c ->
                    assertThat(timeline.articles().get(c.sourceId()).body()).contains(c.quote())));
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("f");
                assertThat(p.line()).isPositive();
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Property(tries = 2000)
    void anyHtmlGivesTextWithoutControlCharacters(@ForAll("html") String html) {
        String text = HtmlText.text(html);

        assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
        assertThat(text).doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>/&;#x\"'= abcdepqrstiy\n\t").ofMaxLength(60),
                Arbitraries.of("<script>", "</script>", "<p>", "<br>", "&amp;", "&#", "<!--", "-->", "<blockquote>",
                        "<cite>", "<a href='http://x.org'>", "<time datetime=\"2022\">", "text ", "&#x1F600;",
                        "&#0;", "<style", "\u0001").list().ofMaxSize(12).map(parts -> String.join("", parts)),
                Arbitraries.strings().all().ofMaxLength(40));
    }
}
