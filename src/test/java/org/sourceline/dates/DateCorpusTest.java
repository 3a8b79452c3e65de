package org.sourceline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.dates.Corpus.Phrase;
import org.sourceline.dates.Corpus.Sentence;
import org.sourceline.model.EdtfDate;

/**
 * News sentences, French and English, each with every date phrase a reader sees in it and the date it gives; and
 * sentences with numbers that are no dates. The held-out sentences were written apart from the rules and are
 * measured, not tuned to: their accuracy is reported in docs/dates.md.
 */
class DateCorpusTest {

    private static final Corpus FRENCH = Corpus.load("corpus-fr.tsv", Locale.FRENCH);
    private static final Corpus ENGLISH = Corpus.load("corpus-en.tsv", Locale.ENGLISH);
    private static final Corpus FRENCH_HELD_OUT = Corpus.load("corpus-heldout-fr.tsv", Locale.FRENCH);
    private static final Corpus ENGLISH_HELD_OUT = Corpus.load("corpus-heldout-en.tsv", Locale.ENGLISH);

    @Test
    void theCorpusHoldsSeveralHundredPhrasesInBothLanguages() {
        assertThat(FRENCH.phraseCount()).isGreaterThanOrEqualTo(150);
        assertThat(ENGLISH.phraseCount()).isGreaterThanOrEqualTo(100);
        assertThat(FRENCH.phraseCount() + ENGLISH.phraseCount()).isGreaterThanOrEqualTo(300);
        assertThat(FRENCH.sentences().stream().filter(s -> s.phrases().isEmpty()).count()).isGreaterThanOrEqualTo(20);
        assertThat(ENGLISH.sentences().stream().filter(s -> s.phrases().isEmpty()).count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyFrenchSentenceGivesExactlyItsPhrases() {
        assertThat(mismatches(FRENCH)).isEmpty();
    }

    @Test
    void everyEnglishSentenceGivesExactlyItsPhrases() {
        assertThat(mismatches(ENGLISH)).isEmpty();
    }

    @Test
    void aKnownMissIsNotFoundOrFoundWiderNeverNarrower() {
        List<String> narrower = new ArrayList<>();
        for (Corpus corpus : List.of(FRENCH, ENGLISH, FRENCH_HELD_OUT, ENGLISH_HELD_OUT)) {
            narrower.addAll(narrower(corpus, corpus.knownMisses(), true));
        }
        assertThat(narrower).isEmpty();
    }

    @Test
    void heldOutSentencesAreMostlyReadAsWrittenAndNeverNarrower() {
        Score score = score(FRENCH_HELD_OUT).plus(score(ENGLISH_HELD_OUT));
        System.out.printf(Locale.ROOT, "held-out: %d of %d phrases and empty sentences right (%.1f %%), %d dates"
                + " found where none was expected%n", score.right(), score.total(), 100.0 * score.right()
                / score.total(), score.extra());
        assertThat(score.total()).isGreaterThanOrEqualTo(60);
        assertThat((double) score.right() / score.total()).isGreaterThanOrEqualTo(0.85);
        List<String> narrower = new ArrayList<>(narrower(FRENCH_HELD_OUT, FRENCH_HELD_OUT.sentences(), false));
        narrower.addAll(narrower(ENGLISH_HELD_OUT, ENGLISH_HELD_OUT.sentences(), false));
        assertThat(narrower).isEmpty();
    }

    // ---- Comparing ----

    private static List<FoundDate> find(Corpus corpus, Sentence s) {
        return DateFinder.find(s.text(), s.published(), corpus.language());
    }

    private static String describe(Phrase p) {
        return p.start() + " \"" + p.text() + "\" " + p.edtf() + (p.problems().isEmpty() ? "" : " " + p.problems());
    }

    private static Phrase asPhrase(FoundDate f) {
        return new Phrase(f.start(), f.text(), f.date().toString(), f.problems());
    }

    /** Each sentence whose found phrases differ from its expected ones, with both. */
    static List<String> mismatches(Corpus corpus) {
        List<String> out = new ArrayList<>();
        for (Sentence s : corpus.sentences()) {
            List<Phrase> found = find(corpus, s).stream().map(DateCorpusTest::asPhrase).toList();
            if (!found.equals(s.phrases())) {
                out.add("line " + s.line() + ": " + s.text() + "\n    expected " + s.phrases().stream()
                        .map(DateCorpusTest::describe).toList() + "\n    found    " + found.stream()
                        .map(DateCorpusTest::describe).toList());
            }
        }
        return out;
    }

    /**
     * Phrases found over an expected one with a date that does not cover every day the words allow.
     *
     * @param strict whether a date wholly apart from the expected one counts too; if not, only a date that shares
     *     some days with it and leaves others out is narrower (one wholly apart is a miss, counted by the score)
     */
    private static List<String> narrower(Corpus corpus, List<Sentence> sentences, boolean strict) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<FoundDate> found = find(corpus, s);
            for (Phrase p : s.phrases()) {
                EdtfDate expected = EdtfDate.parse(p.edtf());
                for (FoundDate f : found) {
                    boolean overlaps = f.start() < p.end() && f.end() > p.start();
                    boolean apart = f.date().latestEpochSecond() <= expected.earliestEpochSecond()
                            || f.date().earliestEpochSecond() >= expected.latestEpochSecond();
                    if (overlaps && !Corpus.covers(f.date(), expected) && (strict || !apart)) {
                        out.add("line " + s.line() + ": \"" + f.text() + "\" gives " + f.date() + ", narrower than "
                                + describe(p));
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param right expected phrases found exactly (offsets, words and date), and sentences without a date where
     *     none was found
     * @param total expected phrases and sentences without a date
     * @param extra phrases found that no row expects
     */
    record Score(int right, int total, int extra) {
        Score plus(Score other) {
            return new Score(right + other.right, total + other.total, extra + other.extra);
        }
    }

    static Score score(Corpus corpus) {
        int right = 0;
        int total = 0;
        int extra = 0;
        for (Sentence s : corpus.sentences()) {
            List<Phrase> found = find(corpus, s).stream().map(DateCorpusTest::asPhrase).toList();
            if (s.phrases().isEmpty()) {
                total++;
                right += found.isEmpty() ? 1 : 0;
                extra += found.size();
                continue;
            }
            for (Phrase p : s.phrases()) {
                total++;
                boolean ok = found.stream().anyMatch(f -> f.start() == p.start() && f.text().equals(p.text())
                        && f.edtf().equals(p.edtf()));
                right += ok ? 1 : 0;
            }
            extra += (int) found.stream().filter(f -> s.phrases().stream()
                    .noneMatch(p -> p.start() == f.start() && p.text().equals(f.text()))).count();
        }
        return new Score(right, total, extra);
    }
}
