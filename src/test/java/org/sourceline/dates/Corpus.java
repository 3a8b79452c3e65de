package org.sourceline.dates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourceline.model.EdtfDate;

/**
 * A corpus of news sentences with the date phrases a reader finds in them, read from a tab-separated resource:
 * published, sentence, start, phrase, edtf, problems. A sentence with no date has one row with empty start, phrase
 * and date. Rows after a line {@code #! known misses} are phrases the finder does not read as written yet.
 */
record Corpus(Locale language, List<Sentence> sentences, List<Sentence> knownMisses) {

    /** One expected phrase: its offset in the sentence, its words, its EDTF and the problems it is flagged with. */
    record Phrase(int start, String text, String edtf, List<FoundDate.Problem> problems) {
        int end() {
            return start + text.length();
        }
    }

    /** A sentence, the publication date it is read against, and every phrase it holds. */
    record Sentence(EdtfDate published, String text, List<Phrase> phrases, int line) {
    }

    static Corpus load(String resource, Locale language) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), language);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private static Corpus parse(String content, Locale language) {
        Map<String, Sentence> main = new LinkedHashMap<>();
        Map<String, Sentence> misses = new LinkedHashMap<>();
        Map<String, Sentence> current = main;
        String[] lines = content.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("#! known misses")) {
                current = misses;
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException("line " + (n + 1) + ": " + f.length + " fields, not 6: " + line);
            }
            String key = f[0] + "\t" + f[1];
            int lineNumber = n + 1;
            Sentence s = current.computeIfAbsent(key,
                    k -> new Sentence(EdtfDate.parse(f[0]), f[1], new ArrayList<>(), lineNumber));
            if (!f[3].isEmpty()) {
                List<FoundDate.Problem> problems = f[5].isEmpty() ? List.of()
                        : java.util.Arrays.stream(f[5].split(",")).map(FoundDate.Problem::valueOf).toList();
                Phrase p = new Phrase(Integer.parseInt(f[2]), f[3], f[4], problems);
                if (!s.text().startsWith(p.text(), p.start())) {
                    throw new IllegalStateException("line " + lineNumber + ": \"" + p.text() + "\" is not at "
                            + p.start());
                }
                s.phrases().add(p);
            }
        }
        return new Corpus(language, List.copyOf(main.values()), List.copyOf(misses.values()));
    }

    int phraseCount() {
        return sentences.stream().mapToInt(s -> Math.max(1, s.phrases().size())).sum();
    }

    /** Whether {@code outer} holds every moment {@code inner} may mean: never narrower than the words. */
    static boolean covers(EdtfDate outer, EdtfDate inner) {
        long outerFrom = outer.hasOpenStart() ? Long.MIN_VALUE : outer.earliestEpochSecond();
        long outerTo = outer.hasOpenEnd() ? Long.MAX_VALUE : outer.latestEpochSecond();
        long innerFrom = inner.hasOpenStart() ? Long.MIN_VALUE : inner.earliestEpochSecond();
        long innerTo = inner.hasOpenEnd() ? Long.MAX_VALUE : inner.latestEpochSecond();
        return outerFrom <= innerFrom && outerTo >= innerTo;
    }
}
