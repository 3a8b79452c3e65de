package org.sourceline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;

/**
 * Random command lines made of the real commands, their options and odd values (empty strings, "-", "--", paths
 * with spaces, line breaks and other scripts, huge and negative numbers, NaN, options given twice, unknown options,
 * {@code --option=value}), run in-process: each one ends with exit code 0, 1 or 2, with a message on stderr when it
 * is not 0, and without an exception or the program's own class names for the person to read.
 *
 * <p>Every path an option could write to is in a folder of the try's own, under a temporary folder: a store or an
 * output file is only ever given by {@code --db} and {@code --out}, always with such a path (checked before each
 * run), and the working folder is checked unchanged after it. Values that are not paths may be anything, since no
 * command writes where they say. {@code bench}, seconds of work on a real store, is only given stores that are not
 * there, and {@code generate} only small numbers of events or refused ones.
 */
class CommandLineFuzzTest {
    /** What stderr must never show a person: an exception, a stack frame, a class of ours or of a library. */
    private static final List<String> NOT_FOR_PEOPLE = List.of("Exception", "java.", "javax.", "\tat ",
            "org.sourceline", "com.fasterxml", "picocli.", "org.sqlite", "SQLITE_");

    private static Path root;
    private static Path inputs;
    private static Path seeded;
    private static int tries;

