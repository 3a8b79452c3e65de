package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * CSV, TimelineJS and vis-timeline files built from odd parts rather than cut from good ones: invalid UTF-8,
 * byte-order marks, NULs, lone carriage returns, very long lines, quotes left open, numbers too large for any
 * type in the year, month and day, JSON nested thousands deep (texts beyond the parser's limit are
 * in {@link JsonSyntaxTest}). Every one is read into a timeline whose quotes are
 * in their articles, or refused with problems that name the file, a row or a line and column, and say what is
 * wrong in words, never in the reader's own terms; never an unexpected exception.
 */
class OddInputFuzzTest {
    /** Text that a message for a person must not hold: the names of the program's parts. */
    static final List<String> NOT_FOR_PEOPLE = List.of("Exception", "java.", "com.fasterxml", "[Source:",
            "PushbackReader", "JsonReadFeature", "not enabled for parser", "StreamReadConstraints");

    private static final List<String> ODD_VALUES = List.of("", " ", "0", "-0", "1", "12", "13", "29", "31", "32",
            "2022", "-44", "-0043", "10000", "999999999", "1000000000", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999999999",
            "1e309", "-1e309", "1e-400", "1.5", "NaN", "Infinity", "0x10", "\u2212" + "5", "\u0662\u0660\u0662\u0662",
            "\uff11\uff12", "2022-05-25", "2022-02-30", "2022-13", "-0043-03-15", "Y-170000000", "Y99999999999999",
            "[..2022-06]", "2022/..", "../..", "2022-05-25T14:30:00+01:00", "2022-05-25T25:61", "+099999-01-01",
            "14:30", "2:30 PM", "0 AM", "13 PM", "99:99:99", "title", "era", "event", "box", "background",
            "=HYPERLINK(\"http://x.example\")", "'=x", "#aabbcc", "#zzz", "http://x.example/a b",
            "javascript:alert(1)", "<blockquote><p>q</p></blockquote><cite><a href='http://x.example'>s</a></cite>",
            "<script>x</script>", "<time datetime=\"2022-05\">mai</time>", "&#0;", "&#xD800;", "\u0000", "a\u0000b",
            "\uFEFF", "\uFEFF2022", "\r", "a\rb", "\n", "\u2028", "\"", "\"open", "a\"b", "\\", "\\u0000", "\ud83d\ude00",
            "x".repeat(501), "y".repeat(20_001), "z ".repeat(60_000));

    private static Arbitrary<String> oddValue() {
        return Arbitraries.oneOf(Arbitraries.of(ODD_VALUES), Arbitraries.strings().all().ofMaxLength(12));
    }

    /** The odd values but the very long ones, which a JSON file holds many of. */
    private static Arbitrary<String> shortOddValue() {
        return oddValue().filter(v -> v.length() <= 501);
    }

    // ---- bytes ----------------------------------------------------------------------------------------------

