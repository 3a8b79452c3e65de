package org.sourceline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sourceline.model.EdtfDate;

/** What holds for every text: a date never narrower than its words, offsets that point at the phrase, no overlap. */
class DateFinderPropertiesTest {

    private static final String[] FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final EdtfDate PUBLISHED = EdtfDate.parse("2022-05-28");

    /** A phrase written from its parts, and the first and last day its words allow at the least. */
    record Written(String phrase, Locale language, LocalDate first, LocalDate last) {
    }

    @Provide
    Arbitrary<Written> vaguePhrases() {
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2090);
        Arbitrary<Integer> parts = Arbitraries.integers().between(0, 11);
        Arbitrary<Boolean> french = Arbitraries.of(true, false);
        return Combinators.combine(parts, months, years, french).as(DateFinderPropertiesTest::written);
    }

    private static Written written(int part, int month, int year, boolean french) {
        YearMonth ym = YearMonth.of(year, month);
        String fr = FRENCH_MONTHS[month - 1];
        String en = ENGLISH_MONTHS[month - 1];
        Locale language = french ? Locale.FRENCH : Locale.ENGLISH;
        return switch (part) {
            case 0 -> new Written(french ? "fin " + fr + " " + year : "late " + en + " " + year, language,
                    ym.atDay(21), ym.atEndOfMonth());
            case 1 -> new Written(french ? "début " + fr + " " + year : "early " + en + " " + year, language,
                    ym.atDay(1), ym.atDay(10));
            case 2 -> new Written(french ? "mi-" + fr + " " + year : "mid-" + en + " " + year, language,
                    ym.atDay(11), ym.atDay(20));
            case 3 -> new Written(french ? "en " + fr + " " + year : "in " + en + " " + year, language,
                    ym.atDay(1), ym.atEndOfMonth());
            case 4 -> new Written(french ? "en " + year : "in " + year, language,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case 5 -> new Written(french ? "au printemps " + year : "in the spring of " + year, language,
                    LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 30));
            case 6 -> new Written(french ? "à l'été " + year : "in the summer of " + year, language,
                    LocalDate.of(year, 6, 1), LocalDate.of(year, 9, 30));
            case 7 -> new Written(french ? "à l'automne " + year : "in the autumn of " + year, language,
                    LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
            case 8 -> new Written(french ? "l'hiver " + year : "winter " + year, language,
                    LocalDate.of(year - 1, 12, 1), LocalDate.of(year + 1, 3, 31));
            case 9 -> {
                int decade = year / 10 * 10;
                yield new Written(french ? "les années " + decade : "the " + decade + "s", language,
                        LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
            }
            case 10 -> new Written(french ? "fin " + year : "late " + year, language,
                    LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
            default -> new Written(french ? "début " + year : "early " + year, language,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
        };
    }

    @Property
    void aVaguePhraseGivesEveryDayItsWordsAllow(@ForAll("vaguePhrases") Written w,
            @ForAll("prefixes") String prefix) {
        String text = prefix + w.phrase() + ", selon nos informations.";
        List<FoundDate> found = DateFinder.find(text, PUBLISHED, w.language());
        assertThat(found).as(text).isNotEmpty();
        FoundDate f = found.stream().filter(d -> d.end() >= prefix.length() + w.phrase().length()).findFirst()
                .orElseThrow();
        assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        EdtfDate allowed = EdtfDate.parse("[" + w.first() + ".." + w.last() + "]");
        assertThat(Corpus.covers(f.date(), allowed)).as("%s → %s covers %s", f.text(), f.date(), allowed).isTrue();
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "Le projet a été lancé ", "It started ", "Selon le ministère, ", "Officials said ");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("le 25 mai 2022", "hier", "mercredi dernier", "du 24 au 26 mai", "fin mai",
                        "May 25, 2022", "last Tuesday", "two weeks ago", "les années 1990", "3-0", "25 joueurs",
                        "en 2019", "2019", "à 14 h 30", "l'été", "au printemps 2021", "25/05/2022", "mi-février",
                        "entre le 10 et le 12 mai", "il y a deux ans", "Coupe du monde 2022", "A380", "17h40",
                        "n° 2019", "le 1er mars", "mai", "May", "Mai 2022", "1939-1945", "d'ici 2030", "the '90s"),
                Arbitraries.of(" ", ", ", ". ", " et ", " and ", "\n", " — ", " (", ") ", " « ", " » ", "’", "-",
                        "/", " 12 ", " 2022 ", " le ", " the ", " 31 ", " avril "),
                Arbitraries.strings().withChars("abcdeéèàç 0123456789-/.,'’:").ofMaxLength(6));
        return piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property
    void offsetsPointAtThePhraseAndPhrasesNeverOverlap(@ForAll("texts") String text,
            @ForAll("languages") Locale language) {
        List<FoundDate> found = DateFinder.find(text, PUBLISHED, language);
        int end = 0;
        for (FoundDate f : found) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
            assertThat(f.start()).as("overlap in %s", text).isGreaterThanOrEqualTo(end);
            end = f.end();
        }
    }

    @Property
    void aSuggestionIsAlwaysAFoundPhrase(@ForAll("texts") String text, @ForAll("languages") Locale language,
            @ForAll("fractions") double a, @ForAll("fractions") double b) {
        int x = (int) (a * text.length());
        int y = (int) (b * text.length());
        var suggestion = DateFinder.suggest(text, Math.min(x, y), Math.max(x, y), PUBLISHED, language);
        suggestion.ifPresent(s -> assertThat(text.substring(s.date().start(), s.date().end()))
                .isEqualTo(s.date().text()));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<Locale> languages() {
        return Arbitraries.of(Locale.FRENCH, Locale.ENGLISH);
    }
}
