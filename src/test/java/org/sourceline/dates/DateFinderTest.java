package org.sourceline.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourceline.dates.FoundDate.Kind;
import org.sourceline.dates.FoundDate.Problem;
import org.sourceline.model.EdtfDate;

class DateFinderTest {

    private static final EdtfDate MAY_28 = EdtfDate.parse("2022-05-28");

    private static List<FoundDate> fr(String text, String published) {
        return DateFinder.find(text, EdtfDate.parse(published), Locale.FRENCH);
    }

    private static FoundDate only(List<FoundDate> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    // ---- Publications at the ends of the calendar ----

    @Test
    void aPublicationWhoseDaysCannotBeWrittenGivesNoDateForWordsThatCountFromIt() {
        String text = "Hier, le 3 mars et demain, comme le 25 mai 2022.";

        // EDTF writes a year beyond four digits alone, so the day before cannot be written.
        assertThat(fr(text, "Y-170000000")).extracting(f -> f.date().toString()).containsExactly("2022-05-25");
        assertThat(fr(text, "Y999999999")).extracting(f -> f.date().toString()).containsExactly("2022-05-25");
        assertThat(fr(text, "Y-999999999/Y999999999")).extracting(f -> f.date().toString())
                .containsExactly("2022-05-25");
        assertThat(fr("Hier et demain.", "-9999-01-01")).extracting(f -> f.date().toString())
                .containsExactly("-9999-01-02");
        assertThat(fr("Hier et demain.", "9999-12-31")).extracting(f -> f.date().toString())
                .containsExactly("9999-12-30");
    }

    // ---- The year that puts a day nearest the publication ----

    @Test
    void aDayWithoutItsYearTakesTheYearNearestThePublication() {
        FoundDate f = only(fr("La réunion a eu lieu le 28 décembre.", "2023-01-05"));
        assertThat(f.text()).isEqualTo("le 28 décembre");
        assertThat(f.date()).hasToString("2022-12-28");
        assertThat(f.kind()).isEqualTo(Kind.YEAR_FROM_PUBLICATION);
        assertThat(only(fr("Le match aura lieu le 3 janvier.", "2022-12-30")).date()).hasToString("2023-01-03");
        assertThat(only(fr("Le 15 juin, la saison reprendra.", "2022-05-28")).date()).hasToString("2022-06-15");
    }

    @Test
    void dernierAndProchainChooseTheLastOrNextOne() {
        assertThat(only(fr("En mai dernier, il était à Doha.", "2022-05-28")).date()).hasToString("2021-05");
        assertThat(only(fr("Rendez-vous le 12 mars prochain.", "2022-05-28")).date()).hasToString("2023-03-12");
        assertThat(only(DateFinder.find("It happened last May.", MAY_28, Locale.ENGLISH)).date())
                .hasToString("2021-05");
    }

    @Test
    void aRangeOverNewYearStartsInTheYearBefore() {
        assertThat(only(fr("Les fêtes ont duré du 30 décembre au 2 janvier.", "2023-01-05")).date())
                .hasToString("2022-12-30/2023-01-02");
    }

    // ---- Weekdays ----

    @Test
    void aWeekdayThatIsNotTheDatesIsFlaggedAndTheDateKept() {
        FoundDate f = only(fr("Il a été reçu mercredi 26 mai 2022 à Doha.", "2022-05-28"));
        assertThat(f.text()).isEqualTo("mercredi 26 mai 2022");
        assertThat(f.date()).hasToString("2022-05-26");
        assertThat(f.problems()).containsExactly(Problem.WEEKDAY_MISMATCH);
        assertThat(f.isClean()).isFalse();
        assertThat(DateFinder.describe(f, Locale.FRENCH)).contains("le 26 mai 2022 est un jeudi, pas un mercredi");
        assertThat(DateFinder.describe(f, Locale.ENGLISH)).contains("26 May 2022 is a Thursday, not a Wednesday");

        FoundDate right = only(fr("Il a été reçu mercredi 25 mai 2022 à Doha.", "2022-05-28"));
        assertThat(right.isClean()).isTrue();
        FoundDate noYear = only(fr("Il a été reçu mercredi 26 mai à Doha.", "2022-05-28"));
        assertThat(noYear.problems()).containsExactly(Problem.WEEKDAY_MISMATCH);
    }

    @Test
    void aWeekdayAloneIsNoDate() {
        assertThat(fr("Lundi, le ministre a répondu aux députés.", "2022-05-28")).isEmpty();
        assertThat(DateFinder.find("On Monday, the minister answered.", MAY_28, Locale.ENGLISH)).isEmpty();
    }

    // ---- Counted from the publication ----

    @Test
    void relativePhrasesCountFromThePublicationDay() {
        String text = "Hier, avant-hier, aujourd'hui, demain, mercredi dernier, la semaine dernière, il y a deux ans.";
        assertThat(fr(text, "2022-05-28")).extracting(f -> f.text() + "=" + f.date()).containsExactly(
                "Hier=2022-05-27", "avant-hier=2022-05-26", "aujourd'hui=2022-05-28", "demain=2022-05-29",
                "mercredi dernier=2022-05-25", "la semaine dernière=[2022-05-16..2022-05-22]",
                "il y a deux ans=2020");
        assertThat(fr(text, "2022-05-28")).allMatch(f -> f.kind() == Kind.RELATIVE);
        assertThat(DateFinder.find("Yesterday, last Tuesday, two weeks ago.", MAY_28, Locale.ENGLISH))
                .extracting(f -> f.text() + "=" + f.date()).containsExactly("Yesterday=2022-05-27",
                        "last Tuesday=2022-05-24", "two weeks ago=[2022-05-09..2022-05-15]");
    }

    @Test
    void aPublicationKnownToTheMonthWidensRelativeDatesAndAFlaggedOneIsSaidSo() {
        FoundDate hier = only(fr("Il est arrivé hier.", "2022-05"));
        assertThat(hier.date()).hasToString("[2022-04-30..2022-05-30]");
        assertThat(hier.isClean()).isTrue();
        FoundDate uncertain = only(fr("Il est arrivé hier.", "2022-05-28?"));
        assertThat(uncertain.problems()).containsExactly(Problem.PUBLICATION_UNCERTAIN);
        assertThat(uncertain.date()).as("no surer than the publication").hasToString("2022-05-27?");
        FoundDate weeks = only(fr("Il est arrivé il y a deux semaines.", "2022-05-28?"));
        assertThat(weeks.date()).as("a set of days takes no mark: its problem says it").hasToString(
                "[2022-05-09..2022-05-15]");
        assertThat(weeks.problems()).containsExactly(Problem.PUBLICATION_UNCERTAIN);
        assertThat(only(fr("Il est arrivé le 24 mai.", "2022-05-28?")).date()).hasToString("2022-05-24?");
        assertThat(only(fr("Il est arrivé vers le 20 mai.", "2022-05-28~")).date()).hasToString("2022-05-20%");
        assertThat(only(fr("Le 25 mai 2022, il est arrivé.", "2022-05-28?")).isClean()).isTrue();
    }

    @Test
    void notAWholeCountIsNoDate() {
        assertThat(fr("Il y a deux ans et demi, il était ministre.", "2022-05-28")).isEmpty();
    }

    // ---- Precision never invented ----

    @Test
    void vaguePartsAreAsWideAsTheirWords() {
        assertThat(only(fr("Fin mai, la délégation est partie.", "2022-06-10")).date())
                .hasToString("[2022-05-21..2022-05-31]");
        assertThat(only(fr("Au printemps 2021, il a démissionné.", "2022-05-28")).date())
                .hasToString("[2021-03..2021-06]");
        assertThat(only(fr("Dans les années 1990, la ville a grandi.", "2022-05-28")).date()).hasToString("199X");
        assertThat(only(fr("Fin 2022, le stade sera prêt.", "2022-05-28")).date()).hasToString("2022");
    }

    @Test
    void numbersThatAreNoDatesAreLeftAlone() {
        assertThat(fr("Le Maroc s'est imposé 3-0 avec 25 joueurs de 16 pays à 17h40.", "2022-05-28")).isEmpty();
        assertThat(fr("La Coupe du monde 2022 et 3000 policiers, à 14 h 30.", "2022-05-28")).isEmpty();
        assertThat(DateFinder.find("More than 3000 officers, the 2022 World Cup.", MAY_28, Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void daysListedTogetherAreAllInThePhraseNeverTheLastAlone() {
        assertThat(fr("Les 3 et 4 juin 2022, ils se sont réunis.", "2022-05-28"))
                .extracting(f -> f.text() + "=" + f.date()).containsExactly("3 et 4 juin 2022=2022-06-03/2022-06-04");
        assertThat(fr("Mardi 24 et mercredi 25 mai, ils ont visité Doha.", "2022-05-28"))
                .extracting(f -> f.text() + "=" + f.date())
                .containsExactly("Mardi 24 et mercredi 25 mai=2022-05-24/2022-05-25");
        assertThat(DateFinder.find("They met on 3 and 4 June 2022.", MAY_28, Locale.ENGLISH))
                .extracting(f -> f.text() + "=" + f.date()).containsExactly("3 and 4 June 2022=2022-06-03/2022-06-04");
        assertThat(fr("Il a marqué 3 buts, et 4 juin 2022 reste une date.", "2022-05-28"))
                .extracting(f -> f.text()).as("a comma between them: not a list of days").containsExactly(
                        "4 juin 2022");
    }

    @Test
    void theWeekOfADayIsAnyDayOfThatWeek() {
        assertThat(DateFinder.find("It happened the week of May 9, 2022.", MAY_28, Locale.ENGLISH))
                .extracting(f -> f.text() + "=" + f.date())
                .containsExactly("the week of May 9, 2022=[2022-05-09..2022-05-15]");
        assertThat(fr("C'était la semaine du 11 mai 2022.", "2022-05-28")).extracting(f -> f.text() + "=" + f.date())
                .containsExactly("la semaine du 11 mai 2022=[2022-05-09..2022-05-15]");
    }

    @Test
    void aPublicationTimeCountsOnTheDayAsWrittenInItsOwnOffset() {
        assertThat(only(fr("Hier, ils ont signé.", "2022-05-26T00:30:00+02:00")).date()).hasToString("2022-05-25");
        assertThat(only(fr("Hier, ils ont signé.", "2022-05-26T23:30:00-05:00")).date()).hasToString("2022-05-25");
    }

    @Test
    void dayFirstFiguresAreAmbiguousInEnglishOnly() {
        FoundDate english = only(DateFinder.find("Dated 05/06/2022.", MAY_28, Locale.ENGLISH));
        assertThat(english.date()).as("either reading, never one of them for sure")
                .hasToString("[2022-05-06..2022-06-05]");
        assertThat(english.problems()).containsExactly(Problem.DAY_MONTH_ORDER_ASSUMED);
        assertThat(only(fr("Daté du 05/06/2022.", "2022-05-28")).isClean()).isTrue();
        assertThat(only(DateFinder.find("Dated 05/25/2022.", MAY_28, Locale.ENGLISH)).date())
                .hasToString("2022-05-25");
    }

    // ---- Suggestions ----

    private static final String ARTICLE = "Le salon s'est tenu du 24 au 26 mai à Doha. Le ministre a été reçu "
            + "mercredi 25 mai 2022 par le cheikh, qui a salué la coopération. Aucune date ici.";

    @Test
    void theSuggestionIsThePhraseInTheSelection() {
        int at = ARTICLE.indexOf("mercredi");
        var s = DateFinder.suggest(ARTICLE, at - 5, at + 12, MAY_28, Locale.FRENCH).orElseThrow();
        assertThat(s.where()).isEqualTo(Suggestion.Where.IN_SELECTION);
        assertThat(s.date().text()).isEqualTo("mercredi 25 mai 2022");
        assertThat(s.date().start()).isEqualTo(at);
        var caret = DateFinder.suggest(ARTICLE, at + 3, at + 3, MAY_28, Locale.FRENCH).orElseThrow();
        assertThat(caret.date().text()).isEqualTo("mercredi 25 mai 2022");
    }

    @Test
    void failingThatTheNearestPhraseInTheSentence() {
        int at = ARTICLE.indexOf("cheikh");
        var s = DateFinder.suggest(ARTICLE, at, at + 6, MAY_28, Locale.FRENCH).orElseThrow();
        assertThat(s.where()).isEqualTo(Suggestion.Where.IN_SENTENCE);
        assertThat(s.date().text()).isEqualTo("mercredi 25 mai 2022");
        int doha = ARTICLE.indexOf("Doha");
        var first = DateFinder.suggest(ARTICLE, doha, doha + 4, MAY_28, Locale.FRENCH).orElseThrow();
        assertThat(first.date().text()).isEqualTo("du 24 au 26 mai");
        assertThat(first.date().date()).hasToString("2022-05-24/2022-05-26");
    }

    @Test
    void noDateInTheSentenceMeansNoSuggestion() {
        int at = ARTICLE.indexOf("Aucune");
        assertThat(DateFinder.suggest(ARTICLE, at, at + 6, MAY_28, Locale.FRENCH)).isEmpty();
        assertThatThrownBy(() -> DateFinder.suggest(ARTICLE, 5, 2, MAY_28, Locale.FRENCH))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    // ---- Sentences and explanations ----

    @Test
    void sentencesDoNotEndAfterAnInitialOrInsideANumber() {
        String text = "M. Hammouchi est arrivé le 25.05.2022 à Doha. Il repart demain.";
        assertThat(Sentence.all(text)).extracting(s -> s.text(text))
                .containsExactly("M. Hammouchi est arrivé le 25.05.2022 à Doha.", "Il repart demain.");
        assertThat(DateFinder.sentenceOf(text, text.indexOf("demain")).text(text)).isEqualTo("Il repart demain.");
    }

    @Test
    void anExplanationSaysTheWordsTheDateAndWhereTheYearCameFrom() {
        FoundDate f = only(fr("Il a été reçu mercredi 25 mai 2022.", "2022-05-28"));
        assertThat(DateFinder.describe(f, Locale.FRENCH))
                .isEqualTo("mercredi 25 mai 2022 → 2022-05-25 : 25 mai 2022, jour précis");
        assertThat(DateFinder.describe(f, Locale.ENGLISH))
                .isEqualTo("mercredi 25 mai 2022 → 2022-05-25: 25 May 2022, exact day");
        FoundDate december = only(fr("Le 28 décembre, il a neigé.", "2023-01-05"));
        assertThat(DateFinder.describe(december, Locale.FRENCH)).endsWith("année prise de la date de publication");
        assertThat(DateFinder.describe(only(fr("Hier, il a neigé.", "2023-01-05")), Locale.ENGLISH))
                .endsWith("counted from the publication date");
    }

    @Test
    void offsetsAreUtf16IndexesIntoTheTextAsGiven() {
        String text = "😀 Le 25 mai 2022 👍 hier";
        List<FoundDate> found = fr(text, "2022-05-28");
        assertThat(found).extracting(FoundDate::text).containsExactly("Le 25 mai 2022", "hier");
        for (FoundDate f : found) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }
}
