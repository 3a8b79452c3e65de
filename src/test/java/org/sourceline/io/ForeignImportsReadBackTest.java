package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Source;

/**
 * What a CSV, TimelineJS or vis-timeline file puts into the store, our own format takes back: the store must always
 * export a file it can import again. Files are made of texts of every kind (near every limit, with control
 * characters, halves of characters, HTML, emoji, long addresses); each is either refused, or read into a timeline
 * that, written as Sourceline JSON, our reader accepts.
 */
class ForeignImportsReadBackTest {
    /** Characters that each break some rule somewhere, among ordinary ones. */
    private static final String ODD = "ab \n\t\r\u0001\u0085\u00A0\u2028<>&\"'\\;,é’\uD83D\uDE00\uD835";

    /** Writes the timeline as Sourceline JSON with its articles, and reads it back: it must not be refused. */
    static void assertOurFormatReadsItBack(LoadedTimeline timeline) throws IOException {
        byte[] json = TimelineWriter.toBytes(timeline);
        Map<String, byte[]> files = new HashMap<>();
        for (Source source : timeline.dataset().sources()) {
            files.put(source.file(), timeline.articles().get(source.id()).rawText().getBytes(StandardCharsets.UTF_8));
        }
        ArticleFiles articles = name -> {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                throw new NoSuchFileException(name);
            }
            return bytes;
        };
        try {
            LoadedTimeline back = TimelineReader.read("export.json", new ByteArrayInputStream(json), articles);
            assertThat(back.dataset().events()).hasSameSizeAs(timeline.dataset().events());
        } catch (InvalidInputException e) {
            throw new AssertionError("imported, then refused by our own format:\n" + e.getMessage(), e);
        }
    }

    /** Mostly ordinary text; sometimes one near a limit, or with characters some rule refuses. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> plain = Arbitraries.of("Doha", "réunion", " ", "l’été", "😀", "𝐀", "R&D", "x")
                .list().ofMinSize(1).ofMaxSize(6).map(words -> String.join("", words));
        Arbitrary<String> odd = Arbitraries.strings().withChars(ODD).ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> nearLimit = Combinators.combine(
                Arbitraries.of(118, 119, 120, 121, 495, 499, 500, 501, 1995, 2000, 2001, 19_995, 20_000, 20_001),
                Arbitraries.strings().withChars("ab 😀").ofMaxLength(3))
                .as((n, tail) -> "w".repeat(n - Math.min(n, tail.length())) + tail);
        return Arbitraries.frequencyOf(Tuple.of(14, plain), Tuple.of(3, odd), Tuple.of(3, nearLimit));
    }

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("https://example.org/a"),
                Arbitraries.of(10, 480, 1980, 1981, 1982, 3000).map(n -> "https://example.org/" + "p".repeat(n)),
                texts());
    }

    @Provide
    Arbitrary<Long> years() {
        return Arbitraries.of(2022L, 1L, 0L, -44L, 12_000L, -170_000L, 275_760L, 99_999_999L, -99_999_999L,
                100_000_000L, 999_999_999L);
    }

    // ---- the property, per format -----------------------------------------------------------------------------

    private static void check(String format, String file) throws IOException {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        LoadedTimeline timeline;
        try {
            timeline = switch (format) {
                case "timelinejs" -> TimelineJsReader.read("f", "f.json", new ByteArrayInputStream(bytes),
                        Fixtures.TODAY);
                case "vis" -> VisReader.read("f", "f.json", new ByteArrayInputStream(bytes), Fixtures.TODAY);
                default -> CsvReader.read("f", "f.csv", new ByteArrayInputStream(bytes), Fixtures.TODAY);
            };
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
            Statistics.collect("refused");
            Statistics.coverage(c -> c.check("accepted").percentage(p -> p >= 5));
            return;
        }
        Statistics.collect("accepted");
        Statistics.coverage(c -> c.check("accepted").percentage(p -> p >= 5));
        assertOurFormatReadsItBack(timeline);
    }

    @Property(tries = 600)
    void aTimelineJsFileAcceptedIsOneOurFormatTakesBack(
            @ForAll("texts") String headline, @ForAll("texts") String text, @ForAll("texts") String group,
            @ForAll("texts") String display, @ForAll("texts") String caption, @ForAll("texts") String credit,
            @ForAll("addresses") String url, @ForAll("texts") String timelineTitle,
            @ForAll("texts") String timelineText, @ForAll("texts") String eraLabel, @ForAll("years") long year)
            throws IOException {
        String file = "{\"title\": {\"text\": {\"headline\": " + json(timelineTitle) + ", \"text\": "
                + json(timelineText) + "}},\n"
                + " \"events\": [\n"
                + "  {\"start_date\": {\"year\": " + year + "}, \"group\": " + json(group) + ", \"display_date\": "
                + json(display) + ",\n   \"text\": {\"headline\": " + json(headline) + ", \"text\": " + json(text)
                + "},\n   \"media\": {\"url\": " + json(url) + ", \"caption\": " + json(caption) + ", \"credit\": "
                + json("<p>" + credit + "</p><p><a href='" + url + "'>" + credit + "</a></p>") + "}},\n"
                + "  {\"start_date\": {\"year\": 2022, \"month\": 5}, \"text\": {\"text\": " + json(text) + "},"
                + " \"media\": {\"url\": " + json("<blockquote><p>" + caption + "</p><cite>" + credit
                + "</cite></blockquote>") + "}}],\n"
                + " \"eras\": [{\"start_date\": {\"year\": 2020}, \"end_date\": {\"year\": " + Math.max(2021, year)
                + "}, \"text\": {\"headline\": " + json(eraLabel) + "}}]}\n";
        check("timelinejs", file);
    }

    @Property(tries = 600)
    void aVisFileAcceptedIsOneOurFormatTakesBack(
            @ForAll("texts") String content, @ForAll("texts") String summary, @ForAll("texts") String quote,
            @ForAll("texts") String cite, @ForAll("addresses") String href, @ForAll("texts") String display,
            @ForAll("texts") String groupLabel, @ForAll("texts") String className, @ForAll("texts") String id,
            @ForAll("texts") String eraLabel) throws IOException {
        String tooltip = "<p>" + summary + "</p><blockquote><p>" + quote + "</p><cite><a href='" + href + "'>" + cite
                + "</a></cite></blockquote><p><time datetime=\"2022-05-25\">" + display + "</time></p>";
        String file = "{\"groups\": [{\"id\": \"g\", \"content\": " + json(groupLabel) + "}],\n"
                + " \"items\": [\n"
                + "  {\"id\": " + json(id) + ", \"content\": " + json(content) + ", \"start\": \"2022-05-25\","
                + " \"group\": \"g\", \"title\": " + json(tooltip) + "},\n"
                + "  {\"content\": " + json(content) + ", \"start\": \"2022-05\", \"className\": " + json(className)
                + ", \"title\": " + json("<blockquote><p>" + quote + "</p></blockquote>") + "},\n"
                + "  {\"id\": \"era\", \"content\": " + json(eraLabel) + ", \"start\": \"2022\", \"end\": \"2023\","
                + " \"type\": \"background\", \"style\": \"background-color: #1f6feb\"}]}\n";
        check("vis", file);
    }

    @Property(tries = 600)
    void aCsvFileInOurLayoutAcceptedIsOneOurFormatTakesBack(
            @ForAll("texts") String title, @ForAll("texts") String summary, @ForAll("texts") String display,
            @ForAll("texts") String category, @ForAll("texts") String source, @ForAll("addresses") String url,
            @ForAll("texts") String quote, @ForAll("texts") String timelineTitle, @ForAll("texts") String id,
            @ForAll("texts") String eraLabel, @ForAll("years") long year) throws IOException {
        String date = year > 9999 || year < -9999 ? "Y" + year : String.format("%s%04d", year < 0 ? "-" : "",
                Math.abs(year));
        String file = "type,id,date,end,display_date,title,summary,category,color,source,source_url,quote\n"
                + row("title", "", "", "", "", timelineTitle, summary, "", "", "", "", "")
                + row("event", id, date, "", display, title, summary, category, "", source, url, quote)
                + row("", "", "", "", "", "", "", "", "", source, "", title)
                + row("", "", "", "", "", "", "", "", "", "", url, "")
                + row("era", "", "2020", "2022", "", eraLabel, "", category, "#1f6feb", "", "", "");
        check("csv", file);
    }

    @Property(tries = 600)
    void aCsvFileInTimelineJsTemplateAcceptedIsOneOurFormatTakesBack(
            @ForAll("texts") String headline, @ForAll("texts") String text, @ForAll("texts") String display,
            @ForAll("texts") String group, @ForAll("addresses") String media, @ForAll("texts") String credit,
            @ForAll("texts") String caption, @ForAll("texts") String timelineTitle, @ForAll("years") long year)
            throws IOException {
        String file = "Year,Month,Day,Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Type,Group,"
                + "Background\n"
                + row("", "", "", "", "", timelineTitle, text, "", "", "", "title", "", "")
                + row(Long.toString(year), "", "", "", display, headline, text, media, credit, caption, "", group, "")
                + row("2022", "5", "", "", "", "", text, "", credit, "", "", "", "")
                + row("2020", "", "", "", "", headline, "", "", "", "", "era", group, "#1f6feb");
        check("csv", file);
    }

    // ---- writing the files --------------------------------------------------------------------------------------

    /**
     * A JSON string with every character beyond ASCII escaped: a half of a character (a lone surrogate) gets into
     * the file as JSON writes it, {@code \ud800}.
     */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A CSV row, every cell quoted. */
    private static String row(String... cells) {
        return String.join(",", List.of(cells).stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())
                + "\r\n";
    }
}