    @BeforeContainer
    static void prepare() throws IOException {
        root = Files.createTempDirectory("sourceline-cli-fuzz");
        inputs = Files.createDirectories(root.resolve("inputs"));
        seeded = root.resolve("seeded.db");
        assertThat(SourcelineCommand.run(new String[] {"import", "seeds/timeline.json", "--db", seeded.toString()},
                p -> { }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
        Files.writeString(inputs.resolve("timeline.csv"), "type,id,date,title,summary,source,quote\n"
                + "event,e1,2022-05-25,\"=HYPERLINK(\"\"x\"\")\",+sum,-source,@quote\n", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("broken.csv"), "date,title\n2022-13,\"open\n", StandardCharsets.UTF_8);
        Files.copy(Path.of("src/test/resources/interop/timelinejs-history.json"), inputs.resolve("history.json"));
        Files.writeString(inputs.resolve("deep.json"), "[".repeat(3000) + "]".repeat(3000));
        Files.writeString(inputs.resolve("article.txt"), "Réunion à Doha\n\nLe ministre a été reçu mercredi 25 mai"
                + " 2022 à Doha.\nHier, il était à Rabat.\n", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("page.html"), "<html><head><title>Titre</title></head><body><article><p>"
                + "Le 25 mai 2022, une réunion.</p></article></body></html>", StandardCharsets.UTF_8);
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Files.write(inputs.resolve("not utf8.txt"), new byte[] {'a', (byte) 0xFF, (byte) 0xC3, 0x28, '\n'});
        Files.copy(inputs.resolve("timeline.csv"), inputs.resolve("ligne\nbrisée 𝄞.csv"));
        Files.createDirectories(inputs.resolve("a folder"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        deleteAll(root);
    }

    // ---- what is typed ---------------------------------------------------------------------------------------

    /** One argument, with the try's folder not known yet: {@code {try}} and {@code {inputs}} stand for them. */
    record Arg(String text) {
        String resolve(Path tryFolder) {
            return text.replace("{try}", tryFolder.toString()).replace("{inputs}", inputs.toString());
        }

        @Override
        public String toString() {
            return text.replace("\n", "\\n").replace("\u0000", "\\0");
        }
    }

    private static final List<String> COMMANDS = List.of("init", "validate", "import", "export", "export-image",
            "search", "source", "add-source", "dates", "generate", "bench");

    /** Where a store or a written file may be: always in the try's folder. */
    private static final List<String> WRITABLE = List.of("{try}/store.db", "{try}/new.db", "{try}/out.json",
            "{try}/out.csv", "{try}/out.png", "{try}/o u t.svg", "{try}/saut\nde ligne.json", "{try}/élan 𝄞.db",
            "{try}/folder", "{try}/no such folder/x.db", "{try}/", "{try}/.db", "{try}/-", "{try}/--",
            "{try}/out.json/", "{try}/nul\u0000.db", "{try}/" + "x".repeat(300) + ".db");

    /** Files given to read: anything, relative ones included, since reading them changes nothing. */
    private static final List<String> READABLE = List.of("{inputs}/timeline.csv", "{inputs}/broken.csv",
            "{inputs}/history.json", "{inputs}/deep.json", "{inputs}/article.txt", "{inputs}/page.html",
            "{inputs}/empty.txt", "{inputs}/not utf8.txt", "{inputs}/ligne\nbrisée 𝄞.csv", "{inputs}/a folder",
            "{inputs}/missing.json", "seeds/timeline.json", "{try}/store.db", "{try}/out.csv", "no-such-file.json",
            "src", "-", "--", "", " ", "nul\u0000.json", "{inputs}/");

    private static final List<String> NUMBERS = List.of("0", "-0", "1", "3", "-1", "200", "1600", "60001",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "1e3", "1.5", "NaN",
            "Infinity", "0x10", "\u0663", "\uff11", "+5", " 7", "7 ", "", "-", "--");

    private static final List<String> TEXTS = List.of("", " ", "-", "--", "-x", "--x", "é", "\n", "a\u0000b",
            "𝄞", "=1+1", "@x", "@", "x".repeat(600), "Doha", "\"centre opérations\"", "'", "\\", "%s", "${x}",
            "\u202e", "null");

    private static final List<String> DATES = List.of("2022", "2022-05-25", "-0043", "[..2022]", "2022/..",
            "Y-170000000", "Y-999999999", "Y999999999", "Y9999999999", "2022-13", "2022-02-30", "nope", "", "..", "2022-05-25T14:30:00Z",
            "2022-05-25T14:30:00+99:00", "2022?", "{2022,2023}", "2023/2022");

    /** Each option with the values it is given, mostly its own kind and now and then anything. */
    private static final Map<String, List<String>> OPTIONS = Map.ofEntries(
            Map.entry("--format", List.of("csv", "sourceline", "timelinejs", "vis", "auto", "annotations",
                    "csl-json", "CSV", "excel", "", "-")),
            Map.entry("--width", NUMBERS), Map.entry("--scale", NUMBERS), Map.entry("--limit", NUMBERS),
            Map.entry("--events", NUMBERS), Map.entry("--seed", NUMBERS),
            Map.entry("--from", DATES), Map.entry("--to", DATES), Map.entry("--published", DATES),
            Map.entry("--title", TEXTS), Map.entry("--outlet", TEXTS), Map.entry("--author", TEXTS),
            Map.entry("--url", List.of("http://x.example", "https://x.example/a b", "javascript:alert(1)", "",
                    "file:///etc/passwd", "http://")),
            Map.entry("--lanes", List.of("category", "actor", "none", "", "CATEGORY")),
            Map.entry("--language", List.of("fr", "en", "de", "", "fr-FR", "EN")),
            Map.entry("--body-lines", List.of("1-3", "3-1", "0-0", "1", "a-b", "1-2-3", "99999999999-1", ",", "",
                    "1-99999")));

    private static final List<String> FLAGS = List.of("--replace", "--update", "--json", "--sources",
            "--skip-import", "-h", "--help", "-V", "--version", "-hV", "-x", "--frobnicate", "---db", "--DB", "--",
            "-", "");

    private static final List<String> POSITIONALS = List.of("frobnicate", "IMPORT", "help", "src-000", "src-999",
            "Doha", "doha rabat", "-1", "--", "", "\u0000", "=", "@{inputs}/timeline.csv");

    private static Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.of(TEXTS), Arbitraries.of(NUMBERS), Arbitraries.of(DATES),
                Arbitraries.strings().all().ofMaxLength(8))
                // Not a path option without its path: what follows it would be taken for the path.
                .filter(text -> !text.startsWith("--db") && !text.startsWith("--out"));
    }

    /** A path option with a path it may write to, as two arguments or one with "=". */
    private static Arbitrary<List<Arg>> pathOption() {
        return Combinators.combine(Arbitraries.of("--db", "--out"), Arbitraries.of(WRITABLE), Arbitraries.of(true,
                false)).as((name, path, joined) -> joined ? List.of(new Arg(name + "=" + path))
                : List.of(new Arg(name), new Arg(path)));
    }

    private static Arbitrary<List<Arg>> valueOption() {
        return Arbitraries.of(OPTIONS.keySet().stream().sorted().toList()).flatMap(name -> Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(OPTIONS.get(name))), Tuple.of(1, anything())),
                Arbitraries.of(true, false))
                .as((value, joined) -> joined ? List.of(new Arg(name + "=" + value))
                        : List.of(new Arg(name), new Arg(value))));
    }

    private static Arbitrary<List<Arg>> single(Arbitrary<String> texts) {
        return texts.map(text -> List.of(new Arg(text)));
    }

    /**
     * Parts of a command line in any order; a path option is never left without its path but at the very end, and
     * only when {@code trailing} allows it.
     */
    private static Arbitrary<List<Arg>> parts(int max, boolean trailing) {
        Arbitrary<List<Arg>> part = Arbitraries.frequencyOf(
                Tuple.of(4, pathOption()),
                Tuple.of(4, valueOption()),
                Tuple.of(2, single(Arbitraries.of(FLAGS))),
                Tuple.of(2, single(Arbitraries.of(READABLE))),
                Tuple.of(2, single(Arbitraries.of(POSITIONALS))),
                Tuple.of(1, single(anything())),
                Tuple.of(1, single(Arbitraries.of(COMMANDS))));
        Arbitrary<String> ends = trailing ? Arbitraries.of("", "", "", "--db", "--out", "--width")
                : Arbitraries.just("");
        return Combinators.combine(part.list().ofMaxSize(max), ends)
                .as((list, end) -> {
                    List<Arg> args = new ArrayList<>();
                    list.forEach(args::addAll);
                    if (!end.isEmpty()) {
                        args.add(new Arg(end));
                    }
                    return args;
                });
    }

    @Provide
    Arbitrary<List<Arg>> commandLines() {
        return Combinators.combine(Arbitraries.of(COMMANDS), parts(6, true)).as((command, parts) -> {
            List<Arg> args = new ArrayList<>();
            args.add(new Arg(command));
            args.addAll(parts);
            return args;
        });
    }

    @Provide
    Arbitrary<List<Arg>> anyOrder() {
        return parts(8, true);
    }

    /** A command with the options it needs, some of its own with odd values, and now and then one more thing. */
    @Provide
    Arbitrary<List<Arg>> wellFormed() {
        return Arbitraries.of(COMMANDS).flatMap(command -> {
            List<Arbitrary<List<Arg>>> required = new ArrayList<>();
            List<Arbitrary<List<Arg>>> optional = new ArrayList<>();
            Arbitrary<List<Arg>> store = pathOption("--db", "{try}/store.db");
            Arbitrary<List<Arg>> file = single(mostly("{inputs}/timeline.csv", "{inputs}/history.json",
                    "seeds/timeline.json", "{inputs}/article.txt", "{inputs}/page.html"));
            switch (command) {
                case "init" -> required.add(pathOption("--db", "{try}/new.db"));
                case "validate" -> required.add(file);
                case "import" -> {
                    required.add(file);
                    required.add(store);
                    optional.add(option("--format"));
                    optional.add(single(Arbitraries.of("--replace", "--update")));
                }
                case "export" -> {
                    required.add(store);
                    required.add(pathOption("--out", "{try}/out.json", "{try}/out.csv"));
                    optional.add(option("--format"));
                }
                case "export-image" -> {
                    required.add(store);
                    required.add(pathOption("--out", "{try}/out.png", "{try}/o u t.svg"));
                    Stream.of("--from", "--to", "--title", "--lanes", "--language").forEach(o -> optional.add(
                            option(o)));
                    optional.add(option("--width", mostly("200", "640"), Arbitraries.of(NUMBERS)));
                    optional.add(option("--scale", mostly("1", "2"), Arbitraries.of(NUMBERS)));
                    optional.add(single(Arbitraries.just("--sources")));
                }
                case "search" -> {
                    required.add(single(mostly("doha", "ministre", "\"centre opérations\"")));
                    required.add(store);
                    optional.add(option("--limit"));
                    optional.add(single(Arbitraries.just("--json")));
                    optional.add(single(anything()));
                }
                case "source" -> {
                    required.add(single(mostly("src-000", "src-004")));
                    required.add(store);
                    optional.add(single(Arbitraries.just("--json")));
                }
                case "add-source" -> {
                    required.add(file);
                    required.add(store);
                    Stream.of("--title", "--outlet", "--author", "--published", "--url", "--language", "--body-lines")
                            .forEach(o -> optional.add(option(o)));
                }
                case "dates" -> {
                    required.add(file);
                    required.add(option("--published", mostly("2022-05-28", "2022-05"), Arbitraries.of(DATES)));
                    optional.add(option("--language"));
                    optional.add(single(Arbitraries.just("--json")));
                }
                case "generate" -> {
                    required.add(option("--events", mostly("1", "50"), Arbitraries.of(NUMBERS)));
                    required.add(pathOption("--db", "{try}/new.db"));
                    optional.add(option("--seed"));
                }
                default -> {
                    required.add(store);
                    optional.add(single(Arbitraries.of("--json", "--skip-import")));
                }
            }
            List<Arbitrary<List<Arg>>> chosen = new ArrayList<>(required);
            optional.forEach(o -> chosen.add(Arbitraries.frequencyOf(Tuple.of(1, o),
                    Tuple.of(1, Arbitraries.just(List.of())))));
            chosen.add(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(1,
                    parts(1, false))));
            return Combinators.combine(chosen).as(partsOf -> partsOf).flatMap(partsOf -> Arbitraries.shuffle(partsOf)
                    .map(shuffled -> {
                        List<Arg> args = new ArrayList<>();
                        args.add(new Arg(command));
                        shuffled.forEach(args::addAll);
                        return args;
                    }));
        });
    }

    /** A path option with one of its usual paths mostly, another one it may write to now and then. */
    private static Arbitrary<List<Arg>> pathOption(String name, String... usual) {
        return option(name, Arbitraries.of(usual), Arbitraries.of(WRITABLE));
    }

    private static Arbitrary<String> mostly(String... good) {
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(good)), Tuple.of(1, anything()));
    }

    private static Arbitrary<List<Arg>> option(String name) {
        return option(name, Arbitraries.of(OPTIONS.get(name)), anything());
    }

    /** An option with a good value mostly, an odd one now and then, as two arguments or one with "=". */
    private static Arbitrary<List<Arg>> option(String name, Arbitrary<String> good, Arbitrary<String> odd) {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(4, good), Tuple.of(1, odd)),
                Arbitraries.of(true, false)).as((value, joined) -> joined ? List.of(new Arg(name + "=" + value))
                : List.of(new Arg(name), new Arg(value)));
    }

    // ---- what must come of it --------------------------------------------------------------------------------

    @Property(tries = 600)
    void aCommandWithOddOptionsEndsWithACodeAndAMessage(@ForAll("commandLines") List<Arg> args) throws Exception {
        check(args);
    }

    @Property(tries = 800)
    void aCommandWithWhatItNeedsAndOddOptionsEndsWithACodeAndAMessage(@ForAll("wellFormed") List<Arg> args)
            throws Exception {
        check(args);
    }

    @Property(tries = 600)
    void argumentsInAnyOrderEndWithACodeAndAMessage(@ForAll("anyOrder") List<Arg> args) throws Exception {
        check(args);
    }

    private static void check(List<Arg> args) throws IOException {
        Path tryFolder = Files.createDirectory(root.resolve("try-" + ++tries));
        boolean benchmark = args.stream().anyMatch(a -> a.text().equals("bench"));
        if (!benchmark) {
            // bench measures a whole store, seconds of work: it is only ever given a store that is not there.
            Files.copy(seeded, tryFolder.resolve("store.db"));
        }
        Set<String> workingFolder = listing(Path.of(""));
        String[] typed = args.stream().map(a -> a.resolve(tryFolder)).toArray(String[]::new);
        writesOnlyIn(tryFolder, typed);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Exception> unexpected = new ArrayList<>();
        CommandLine cli = SourcelineCommand.commandLine(p -> { }, new PrintWriter(out, true),
                new PrintWriter(err, true));
        CommandLine.IExecutionExceptionHandler handler = cli.getExecutionExceptionHandler();
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            unexpected.add(e);
            return handler.handleExecutionException(e, commandLine, parsed);
        });

        int code = cli.execute(typed);

        String said = err.toString();
        assertThat(unexpected).as("exceptions no command caught; stderr: %s", said).isEmpty();
        assertThat(code).as("exit code; stderr: %s", said).isIn(0, 1, 2);
        if (code != 0) {
            assertThat(said).as("the message of exit code %d", code).isNotBlank();
        }
        assertThat(NOT_FOR_PEOPLE).as("stderr: %s", said).noneMatch(said::contains);
        assertThat(listing(Path.of(""))).as("the working folder").isEqualTo(workingFolder);
        Statistics.collect(code);
        deleteAll(tryFolder);
    }

    /**
     * Checks, before anything runs, that every path a command could write to is in the try's folder: the value of
     * each {@code --db} and {@code --out}, whether or not the parser would take it as one. A command line that
     * breaks this is a mistake of this test, and is not run.
     */
    private static void writesOnlyIn(Path tryFolder, String[] typed) {
        String inside = tryFolder + "/";
        for (int i = 0; i < typed.length; i++) {
            for (String option : List.of("--db", "--out")) {
                String value = typed[i].equals(option) ? (i + 1 < typed.length ? typed[i + 1] : null)
                        : typed[i].startsWith(option + "=") ? typed[i].substring(option.length() + 1) : null;
                if (value != null && !value.startsWith(inside)) {
                    throw new AssertionError("this test would let " + option + " write to \"" + value + "\": "
                            + List.of(typed));
                }
            }
        }
    }

    private static Set<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
