package org.sourceline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles against each other and against the code: a translator who adds or renames a text, or a programmer
 * who looks one up, learns here what is missing rather than from the window.
 */
class MessageBundlesTest {
    /** Every language the window offers; French is the reference the others are held against. */
    private static final List<String> LANGUAGES = Messages.LANGUAGES.stream().map(Locale::getLanguage).toList();
    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code messages.} or {@code Messages.of(…).} before a lookup. */
    private static final String RECEIVER = "(?:\\bmessages|\\bMessages\\.of\\((?:[^()]|\\([^()]*\\))*\\))\\s*\\.\\s*";
    /** A lookup by a literal key, get("key"…) or plural("key"…); group 3 says whether arguments follow. */
    private static final Pattern LOOKUP = Pattern.compile(RECEIVER + "(get|plural)\\(\\s*\"([^\"]*)\"\\s*([,)])");
    /** Any lookup, whatever its first argument: each must name its key, or the checks below are blind. */
    private static final Pattern ANY_LOOKUP = Pattern.compile(RECEIVER + "(?:get|plural)\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Map<String, Properties> bundles;
    private static Map<Path, String> sources;

    @BeforeAll
    static void read() throws IOException {
        bundles = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
                assertThat(in).as("messages_%s.properties", language).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundles.put(language, properties);
        }
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(sources).isNotEmpty();
    }

    private static Set<String> keys(String language) {
        return new TreeSet<>(bundles.get(language).stringPropertyNames());
    }

    /** A text that goes through MessageFormat: one with arguments, or one chosen by a count. */
    private static boolean formatted(String key, String text) {
        return PLACEHOLDER.matcher(text).find() || key.endsWith(".one") || key.endsWith(".many");
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void everyLanguageHasTheSameKeysEachWrittenOnce() throws IOException {
        for (String language : LANGUAGES) {
            assertThat(keys(language)).as("keys of %s against fr", language).isEqualTo(keys("fr"));
            // Properties keeps the last of two equal keys without a word: count them in the file itself.
            List<String> written = new ArrayList<>();
            try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("!")) {
                        written.add(line.substring(0, line.indexOf('=')).strip());
                    }
                }
            }
            assertThat(written).as("keys written in messages_%s", language).doesNotHaveDuplicates()
                    .hasSameSizeAs(keys(language));
        }
    }

    @Test
    void noTextIsEmpty() {
        bundles.forEach((language, texts) -> texts.stringPropertyNames().forEach(key ->
                assertThat(texts.getProperty(key)).as("%s in %s", key, language).isNotBlank()));
    }

    @Test
    void everyLanguageFillsInTheSameArguments() {
        for (String key : keys("fr")) {
            Set<Integer> french = placeholders(bundles.get("fr").getProperty(key));
            for (String language : LANGUAGES) {
                assertThat(placeholders(bundles.get(language).getProperty(key))).as("{n} of %s in %s", key, language)
                        .isEqualTo(french);
            }
        }
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        bundles.forEach((language, texts) -> texts.stringPropertyNames().forEach(key -> {
            String text = texts.getProperty(key);
            if (formatted(key, text)) {
                // A lone ASCII ' starts a quoted stretch in MessageFormat and vanishes: it must be doubled.
                assertThat(text.replace("''", "")).as("%s in %s", key, language).doesNotContain("'");
                new MessageFormat(text);
            } else {
                // Shown as written: a doubled one would show twice.
                assertThat(text).as("%s in %s", key, language).doesNotContain("''");
            }
        }));
    }

    private record Lookup(Path file, String method, String key, boolean withArguments) {
    }

    private static List<Lookup> lookups() {
        List<Lookup> found = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher m = LOOKUP.matcher(text);
            while (m.find()) {
                found.add(new Lookup(file, m.group(1), m.group(2), m.group(3).equals(",")));
            }
        });
        return found;
    }

    @Test
    void everyLookupNamesItsKey() {
        List<String> blind = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher any = ANY_LOOKUP.matcher(text);
            while (any.find()) {
                Matcher literal = LOOKUP.matcher(text);
                if (!literal.find(any.start()) || literal.start() != any.start()) {
                    blind.add(file + ": " + text.substring(any.start(), Math.min(text.length(), any.end() + 40)));
                }
            }
        });
        assertThat(blind).as("lookups whose key is not a literal").isEmpty();
        assertThat(lookups()).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyTheCodeLooksUpIsInTheBundlesAndIsGivenItsArguments() {
        Properties english = bundles.get("en");
        List<String> problems = new ArrayList<>();
        for (Lookup lookup : lookups()) {
            if (lookup.method().equals("plural")) {
                for (String key : List.of(lookup.key() + ".one", lookup.key() + ".many")) {
                    if (english.getProperty(key) == null) {
                        problems.add(lookup.file() + ": no " + key);
                    }
                }
                continue;
            }
            String text = english.getProperty(lookup.key());
            if (text == null) {
                problems.add(lookup.file() + ": no " + lookup.key());
            } else if (lookup.withArguments() != PLACEHOLDER.matcher(text).find()) {
                problems.add(lookup.file() + ": " + lookup.key() + (lookup.withArguments()
                        ? " is given arguments it has no {n} for" : " has {n} but is given no arguments"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        Set<String> used = new TreeSet<>();
        for (Lookup lookup : lookups()) {
            if (lookup.method().equals("plural")) {
                used.add(lookup.key() + ".one");
                used.add(lookup.key() + ".many");
            } else {
                used.add(lookup.key());
            }
        }
        Set<String> unused = new TreeSet<>(keys("fr"));
        unused.removeAll(used);
        assertThat(unused).as("keys no code looks up").isEmpty();
    }

    /** The old way, a French and an English text side by side in the code, is gone for good. */
    @Test
    void noInlinePairOfFrenchAndEnglishIsLeft() {
        Pattern pair = Pattern.compile("Texts\\.pick\\(|(?<![\\w.])t\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*\"");
        Map<Path, List<String>> found = new HashMap<>();
        sources.forEach((file, text) -> {
            Matcher m = pair.matcher(text);
            while (m.find()) {
                found.computeIfAbsent(file, f -> new ArrayList<>())
                        .add(text.substring(m.start(), Math.min(text.length(), m.end() + 40)));
            }
        });
        assertThat(found).isEmpty();
        // The scan does see a pair where there is one.
        assertThat(pair.matcher("x = t(\"Quitter\", \"Quit\");").find()).isTrue();
        assertThat(pair.matcher("Texts.pick(locale, \"Titre\", \"Title\")").find()).isTrue();
        assertThat(pair.matcher("settings.get(\"a\", \"b\")").find()).isFalse();
    }
}
