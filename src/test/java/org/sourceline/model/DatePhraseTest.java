package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatePhraseTest {

    private static Arguments phrase(String edtf, String french, String english) {
        return Arguments.of(edtf, french, english);
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                // Single dates
                phrase("2022-05-25", "25 mai 2022", "25 May 2022"),
                phrase("2022-05-01", "1er mai 2022", "1 May 2022"),
                phrase("2022-05", "mai 2022", "May 2022"),
                phrase("2022", "2022", "2022"),
                phrase("2022-08-15", "15 août 2022", "15 August 2022"),
                phrase("2021-12-31", "31 décembre 2021", "31 December 2021"),
                phrase("2022-02-28", "28 février 2022", "28 February 2022"),
                // Intervals with both ends
                phrase("2022-05-24/2022-05-26", "24–26 mai 2022", "24–26 May 2022"),
                phrase("2022-05-01/2022-05-03", "1er–3 mai 2022", "1–3 May 2022"),
                phrase("2022-05-30/2022-06-02", "30 mai – 2 juin 2022", "30 May – 2 June 2022"),
                phrase("2021-12-30/2022-01-02", "30 décembre 2021 – 2 janvier 2022",
                        "30 December 2021 – 2 January 2022"),
                phrase("2022-02/2022-05", "février–mai 2022", "February–May 2022"),
                phrase("2021-11/2022-02", "novembre 2021 – février 2022", "November 2021 – February 2022"),
                phrase("2022-05-25/2022-06", "25 mai – juin 2022", "25 May – June 2022"),
                phrase("2020/2022", "2020–2022", "2020–2022"),
                phrase("2020/2022-05-25", "2020 – 25 mai 2022", "2020 – 25 May 2022"),
                phrase("2022-05-25/2022-05-25", "25 mai 2022", "25 May 2022"),
                phrase("1985-04/1985-04-XX", "avril 1985", "April 1985"),
                // Qualifiers
                phrase("2022-02~", "vers février 2022", "circa February 2022"),
                phrase("2022-05-25?", "25 mai 2022 (incertain)", "25 May 2022 (uncertain)"),
                phrase("2022-02%", "vers février 2022 (incertain)", "circa February 2022 (uncertain)"),
                phrase("2004-06-11%", "vers le 11 juin 2004 (incertain)", "circa 11 June 2004 (uncertain)"),
                phrase("2022~", "vers 2022", "circa 2022"),
                phrase("201X~", "vers les années 2010", "circa the 2010s"),
                phrase("2022-05-24~/2022-05-26~", "24–26 mai 2022 (approximatif)", "24–26 May 2022 (approximate)"),
                phrase("2004-06~/2004-08?", "juin 2004 (approximatif) – août 2004 (incertain)",
                        "June 2004 (approximate) – August 2004 (uncertain)"),
                phrase("2004-06/2004-08%", "juin 2004 – août 2004 (approximatif, incertain)",
                        "June 2004 – August 2004 (approximate, uncertain)"),
                phrase("2022~/..", "depuis 2022 (approximatif)", "since 2022 (approximate)"),
                // Open and unknown ends
                phrase("2024-04-21/", "à partir du 21 avril 2024", "from 21 April 2024"),
                phrase("2024-04-21/..", "depuis le 21 avril 2024", "since 21 April 2024"),
                phrase("/2022-06", "jusqu’en juin 2022", "until June 2022"),
                phrase("../2022-06", "jusqu’en juin 2022", "until June 2022"),
                phrase("2024-04/", "à partir d’avril 2024", "from April 2024"),
                phrase("2022-05/", "à partir de mai 2022", "from May 2022"),
                phrase("2022/..", "depuis 2022", "since 2022"),
                phrase("../2022-06-01", "jusqu’au 1er juin 2022", "until 1 June 2022"),
                phrase("/2022", "jusqu’en 2022", "until 2022"),
                phrase("201X/..", "depuis les années 2010", "since the 2010s"),
                phrase("201X/", "à partir des années 2010", "from the 2010s"),
                phrase("/201X", "jusqu’aux années 2010", "until the 2010s"),
                // One of a range
                phrase("[2022-05-25..2022-05-27]", "entre le 25 et le 27 mai 2022", "between 25 and 27 May 2022"),
                phrase("[2022-05-30..2022-06-02]", "entre le 30 mai et le 2 juin 2022",
                        "between 30 May and 2 June 2022"),
                phrase("[2021-12-30..2022-01-02]", "entre le 30 décembre 2021 et le 2 janvier 2022",
                        "between 30 December 2021 and 2 January 2022"),
                phrase("[2022-02..2022-05]", "entre février et mai 2022", "between February and May 2022"),
                phrase("[2020..2022]", "entre 2020 et 2022", "between 2020 and 2022"),
                phrase("[201X..2022]", "entre les années 2010 et 2022", "between the 2010s and 2022"),
                phrase("[..2022-06]", "au plus tard en juin 2022", "by June 2022"),
                phrase("[..2022-06-01]", "au plus tard le 1er juin 2022", "by 1 June 2022"),
                phrase("[..2022]", "au plus tard en 2022", "by 2022"),
                phrase("[..201X]", "au plus tard dans les années 2010", "by the 2010s"),
                phrase("[2022-06..]", "à partir de juin 2022", "from June 2022 on"),
                phrase("[2022-10..]", "à partir d’octobre 2022", "from October 2022 on"),
                phrase("[2022-06-21..]", "à partir du 21 juin 2022", "from 21 June 2022 on"),
                phrase("[2022-05-25..2022-05-25]", "25 mai 2022", "25 May 2022"),
                // Before Christ: ISO year 0 is 1 BC, year -43 is 44 BC
                phrase("-0043-03-15", "15 mars 44 av. J.-C.", "15 March 44 BC"),
                phrase("-0044-03-15", "15 mars 45 av. J.-C.", "15 March 45 BC"),
                phrase("0000", "1 av. J.-C.", "1 BC"),
                phrase("-0001", "2 av. J.-C.", "2 BC"),
                phrase("0001", "1", "1"),
                phrase("Y-170000", "170001 av. J.-C.", "170001 BC"),
                phrase("Y12000", "12000", "12000"),
                phrase("-0050/-0043", "51–44 av. J.-C.", "51–44 BC"),
                phrase("-0010/0010", "11 av. J.-C. – 10 apr. J.-C.", "11 BC – 10 AD"),
                phrase("[-0010..0010]", "entre 11 av. J.-C. et 10 apr. J.-C.", "between 11 BC and 10 AD"),
                phrase("-0043-03-01/-0043-03-15", "1er–15 mars 44 av. J.-C.", "1–15 March 44 BC"),
                phrase("../-0043", "jusqu’en 44 av. J.-C.", "until 44 BC"),
                // Unspecified digits
                phrase("201X", "années 2010", "2010s"),
                phrase("190X", "années 1900", "1900s"),
                phrase("20XX", "2000–2099", "2000–2099"),
                phrase("1XXX", "1000–1999", "1000–1999"),
                phrase("000X", "1 av. J.-C. – 9 apr. J.-C.", "1 BC – 9 AD"),
                phrase("1985-04-XX", "avril 1985", "April 1985"),
                phrase("2004-XX", "2004", "2004"),
                phrase("1985-XX-XX", "1985", "1985"),
                // Date-times
                phrase("2022-05-25T14:30:00Z", "25 mai 2022, 14:30", "25 May 2022, 14:30"),
                phrase("2022-05-25T14:30", "25 mai 2022, 14:30", "25 May 2022, 14:30"),
                phrase("2022-05-25T09:05:07", "25 mai 2022, 09:05:07", "25 May 2022, 09:05:07"),
                phrase("2022-05-25T14:30:00+00:00", "25 mai 2022, 14:30", "25 May 2022, 14:30"),
                phrase("2022-05-25T14:30+02:00", "25 mai 2022, 14:30 (UTC+02:00)", "25 May 2022, 14:30 (UTC+02:00)"),
                phrase("2022-05-25T14:30-05:30", "25 mai 2022, 14:30 (UTC-05:30)", "25 May 2022, 14:30 (UTC-05:30)"),
                phrase("2022-05-25T14:30Z/2022-05-25T16:00Z", "25 mai 2022, 14:30–16:00", "25 May 2022, 14:30–16:00"),
                phrase("2022-05-25T14:30+02:00/2022-05-25T16:00+02:00", "25 mai 2022, 14:30–16:00 (UTC+02:00)",
                        "25 May 2022, 14:30–16:00 (UTC+02:00)"),
                phrase("2022-05-25T23:00Z/2022-05-26T01:00Z", "25 mai 2022, 23:00 – 26 mai 2022, 01:00",
                        "25 May 2022, 23:00 – 26 May 2022, 01:00"),
                phrase("2022-05-25T12:00+02:00/2022-05-25T11:00Z",
                        "25 mai 2022, 12:00 (UTC+02:00) – 25 mai 2022, 11:00",
                        "25 May 2022, 12:00 (UTC+02:00) – 25 May 2022, 11:00"),
                phrase("[2022-05-25T14:30Z..2022-05-25T16:00Z]", "25 mai 2022, entre 14:30 et 16:00",
                        "25 May 2022, between 14:30 and 16:00"),
                phrase("2024-04-21T08:00Z/", "à partir du 21 avril 2024, 08:00", "from 21 April 2024, 08:00"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void formatsInFrench(String edtf, String french, String english) {
        assertThat(DatePhrase.format(EdtfDate.parse(edtf), Locale.FRENCH)).isEqualTo(french);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("phrases")
    void formatsInEnglish(String edtf, String french, String english) {
        assertThat(DatePhrase.format(EdtfDate.parse(edtf), Locale.ENGLISH)).isEqualTo(english);
    }

    static Stream<Arguments> locales() {
        return Stream.of(
                Arguments.of(Locale.FRENCH, "1er mai 2022"),
                Arguments.of(Locale.FRANCE, "1er mai 2022"),
                Arguments.of(Locale.CANADA_FRENCH, "1er mai 2022"),
                Arguments.of(Locale.forLanguageTag("fr-CH"), "1er mai 2022"),
                Arguments.of(Locale.ENGLISH, "1 May 2022"),
                Arguments.of(Locale.UK, "1 May 2022"),
                Arguments.of(Locale.US, "1 May 2022"),
                Arguments.of(Locale.GERMAN, "1 May 2022"),
                Arguments.of(Locale.ROOT, "1 May 2022"));
    }

    @ParameterizedTest(name = "locale \"{0}\"")
    @MethodSource("locales")
    void frenchForAnyFrenchLocaleAndEnglishOtherwise(Locale locale, String expected) {
        assertThat(DatePhrase.format(EdtfDate.parse("2022-05-01"), locale)).isEqualTo(expected);
    }

    static Stream<Arguments> precisionPhrases() {
        return Stream.of(
                phrase("2022-05-25", "jour précis", "exact day"),
                phrase("2022-05", "mois (jour non précisé)", "month (day not given)"),
                phrase("2022", "année (mois non précisé)", "year (month not given)"),
                phrase("1985-04-XX", "mois (jour non précisé)", "month (day not given)"),
                phrase("2004-XX", "année (mois non précisé)", "year (month not given)"),
                phrase("201X", "décennie (année non précisée)", "decade (year not given)"),
                phrase("20XX", "siècle (année non précisée)", "century (year not given)"),
                phrase("1XXX", "millénaire (année non précisée)", "millennium (year not given)"),
                phrase("2022-05-25T14:30", "minute précise", "exact minute"),
                phrase("2022-05-25T14:30:00Z", "seconde précise", "exact second"),
                phrase("2022-02~", "mois (jour non précisé), approximatif", "month (day not given), approximate"),
                phrase("2022-05-25?", "jour précis, incertain", "exact day, uncertain"),
                phrase("2004-06-11%", "jour précis, approximatif, incertain", "exact day, approximate, uncertain"),
                phrase("2022-05-24/2022-05-26", "jour précis", "exact day"),
                phrase("2022-05-25/2022-06", "mois (jour non précisé)", "month (day not given)"),
                phrase("2004-06~/2004-08?", "mois (jour non précisé), approximatif, incertain",
                        "month (day not given), approximate, uncertain"),
                phrase("201X/2022-05-25", "décennie (année non précisée)", "decade (year not given)"),
                phrase("2024-04-21/..", "jour précis", "exact day"),
                phrase("[2022-05-25..2022-05-27]", "jour non précisé dans l’intervalle", "day not given within the range"),
                phrase("[..2022-06]", "jour non précisé dans l’intervalle", "day not given within the range"),
                phrase("[2022-06..]", "jour non précisé dans l’intervalle", "day not given within the range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precisionPhrases")
    void saysHowPreciseTheDateIs(String edtf, String french, String english) {
        EdtfDate date = EdtfDate.parse(edtf);

        assertThat(DatePhrase.precisionPhrase(date, Locale.FRENCH)).isEqualTo(french);
        assertThat(DatePhrase.precisionPhrase(date, Locale.ENGLISH)).isEqualTo(english);
    }

    static Stream<Arguments> phrasesWithPrecision() {
        return Stream.of(
                phrase("2022-05", "mai 2022 (jour non précisé)", "May 2022 (day not given)"),
                phrase("2022", "2022 (mois non précisé)", "2022 (month not given)"),
                phrase("1985-04-XX", "avril 1985 (jour non précisé)", "April 1985 (day not given)"),
                phrase("2004-XX", "2004 (mois non précisé)", "2004 (month not given)"),
                phrase("201X", "années 2010 (année non précisée)", "2010s (year not given)"),
                phrase("-0043", "44 av. J.-C. (mois non précisé)", "44 BC (month not given)"),
                phrase("2022-02~", "vers février 2022 (jour non précisé)", "circa February 2022 (day not given)"),
                phrase("2022-02?", "février 2022 (jour non précisé, incertain)",
                        "February 2022 (day not given, uncertain)"),
                phrase("2022%", "vers 2022 (mois non précisé, incertain)", "circa 2022 (month not given, uncertain)"),
                // Otherwise the same as format
                phrase("2022-05-25", "25 mai 2022", "25 May 2022"),
                phrase("2022-05-25?", "25 mai 2022 (incertain)", "25 May 2022 (uncertain)"),
                phrase("2022-05-25T14:30:00Z", "25 mai 2022, 14:30", "25 May 2022, 14:30"),
                phrase("2022-02/2022-05", "février–mai 2022", "February–May 2022"),
                phrase("2022-05/", "à partir de mai 2022", "from May 2022"),
                phrase("[..2022-06]", "au plus tard en juin 2022", "by June 2022"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasesWithPrecision")
    void formatsWithPrecisionForVagueSingleDates(String edtf, String french, String english) {
        EdtfDate date = EdtfDate.parse(edtf);

        assertThat(DatePhrase.formatWithPrecision(date, Locale.FRENCH)).isEqualTo(french);
        assertThat(DatePhrase.formatWithPrecision(date, Locale.ENGLISH)).isEqualTo(english);
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                // Known to the day: nothing to add
                phrase("2022-05-25", "25 mai 2022", "25 May 2022"),
                phrase("2022-05-25T14:30Z", "25 mai 2022, 14:30", "25 May 2022, 14:30"),
                phrase("2022-05-24/2022-05-26", "24–26 mai 2022", "24–26 May 2022"),
                phrase("2022-05-25/2022-05-25", "25 mai 2022", "25 May 2022"),
                phrase("[2022-05-25..2022-05-25]", "25 mai 2022", "25 May 2022"),
                // Month, year, decade
                phrase("2022-05", "mai 2022 — jour non précisé", "May 2022 — day not given"),
                phrase("1985-04-XX", "avril 1985 — jour non précisé", "April 1985 — day not given"),
                phrase("2022", "2022 — mois non précisé", "2022 — month not given"),
                phrase("2004-XX", "2004 — mois non précisé", "2004 — month not given"),
                phrase("201X", "années 2010 — année non précisée", "2010s — year not given"),
                // Approximate and uncertain: said once, by the phrase
                phrase("2022-05-25~", "vers le 25 mai 2022", "circa 25 May 2022"),
                phrase("2022-02~", "vers février 2022 — jour non précisé", "circa February 2022 — day not given"),
                phrase("2022-05-25?", "25 mai 2022 (incertain)", "25 May 2022 (uncertain)"),
                phrase("2022-02?", "février 2022 (incertain) — jour non précisé",
                        "February 2022 (uncertain) — day not given"),
                phrase("2022%", "vers 2022 (incertain) — mois non précisé", "circa 2022 (uncertain) — month not given"),
                // Intervals
                phrase("2022-05/2022-07", "mai–juillet 2022 — jours non précisés", "May–July 2022 — days not given"),
                phrase("2020/2022", "2020–2022 — mois non précisés", "2020–2022 — months not given"),
                phrase("2022-05-25/2022-06", "25 mai – juin 2022 — jour de fin non précisé",
                        "25 May – June 2022 — end day not given"),
                phrase("2020/2022-05-25", "2020 – 25 mai 2022 — mois de début non précisé",
                        "2020 – 25 May 2022 — start month not given"),
                phrase("201X/2022", "années 2010 – 2022 — année de début non précisée, mois de fin non précisé",
                        "2010s – 2022 — start year not given, end month not given"),
                phrase("1985-04/1985-04-XX", "avril 1985 — jour non précisé", "April 1985 — day not given"),
                // Open and unknown ends
                phrase("2024-04-21/..", "depuis le 21 avril 2024", "since 21 April 2024"),
                phrase("2024-04-21/", "à partir du 21 avril 2024 — fin inconnue", "from 21 April 2024 — end not known"),
                phrase("2022-05/", "à partir de mai 2022 — jour non précisé, fin inconnue",
                        "from May 2022 — day not given, end not known"),
                phrase("/2022-06", "jusqu’en juin 2022 — jour non précisé, début inconnu",
                        "until June 2022 — day not given, start not known"),
                phrase("../2022-06-01", "jusqu’au 1er juin 2022", "until 1 June 2022"),
                phrase("2022~/..", "depuis 2022 (approximatif) — mois non précisé",
                        "since 2022 (approximate) — month not given"),
                // One of a range: which one is not known
                phrase("[2024-04-21..2024-04-24]", "entre le 21 et le 24 avril 2024 — jour non précisé",
                        "between 21 and 24 April 2024 — day not known"),
                phrase("[2022-05..2022-07]", "entre mai et juillet 2022 — mois non précisé",
                        "between May and July 2022 — month not known"),
                phrase("[2020..2022]", "entre 2020 et 2022 — année non précisée",
                        "between 2020 and 2022 — year not known"),
                phrase("[2022-05..2022-05-10]", "entre mai et le 10 mai 2022 — jour non précisé",
                        "between May and 10 May 2022 — day not known"),
                phrase("[2022-05-25T14:30Z..2022-05-25T16:00Z]",
                        "25 mai 2022, entre 14:30 et 16:00 — heure non précisée",
                        "25 May 2022, between 14:30 and 16:00 — time not known"),
                // Bounds say it all
                phrase("[..2022-05-27]", "au plus tard le 27 mai 2022", "by 27 May 2022"),
                phrase("[..2022-06]", "au plus tard en juin 2022", "by June 2022"),
                phrase("[2022-03-01..]", "à partir du 1er mars 2022", "from 1 March 2022 on"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void describesWhatTheWordsLeaveUnsaidOnce(String edtf, String french, String english) {
        EdtfDate date = EdtfDate.parse(edtf);

        assertThat(DatePhrase.describe(date, Locale.FRENCH)).isEqualTo(french);
        assertThat(DatePhrase.describe(date, Locale.ENGLISH)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sourceline.model.EdtfDateTest#validDates")
    void everyDescriptionIsThePhraseAndAtMostOneNote(String edtf) {
        EdtfDate date = EdtfDate.parse(edtf);

        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            String description = DatePhrase.describe(date, locale);
            String phrase = DatePhrase.format(date, locale);
            assertThat(description).startsWith(phrase);
            String rest = description.substring(phrase.length());
            if (!rest.isEmpty()) {
                assertThat(rest).startsWith(" — ").doesNotContain("(");
                assertThat(rest.substring(3)).doesNotContain(" — ");
                String[] notes = rest.substring(3).split(", ");
                assertThat(notes).doesNotHaveDuplicates().allSatisfy(note -> assertThat(note).isNotBlank());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sourceline.model.EdtfDateTest#validDates")
    void everyValidDateHasAPhraseInBothLanguages(String edtf) {
        EdtfDate date = EdtfDate.parse(edtf);

        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            assertThat(DatePhrase.format(date, locale)).isNotBlank().doesNotContain("null").doesNotStartWith(" ");
            assertThat(DatePhrase.formatWithPrecision(date, locale)).startsWith(DatePhrase.format(date, locale)
                    .replaceFirst(" \\((incertain|uncertain)\\)$", ""));
            assertThat(DatePhrase.precisionPhrase(date, locale)).isNotBlank();
        }
    }

    @Test
    void rejectsNullArguments() {
        EdtfDate date = EdtfDate.parse("2022");

        assertThatThrownBy(() -> DatePhrase.format(null, Locale.FRENCH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DatePhrase.format(date, null)).isInstanceOf(NullPointerException.class);
    }
}