    /** Byte sequences that are not UTF-8, or that decoders are known to trip on. */
    private static final List<byte[]> ODD_BYTES = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0},
            new byte[] {'\r'});

    record ByteEdit(int position, int cut, int inserted) {
    }

    @Provide
    Arbitrary<List<ByteEdit>> byteEdits() {
        Arbitrary<List<ByteEdit>> some = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, ODD_BYTES.size() - 1))
                .as(ByteEdit::new).list().ofMinSize(1).ofMaxSize(2);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(1, some));
    }

    /** The text as UTF-8, perhaps after a byte-order mark, with odd bytes put in and some cut out. */
    private static byte[] bytes(String text, boolean byteOrderMark, List<ByteEdit> edits) {
        byte[] bytes = ((byteOrderMark ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        for (ByteEdit e : edits) {
            int at = e.position() % (bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.writeBytes(ODD_BYTES.get(e.inserted()));
            int after = Math.min(bytes.length, at + e.cut());
            out.write(bytes, after, bytes.length - after);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    // ---- CSV ------------------------------------------------------------------------------------------------

    private static final List<String> TIMELINEJS_COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year",
            "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
            "Media Caption", "Media Thumbnail", "Type", "Group", "Background");

    @Provide
    Arbitrary<String> csvTexts() {
        Arbitrary<List<String>> header = Arbitraries.oneOf(
                Arbitraries.of(TIMELINEJS_COLUMNS).list().ofMinSize(1).ofMaxSize(10)
                        .map(c -> concat(List.of("Year", "Headline"), c)),
                Arbitraries.of(CsvReader.SOURCELINE_COLUMNS).list().ofMinSize(1).ofMaxSize(8)
                        .map(c -> concat(List.of("date", "title"), c)),
                Arbitraries.of(concat(TIMELINEJS_COLUMNS, CsvReader.SOURCELINE_COLUMNS)).list().ofMaxSize(6),
                oddValue().list().ofMaxSize(4));
        Arbitrary<String> cell = Combinators.combine(oddValue(), Arbitraries.of(true, false))
                .as((value, quoted) -> quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        Arbitrary<List<String>> row = cell.list().ofMaxSize(20);
        return Combinators.combine(header, row.list().ofMaxSize(6), Arbitraries.of(",", ";"),
                Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.of(true, false))
                .as((names, rows, separator, end, finalEnd) -> {
                    StringBuilder text = new StringBuilder(String.join(separator, names));
                    for (List<String> r : rows) {
                        text.append(end).append(String.join(separator, r));
                    }
                    return finalEnd ? text.append(end).toString() : text.toString();
                });
    }

    @Property(tries = 1500)
    void oddCsvFilesAreReadOrRefusedWithProblemsAtTheirRows(@ForAll("csvTexts") String text,
                                                            @ForAll boolean byteOrderMark,
                                                            @ForAll("byteEdits") List<ByteEdit> edits)
            throws Exception {
        byte[] bytes = bytes(text, byteOrderMark, edits);
        try {
            checkRead(CsvReader.read("odd.csv", "odd.csv", new ByteArrayInputStream(bytes), Fixtures.TODAY));
        } catch (InvalidInputException refused) {
            checkRefused(refused, "odd.csv", false);
        }
    }

    // ---- JSON: TimelineJS and vis-timeline -------------------------------------------------------------------

    /** A JSON value written from odd parts: numbers of every size, escapes, and now and then deep nesting. */
    private static Arbitrary<String> jsonValue() {
        Arbitrary<String> number = Arbitraries.of("0", "-0", "1", "12", "31", "2022", "-44", "1.5", "-0.0", "1e3",
                "1E+2", "2022.0", "10000", "2147483648", "9223372036854775807", "9223372036854775808",
                "-9223372036854775809", "99999999999999999999999999999", "1e309", "-1e309", "1e-400", "1e18",
                "8.64e15", "-8.64e15", "9".repeat(900), "9".repeat(1001), "1" + "0".repeat(400) + "e-400");
        Arbitrary<String> string = shortOddValue().map(OddInputFuzzTest::jsonString);
        Arbitrary<String> escaped = Arbitraries.of("\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"",
                "\"\\u000D\"", "\"a\\nb\"", "\"\\/\"", "\"\\x\"", "\"\\u12\"");
        Arbitrary<String> other = Arbitraries.of("null", "true", "false", "[]", "{}", "NaN", "\"\"", "tru", "[1,]");
        Arbitrary<String> deep = Arbitraries.of(10, 999, 1000, 1001, 5000).map(depth ->
                "[".repeat(depth) + "]".repeat(depth));
        return Arbitraries.frequencyOf(Tuple.of(60, number), Tuple.of(60, string), Tuple.of(20, escaped),
                Tuple.of(20, other), Tuple.of(10, deep));
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Mostly a good value, now and then an odd one. */
    private static Arbitrary<String> mostly(Arbitrary<String> good) {
        return Arbitraries.frequencyOf(Tuple.of(5, good), Tuple.of(1, jsonValue()));
    }

    private static Arbitrary<String> mostly(String... good) {
        return mostly(Arbitraries.of(good));
    }

    /** An object with some of these keys, each with a value of its own kind; now and then not an object at all. */
    private static Arbitrary<String> object(Map<String, Arbitrary<String>> fields) {
        List<Arbitrary<String>> each = new ArrayList<>();
        fields.forEach((key, value) -> each.add(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")),
                Tuple.of(3, value.map(v -> jsonString(key) + ":" + v)))));
        Arbitrary<String> object = Combinators.combine(each).as(parts -> "{" + String.join(",",
                parts.stream().filter(p -> !p.isEmpty()).toList()) + "}");
        return Arbitraries.frequencyOf(Tuple.of(12, object), Tuple.of(1, jsonValue()));
    }

    private static Arbitrary<String> array(Arbitrary<String> items, int max) {
        return items.list().ofMaxSize(max).map(list -> "[" + String.join(",", list) + "]");
    }

    private static Arbitrary<String> text() {
        return mostly("\"Réunion à Doha\"", "\"<p>Un <b>texte</b></p>\"", "\"Headline\"",
                "\"<blockquote><p>q</p></blockquote><cite>s</cite>\"", "\"http://x.example/a.jpg\"");
    }

    @Provide
    Arbitrary<String> timelineJsTexts() {
        Map<String, Arbitrary<String>> dateFields = new LinkedHashMap<>();
        dateFields.put("year", mostly("2022", "-44", "0", "\"2022\"", "1969", "10000"));
        dateFields.put("month", mostly("1", "5", "12", "\"05\""));
        dateFields.put("day", mostly("1", "25", "28", "\"9\""));
        dateFields.put("hour", mostly("0", "14", "23"));
        dateFields.put("minute", mostly("0", "30", "59"));
        dateFields.put("second", mostly("0", "59"));
        dateFields.put("millisecond", mostly("0", "999"));
        dateFields.put("display_date", mostly("\"mi-mai 2022\"", "\"vers 2022\"", "\"May 2022?\""));
        Arbitrary<String> date = object(dateFields);
        Arbitrary<String> text = object(Map.of("headline", text(), "text", text()));
        Arbitrary<String> media = object(Map.of("url", text(), "caption", text(), "credit", text()));
        Map<String, Arbitrary<String>> slideFields = new LinkedHashMap<>();
        slideFields.put("start_date", date);
        slideFields.put("end_date", date);
        slideFields.put("text", text);
        slideFields.put("media", media);
        slideFields.put("group", mostly("\"Rome\"", "\"Cérémonies\""));
        slideFields.put("display_date", mostly("\"2022\"", "\"le 25 mai\""));
        slideFields.put("unique_id", mostly("\"e1\"", "\"e2\"", "7"));
        Arbitrary<String> slide = object(slideFields);
        Map<String, Arbitrary<String>> rootFields = new LinkedHashMap<>();
        rootFields.put("title", object(Map.of("text", text)));
        rootFields.put("events", mostly(array(slide, 4)));
        rootFields.put("eras", mostly(array(slide, 2)));
        rootFields.put("scale", mostly("\"human\"", "\"cosmological\""));
        return object(rootFields);
    }

    @Provide
    Arbitrary<String> visTexts() {
        Arbitrary<String> moment = mostly("\"2022-05-25\"", "\"2022-05\"", "\"-000044-03-15\"", "\"2022\"",
                "\"2022-05-25T14:30:00Z\"", "\"2022-05-25 14:30\"", "1653480000000", "-62135596800000");
        Map<String, Arbitrary<String>> itemFields = new LinkedHashMap<>();
        itemFields.put("id", mostly("1", "\"a\"", "\"b\""));
        itemFields.put("start", moment);
        itemFields.put("end", moment);
        itemFields.put("content", text());
        itemFields.put("title", mostly("\"<p>Texte</p><time datetime=\\\"2022-05\\\">mai</time>\"",
                "\"<blockquote>q</blockquote><cite>s</cite>\""));
        itemFields.put("type", mostly("\"box\"", "\"range\"", "\"point\"", "\"background\""));
        itemFields.put("group", mostly("1", "\"g\""));
        itemFields.put("className", mostly("\"rome big\"", "\" \""));
        itemFields.put("style", mostly("\"background-color: #aabbcc\""));
        Arbitrary<String> item = object(itemFields);
        Arbitrary<String> group = object(Map.of("id", mostly("1", "\"g\""), "content", text()));
        return Arbitraries.oneOf(mostly(array(item, 4)),
                object(Map.of("items", mostly(array(item, 4)), "groups", mostly(array(group, 3)))));
    }

    @Property(tries = 1500)
    void oddTimelineJsFilesAreReadOrRefusedWithProblemsAtTheirLines(@ForAll("timelineJsTexts") String text,
                                                                    @ForAll boolean byteOrderMark,
                                                                    @ForAll("byteEdits") List<ByteEdit> edits)
            throws Exception {
        byte[] bytes = bytes(text, byteOrderMark, edits);
        try {
            checkRead(TimelineJsReader.read("odd.json", "odd.json", new ByteArrayInputStream(bytes),
                    Fixtures.TODAY));
        } catch (InvalidInputException refused) {
            checkRefused(refused, "odd.json", true);
        }
    }

    @Property(tries = 1500)
    void oddVisFilesAreReadOrRefusedWithProblemsAtTheirLines(@ForAll("visTexts") String text,
                                                             @ForAll boolean byteOrderMark,
                                                             @ForAll("byteEdits") List<ByteEdit> edits)
            throws Exception {
        byte[] bytes = bytes(text, byteOrderMark, edits);
        try {
            checkRead(VisReader.read("odd.json", "odd.json", new ByteArrayInputStream(bytes), Fixtures.TODAY));
        } catch (InvalidInputException refused) {
            checkRefused(refused, "odd.json", true);
        }
    }

    // ---- what every answer must be ---------------------------------------------------------------------------

    private static void checkRead(LoadedTimeline timeline) {
        Statistics.collect("read");
        timeline.dataset().events().forEach(e -> e.citations().forEach(c ->
                assertThat(timeline.articles().get(c.sourceId()).body()).contains(c.quote())));
    }

    private static void checkRefused(InvalidInputException refused, String file, boolean json) {
        Statistics.collect("refused");
        if (refused.problems().isEmpty()) {
            fail("refused without a problem");
        }
        assertThat(refused.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isPositive();
            if (json) {
                assertThat(p.column()).isPositive();
            }
            assertThat(p.message()).isNotBlank();
            assertThat(NOT_FOR_PEOPLE).noneMatch(p.message()::contains);
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
