package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateInputTest {

    private static Arguments typed(String typed, String edtf) {
        return Arguments.of(typed, edtf);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                // Valid EDTF, as it is
                typed("2022-05-24/2022-05-26", "2022-05-24/2022-05-26"),
                typed("[..2022-06]", "[..2022-06]"),
                typed("2022-02~", "2022-02~"),
                typed("[2022-05-25..2022-05-27]", "[2022-05-25..2022-05-27]"),
                typed("2022-05-25", "2022-05-25"),
                typed("2004-06-11%", "2004-06-11%"),
                typed("201X", "201X"),
                typed("2024-04-21/..", "2024-04-21/.."),
                typed("/2022-06", "/2022-06"),
                typed("[2022-06..]", "[2022-06..]"),
                typed("2022-05-25T14:30Z", "2022-05-25T14:30Z"),
                typed("-0044-03-15", "-0044-03-15"),
                typed("  2022-05\t", "2022-05"),
                // What DateQuery read before
                typed("25 mai 2022", "2022-05-25"),
                typed("1er mai 2022", "2022-05-01"),
                typed("  25   Mai   2022 ", "2022-05-25"),
                typed("février 2022", "2022-02"),
                typed("fevrier 2022", "2022-02"),
                typed("14 juillet 1789", "1789-07-14"),
                typed("May 25, 2022", "2022-05-25"),
                typed("25 May 2022", "2022-05-25"),
                typed("May 2022", "2022-05"),
                typed("Sept. 2022", "2022-09"),
                typed("25/05/2022", "2022-05-25"),
                typed("2022", "2022"),
                typed("21 avril 2024", "2024-04-21"),
                // Days
                typed("le 1er mars 2022", "2022-03-01"),
                typed("LE 1ER MARS 2022", "2022-03-01"),
                typed("premier mai 2022", "2022-05-01"),
                typed("le premier mai 2022", "2022-05-01"),
                typed("mercredi 25 mai 2022", "2022-05-25"),
                typed("le mercredi 25 mai 2022", "2022-05-25"),
                typed("Mercredi, 25 Mai 2022", "2022-05-25"),
                typed("dimanche 1er mai 2022", "2022-05-01"),
                typed("Wednesday 25 May 2022", "2022-05-25"),
                typed("Wednesday, May 25, 2022", "2022-05-25"),
                typed("Wed 25 May 2022", "2022-05-25"),
                typed("3 June 2022", "2022-06-03"),
                typed("the 3rd of June 2022", "2022-06-03"),
                typed("June 3rd, 2022", "2022-06-03"),
                typed("June 3 2022", "2022-06-03"),
                typed("on 3 June 2022", "2022-06-03"),
                typed("1st May 2022", "2022-05-01"),
                typed("2nd May 2022", "2022-05-02"),
                typed("15 août 2022", "2022-08-15"),
                typed("15 aout 2022", "2022-08-15"),
                typed("15 AOÛT 2022", "2022-08-15"),
                typed("29 février 2024", "2024-02-29"),
                typed("1er janv. 2023", "2023-01-01"),
                typed("3 févr. 2022", "2022-02-03"),
                typed("12 déc 2022", "2022-12-12"),
                typed("1 Jan 2023", "2023-01-01"),
                typed("25 mai 2022.", "2022-05-25"),
                typed("25\u202fmai\u00a02022", "2022-05-25"),
                typed("5/5/2022", "2022-05-05"),
                typed("25.05.2022", "2022-05-25"),
                typed("25-05-2022", "2022-05-25"),
                typed("2022/05/25", "2022-05-25"),
                typed("le 25/05/2022", "2022-05-25"),
                typed("le 2022-05-25", "2022-05-25"),
                // Months, years, decades, eras
                typed("mai 2022", "2022-05"),
                typed("en mai 2022", "2022-05"),
                typed("in May 2022", "2022-05"),
                typed("MAI 2022", "2022-05"),
                typed("août 1914", "1914-08"),
                typed("mai de 2022", "2022-05"),
                typed("May of 2022", "2022-05"),
                typed("courant mai 2022", "2022-05"),
                typed("during May 2022", "2022-05"),
                typed("en 2019", "2019"),
                typed("in 2019", "2019"),
                typed("en 800", "0800"),
                typed("in 800", "0800"),
                typed("les années 2010", "201X"),
                typed("the 1990s", "199X"),
                typed("1990s", "199X"),
                typed("44 av. J.-C.", "-0043"),
                typed("en 44 av. J.-C.", "-0043"),
                typed("15 mars 44 av. J.-C.", "-0043-03-15"),
                typed("44 BC", "-0043"),
                typed("33 apr. J.-C.", "0033"),
                typed("33 AD", "0033"),
                // A third of a month
                typed("début juin 2022", "[2022-06-01..2022-06-10]"),
                typed("au début de juin 2022", "[2022-06-01..2022-06-10]"),
                typed("early June 2022", "[2022-06-01..2022-06-10]"),
                typed("in early June 2022", "[2022-06-01..2022-06-10]"),
                typed("beginning of June 2022", "[2022-06-01..2022-06-10]"),
                typed("the beginning of June 2022", "[2022-06-01..2022-06-10]"),
                typed("début d'avril 2022", "[2022-04-01..2022-04-10]"),
                typed("mi-février 2022", "[2022-02-11..2022-02-20]"),
                typed("mi février 2022", "[2022-02-11..2022-02-20]"),
                typed("à la mi-février 2022", "[2022-02-11..2022-02-20]"),
                typed("mid-February 2022", "[2022-02-11..2022-02-20]"),
                typed("mid February 2022", "[2022-02-11..2022-02-20]"),
                typed("the middle of February 2022", "[2022-02-11..2022-02-20]"),
                typed("fin mai 2022", "[2022-05-21..2022-05-31]"),
                typed("à la fin de mai 2022", "[2022-05-21..2022-05-31]"),
                typed("late May 2022", "[2022-05-21..2022-05-31]"),
                typed("end of May 2022", "[2022-05-21..2022-05-31]"),
                typed("at the end of May 2022", "[2022-05-21..2022-05-31]"),
                typed("fin février 2024", "[2024-02-21..2024-02-29]"),
                typed("fin février 2023", "[2023-02-21..2023-02-28]"),
                typed("fin d’avril 2022", "[2022-04-21..2022-04-30]"),
                // Approximate and uncertain
                typed("vers le 25 mai 2022", "2022-05-25~"),
                typed("vers mai 2022", "2022-05~"),
                typed("vers 2019", "2019~"),
                typed("environ mai 2022", "2022-05~"),
                typed("around 25 May 2022", "2022-05-25~"),
                typed("around May 25, 2022", "2022-05-25~"),
                typed("about 2019", "2019~"),
                typed("circa 2019", "2019~"),
                typed("c. 2019", "2019~"),
                typed("ca. 2019", "2019~"),
                typed("approximately 2019", "2019~"),
                typed("autour du 25 mai 2022", "2022-05-25~"),
                typed("aux alentours du 25 mai 2022", "2022-05-25~"),
                typed("2019 environ", "2019~"),
                typed("vers les années 1950", "195X~"),
                typed("probablement en 2019", "2019?"),
                typed("probably 2019", "2019?"),
                typed("perhaps 2019", "2019?"),
                typed("2019 ?", "2019?"),
                typed("25 mai 2022 (incertain)", "2022-05-25?"),
                typed("peut-être en 2019", "2019?"),
                typed("25 mai 2022 ?", "2022-05-25?"),
                typed("25 May 2022 (uncertain)", "2022-05-25?"),
                typed("probablement vers le 25 mai 2022", "2022-05-25%"),
                // What lasted
                typed("du 24 au 26 mai 2022", "2022-05-24/2022-05-26"),
                typed("Du 24 au 26 Mai 2022", "2022-05-24/2022-05-26"),
                typed("from 24 to 26 May 2022", "2022-05-24/2022-05-26"),
                typed("24–26 May 2022", "2022-05-24/2022-05-26"),
                typed("24-26 mai 2022", "2022-05-24/2022-05-26"),
                typed("24 - 26 mai 2022", "2022-05-24/2022-05-26"),
                typed("May 24–26, 2022", "2022-05-24/2022-05-26"),
                typed("from May 24 to 26, 2022", "2022-05-24/2022-05-26"),
                typed("du 1er au 3 mai 2022", "2022-05-01/2022-05-03"),
                typed("du 20 novembre au 18 décembre 2022", "2022-11-20/2022-12-18"),
                typed("20 November – 18 December 2022", "2022-11-20/2022-12-18"),
                typed("du 30 décembre 2022 au 2 janvier 2023", "2022-12-30/2023-01-02"),
                typed("from 30 December 2022 to 2 January 2023", "2022-12-30/2023-01-02"),
                typed("30 mai – 2 juin 2022", "2022-05-30/2022-06-02"),
                typed("du 24 mai jusqu'au 2 juin 2022", "2022-05-24/2022-06-02"),
                typed("du lundi 23 au mercredi 25 mai 2022", "2022-05-23/2022-05-25"),
                typed("from May to July 2022", "2022-05/2022-07"),
                typed("de mai à juillet 2022", "2022-05/2022-07"),
                typed("d'avril à juin 2022", "2022-04/2022-06"),
                typed("May–July 2022", "2022-05/2022-07"),
                typed("mai 2021 – juillet 2022", "2021-05/2022-07"),
                typed("de 2019 à 2021", "2019/2021"),
                typed("from 2019 to 2021", "2019/2021"),
                typed("2019-2021", "2019/2021"),
                typed("2019 – 2021", "2019/2021"),
                typed("depuis mai 2022", "2022-05/.."),
                typed("depuis le 21 avril 2024", "2024-04-21/.."),
                typed("since 2019", "2019/.."),
                // One unknown day in a range
                typed("entre le 21 et le 24 avril 2024", "[2024-04-21..2024-04-24]"),
                typed("between 21 and 24 April 2024", "[2024-04-21..2024-04-24]"),
                typed("between 30 May and 2 June 2022", "[2022-05-30..2022-06-02]"),
                typed("entre le 30 mai et le 2 juin 2022", "[2022-05-30..2022-06-02]"),
                typed("entre le 30 décembre 2021 et le 2 janvier 2022", "[2021-12-30..2022-01-02]"),
                typed("entre mai et juillet 2022", "[2022-05..2022-07]"),
                typed("between 2019 and 2021", "[2019..2021]"),
                // Bounds
                typed("au plus tard le 27 mai 2022", "[..2022-05-27]"),
                typed("no later than 27 May 2022", "[..2022-05-27]"),
                typed("not later than 27 May 2022", "[..2022-05-27]"),
                typed("by 27 May 2022", "[..2022-05-27]"),
                typed("on or before 27 May 2022", "[..2022-05-27]"),
                typed("le 27 mai 2022 au plus tard", "[..2022-05-27]"),
                typed("27 May 2022 at the latest", "[..2022-05-27]"),
                typed("au plus tard en juin 2022", "[..2022-06]"),
                typed("by June 2022", "[..2022-06]"),
                typed("au plus tard dans les années 2010", "[..201X]"),
                typed("avant le 27 mai 2022", "[..2022-05-26]"),
                typed("before 27 May 2022", "[..2022-05-26]"),
                typed("avant le 1er mars 2024", "[..2024-02-29]"),
                typed("avant le 1er janvier 2022", "[..2021-12-31]"),
                typed("avant juin 2022", "[..2022-05]"),
                typed("avant janvier 2022", "[..2021-12]"),
                typed("before 2022", "[..2021]"),
                typed("avant les années 2010", "[..200X]"),
                typed("avant le 2022-05-27", "[..2022-05-26]"),
                typed("après le 1er mars 2022", "[2022-03-02..]"),
                typed("after 1 March 2022", "[2022-03-02..]"),
                typed("après le 28 février 2022", "[2022-03-01..]"),
                typed("after December 2022", "[2023-01..]"),
                typed("après 2019", "[2020..]"),
                typed("au plus tôt le 1er mars 2022", "[2022-03-01..]"),
                typed("le 1er mars 2022 au plus tôt", "[2022-03-01..]"),
                typed("not before 1 March 2022", "[2022-03-01..]"),
                typed("no earlier than 1 March 2022", "[2022-03-01..]"),
                typed("on or after 1 March 2022", "[2022-03-01..]"),
                typed("from 1 March 2022 on", "[2022-03-01..]"));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("dates")
    void readsTheDateAsWritten(String typed, String edtf) {
        DateInput.Result result = DateInput.read(typed);

        assertThat(result.problem()).as("problem").isEmpty();
        assertThat(result.date()).contains(EdtfDate.parse(edtf));
        assertThat(result.isDate()).isTrue();
    }

    @Test
    void theTableCoversBothLanguagesGenerously() {
        assertThat(dates().count()).isGreaterThanOrEqualTo(120);
    }

    private static Arguments refused(String typed, DateProblem problem) {
        return Arguments.of(typed, problem);
    }

    private static EdtfDate date(String edtf) {
        return EdtfDate.parse(edtf);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                refused("", new DateProblem.Empty()),
                refused("   ", new DateProblem.Empty()),
                refused("\t\u00a0\n", new DateProblem.Empty()),
                refused("hier", new DateProblem.NotADate()),
                refused("foo 2022", new DateProblem.NotADate()),
                refused("mai mai 2022", new DateProblem.NotADate()),
                refused("25 mayo 2022", new DateProblem.NotADate()),
                refused("lundi", new DateProblem.NotADate()),
                refused("à partir du 1er mars 2022", new DateProblem.NotADate()),
                refused("jusqu’en juin 2022", new DateProblem.NotADate()),
                refused("until June 2022", new DateProblem.NotADate()),
                refused("début 2022", new DateProblem.NotADate()),
                refused("mid-2022", new DateProblem.NotADate()),
                refused("25 mai 2022 à 14 h 30", new DateProblem.NotADate()),
                refused("25 mai", new DateProblem.YearMissing()),
                refused("mai", new DateProblem.YearMissing()),
                refused("May 25", new DateProblem.YearMissing()),
                refused("fin mai", new DateProblem.YearMissing()),
                refused("mercredi 25 mai", new DateProblem.YearMissing()),
                refused("du 24 au 26 mai", new DateProblem.YearMissing()),
                refused("du 30 décembre 2022 au 2 janvier", new DateProblem.YearMissing()),
                refused("25/05/22", new DateProblem.YearNotInFull("22")),
                refused("25 mai 22", new DateProblem.YearNotInFull("22")),
                refused("5/5/5", new DateProblem.YearNotInFull("5")),
                refused("2022-13", new DateProblem.NoSuchMonth(13)),
                refused("2022-00", new DateProblem.NoSuchMonth(0)),
                refused("25/13/2022", new DateProblem.NoSuchMonth(13)),
                refused("2022/2022-13", new DateProblem.NoSuchMonth(13)),
                refused("31 février 2022", new DateProblem.NoSuchDay(2022, 2, 31)),
                refused("29 février 2023", new DateProblem.NoSuchDay(2023, 2, 29)),
                refused("30 février 2024", new DateProblem.NoSuchDay(2024, 2, 30)),
                refused("32 mai 2022", new DateProblem.NoSuchDay(2022, 5, 32)),
                refused("0 mai 2022", new DateProblem.NoSuchDay(2022, 5, 0)),
                refused("31/04/2022", new DateProblem.NoSuchDay(2022, 4, 31)),
                refused("2022-02-30", new DateProblem.NoSuchDay(2022, 2, 30)),
                refused("2022-04-31/2022-05-02", new DateProblem.NoSuchDay(2022, 4, 31)),
                refused("-0001-02-29", new DateProblem.NoSuchDay(-1, 2, 29)),
                // The end's month goes to the start, which June cannot have.
                refused("du 31 au 2 juin 2022", new DateProblem.NoSuchDay(2022, 6, 31)),
                refused("jeudi 25 mai 2022", new DateProblem.WrongWeekday(date("2022-05-25"), DayOfWeek.THURSDAY)),
                refused("Thursday, May 25, 2022",
                        new DateProblem.WrongWeekday(date("2022-05-25"), DayOfWeek.THURSDAY)),
                refused("du mardi 23 au mercredi 25 mai 2022",
                        new DateProblem.WrongWeekday(date("2022-05-23"), DayOfWeek.TUESDAY)),
                refused("lundi mai 2022", new DateProblem.NotADate()),
                refused("du 26 au 24 mai 2022", new DateProblem.EndBeforeStart(date("2022-05-26"), date("2022-05-24"))),
                refused("du 30 au 2 juin 2022", new DateProblem.EndBeforeStart(date("2022-06-30"), date("2022-06-02"))),
                refused("de novembre à février 2023",
                        new DateProblem.EndBeforeStart(date("2023-11"), date("2023-02"))),
                refused("entre le 24 et le 21 avril 2024",
                        new DateProblem.EndBeforeStart(date("2024-04-24"), date("2024-04-21"))),
                refused("2021-2019", new DateProblem.EndBeforeStart(date("2021"), date("2019"))),
                refused("2022-05-26/2022-05-24",
                        new DateProblem.EndBeforeStart(date("2022-05-26"), date("2022-05-24"))),
                refused("[2022-05-27..2022-05-25]",
                        new DateProblem.EndBeforeStart(date("2022-05-27"), date("2022-05-25"))),
                refused("2022-05-2x", new DateProblem.InvalidEdtf("unexpected character 'x'; expected a digit", 9)),
                refused("  2022-05-2x", new DateProblem.InvalidEdtf("unexpected character 'x'; expected a digit", 11)),
                refused("202", new DateProblem.InvalidEdtf("unexpected end of date; expected a digit", 3)),
                refused("2022/05", new DateProblem.InvalidEdtf("unexpected end of date; expected a digit", 7)),
                refused("2022 /2023", new DateProblem.InvalidEdtf("unexpected character ' '", 4)),
                refused("2022-21",
                        new DateProblem.InvalidEdtf("month 21 is out of range (seasons are not supported)", 5)),
                refused("[2022?..2023]", new DateProblem.InvalidEdtf("qualifiers are not supported inside a range", 5)),
                refused("2022-05-25T25:00", new DateProblem.InvalidEdtf("hour 25 is out of range", 11)),
                refused("2022-05-25t14:30", new DateProblem.InvalidEdtf("unexpected character 't'", 10)),
                refused("Y2022", new DateProblem.InvalidEdtf(
                        "the 'Y' prefix is only for years of more than four digits: write 2022", 0)));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("problems")
    void refusesWithTheReason(String typed, DateProblem problem) {
        DateInput.Result result = DateInput.read(typed);

        assertThat(result.date()).as("date").isEmpty();
        assertThat(result.isDate()).isFalse();
        assertThat(result.problem()).contains(problem);
    }

    @Test
    void everyReasonHasACase() {
        assertThat(problems().map(a -> ((DateProblem) a.get()[1]).reason()).distinct())
                .containsExactlyInAnyOrder(DateProblem.Reason.values());
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("", "Aucune date saisie.", "No date typed."),
                Arguments.of("hier", "Date non reconnue : essayez « 25 mai 2022 », « mai 2022 » ou « 2022-05-25 ».",
                        "Not a date I can read: try “25 May 2022”, “May 2022” or “2022-05-25”."),
                Arguments.of("25 mai", "Il manque l’année.", "The year is missing."),
                Arguments.of("25/05/22", "Écrivez l’année en entier : « 22 » peut être 1922 ou 2022.",
                        "Write the year in full: “22” could be 1922 or 2022."),
                Arguments.of("5/5/5", "Écrivez l’année en entier : « 5 » peut être 1905 ou 2005.",
                        "Write the year in full: “5” could be 1905 or 2005."),
                Arguments.of("2022-13", "Il n’y a pas de mois 13 : les mois vont de 1 à 12.",
                        "There is no month 13: months go from 1 to 12."),
                Arguments.of("31 février 2022", "Février 2022 compte 28 jours : le 31 février n’existe pas.",
                        "February 2022 has 28 days: there is no 31 February."),
                Arguments.of("-0001-02-29", "Février 2 av. J.-C. compte 28 jours : le 29 février n’existe pas.",
                        "February 2 BC has 28 days: there is no 29 February."),
                Arguments.of("jeudi 25 mai 2022", "Le 25 mai 2022 tombe un mercredi, pas un jeudi.",
                        "25 May 2022 falls on a Wednesday, not a Thursday."),
                Arguments.of("Saturday 1 May 2022", "Le 1er mai 2022 tombe un dimanche, pas un samedi.",
                        "1 May 2022 falls on a Sunday, not a Saturday."),
                Arguments.of("du 26 au 24 mai 2022", "La fin (24 mai 2022) précède le début (26 mai 2022).",
                        "The end (24 May 2022) comes before the start (26 May 2022)."),
                Arguments.of("2022-05-2x",
                        "EDTF non valable au caractère 10 : caractère « x » inattendu (attendu : un chiffre).",
                        "Invalid EDTF at character 10: unexpected character 'x'; expected a digit."),
                Arguments.of("2022 /2023", "EDTF non valable au caractère 5 : espace inattendu.",
                        "Invalid EDTF at character 5: unexpected character ' '."),
                Arguments.of("2022-21",
                        "EDTF non valable au caractère 6 : mois 21 hors limites (les saisons ne sont pas acceptées).",
                        "Invalid EDTF at character 6: month 21 is out of range (seasons are not supported)."));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("messages")
    void saysWhyInFrenchAndEnglish(String typed, String french, String english) {
        DateProblem problem = DateInput.read(typed).problem().orElseThrow();

        assertThat(problem.message(Locale.FRENCH)).isEqualTo(french);
        assertThat(problem.message(Locale.CANADA_FRENCH)).isEqualTo(french);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(problem.message(Locale.GERMAN)).isEqualTo(english);
    }

    @ParameterizedTest(name = "\"{0}\": {2}")
    @MethodSource("org.sourceline.model.EdtfDateTest#invalidDates")
    void everyEdtfErrorHasAFrenchSentence(String text, int index, String message) {
        EdtfException error = org.assertj.core.api.Assertions.catchThrowableOfType(EdtfException.class,
                () -> EdtfDate.parse(text));

        assertThat(DateProblemText.frenchEdtfDetail(error.getMessage())).as(error.getMessage()).isPresent();
    }

    @Test
    void frenchEdtfSentencesQuoteTheFrenchWay() {
        assertThat(DateProblemText.frenchEdtfDetail("unexpected character '{'"))
                .contains("caractère « { » inattendu");
        assertThat(DateProblemText.frenchEdtfDetail("unexpected character U+0009"))
                .contains("caractère U+0009 inattendu");
        assertThat(DateProblemText.frenchEdtfDetail("unexpected end of date; expected ']'"))
                .contains("la date s’arrête trop tôt (attendu : « ] »)");
        assertThat(DateProblemText.frenchEdtfDetail("day 30 does not exist in February 2022"))
                .contains("le jour 30 n’existe pas en février 2022");
        assertThat(DateProblemText.frenchEdtfDetail("something new")).isEmpty();
    }

    @Test
    void anUnknownEdtfMessageIsQuotedInFrench() {
        assertThat(new DateProblem.InvalidEdtf("something new", 0).message(Locale.FRENCH))
                .isEqualTo("EDTF non valable au caractère 1 : « something new ».");
    }

    @Test
    void problemsRefuseValuesThatAreNotProblems() {
        assertThatThrownBy(() -> new DateProblem.NoSuchDay(2024, 2, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateProblem.NoSuchMonth(12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateProblem.YearNotInFull("2022")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateProblem.WrongWeekday(date("2022-05-25"), DayOfWeek.WEDNESDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateProblem.EndBeforeStart(date("2022-05-24"), date("2022-05-26")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayTheMonthLacksKnowsTheMonthsLength() {
        assertThat(new DateProblem.NoSuchDay(2024, 2, 30).daysInMonth()).isEqualTo(29);
        assertThat(new DateProblem.WrongWeekday(date("2022-05-25"), DayOfWeek.THURSDAY).actual())
                .isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> DateInput.read(null)).isInstanceOf(NullPointerException.class);
    }
}
