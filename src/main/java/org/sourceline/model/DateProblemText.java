package org.sourceline.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences of {@link DateProblem#message(Locale)}, in French ({@code fr*} locales) or English. */
final class DateProblemText {

    private static final String[] FRENCH_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche"};
    private static final String[] ENGLISH_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};

    private DateProblemText() {
    }

    static String message(DateProblem problem, Locale locale) {
        Objects.requireNonNull(problem, "problem");
        boolean fr = "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        if (problem instanceof DateProblem.Empty) {
            return fr ? "Aucune date saisie." : "No date typed.";
        }
        if (problem instanceof DateProblem.NotADate) {
            return fr ? "Date non reconnue : essayez « 25 mai 2022 », « mai 2022 » ou « 2022-05-25 »."
                    : "Not a date I can read: try “25 May 2022”, “May 2022” or “2022-05-25”.";
        }
        if (problem instanceof DateProblem.YearMissing) {
            return fr ? "Il manque l’année." : "The year is missing.";
        }
        if (problem instanceof DateProblem.YearNotInFull p) {
            String two = p.digits().length() == 1 ? "0" + p.digits() : p.digits();
            return fr ? "Écrivez l’année en entier : « " + p.digits() + " » peut être 19" + two + " ou 20" + two + "."
                    : "Write the year in full: “" + p.digits() + "” could be 19" + two + " or 20" + two + ".";
        }
        if (problem instanceof DateProblem.NoSuchMonth p) {
            return fr ? "Il n’y a pas de mois " + p.month() + " : les mois vont de 1 à 12."
                    : "There is no month " + p.month() + ": months go from 1 to 12.";
        }
        if (problem instanceof DateProblem.NoSuchDay p) {
            String monthAndYear = DatePhrase.format(EdtfDate.parse(EdtfPoint.yearText(p.year()) + "-"
                    + EdtfPoint.padded(p.month(), 2)), locale);
            String dayAndMonth = p.day() + " " + DatePhrase.monthName(p.month(), locale);
            return fr ? capitalized(monthAndYear) + " compte " + p.daysInMonth() + " jours : le " + dayAndMonth
                    + " n’existe pas."
                    : monthAndYear + " has " + p.daysInMonth() + " days: there is no " + dayAndMonth + ".";
        }
        if (problem instanceof DateProblem.WrongWeekday p) {
            String date = DatePhrase.format(p.date(), locale);
            return fr ? "Le " + date + " tombe un " + weekday(p.actual(), true) + ", pas un "
                    + weekday(p.written(), true) + "."
                    : date + " falls on a " + weekday(p.actual(), false) + ", not a "
                    + weekday(p.written(), false) + ".";
        }
        if (problem instanceof DateProblem.EndBeforeStart p) {
            String start = DatePhrase.format(p.start(), locale);
            String end = DatePhrase.format(p.end(), locale);
            return fr ? "La fin (" + end + ") précède le début (" + start + ")."
                    : "The end (" + end + ") comes before the start (" + start + ").";
        }
        DateProblem.InvalidEdtf p = (DateProblem.InvalidEdtf) problem;
        int character = p.index() + 1;
        if (fr) {
            String detail = frenchEdtfDetail(p.detail()).orElse("« " + p.detail() + " »");
            return "EDTF non valable au caractère " + character + " : " + detail + ".";
        }
        return "Invalid EDTF at character " + character + ": " + p.detail() + ".";
    }

    private static String weekday(DayOfWeek day, boolean french) {
        return (french ? FRENCH_WEEKDAYS : ENGLISH_WEEKDAYS)[day.getValue() - 1];
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A French rendering of one of the messages {@link EdtfParser} writes; empty for a message it does not know. */
    static Optional<String> frenchEdtfDetail(String english) {
        for (Translation t : TRANSLATIONS) {
            Matcher m = t.pattern().matcher(english);
            if (m.matches()) {
                return Optional.of(t.french().apply(m));
            }
        }
        return Optional.empty();
    }

    private record Translation(Pattern pattern, Function<Matcher, String> french) {
        static Translation of(String regex, Function<Matcher, String> french) {
            return new Translation(Pattern.compile(regex), french);
        }

        static Translation of(String regex, String french) {
            return of(regex, m -> french);
        }
    }

    private static final Map<String, String> NAMES = Map.of(
            "month", "mois", "day", "jour", "hour", "heure", "minute", "minute", "second", "seconde",
            "offset hour", "heure du décalage", "offset minute", "minute du décalage");

    private static final Map<String, String> EXPECTED = Map.of(
            "a year", "une année", "a digit", "un chiffre");

    private static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(
            Map.entry("January", 1), Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4),
            Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7), Map.entry("August", 8),
            Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11),
            Map.entry("December", 12));

    private static final List<Translation> TRANSLATIONS = List.of(
            Translation.of("empty date", "date vide"),
            Translation.of("leading whitespace", "espace au début"),
            Translation.of("trailing whitespace", "espace à la fin"),
            Translation.of("an interval needs at least one date", "un intervalle demande au moins une date"),
            Translation.of("a range needs at least one date", "une plage demande au moins une date"),
            Translation.of("only the ranges \\[A\\.\\.B\\], \\[\\.\\.B\\] and \\[A\\.\\.\\] are supported",
                    "seules les plages [A..B], [..B] et [A..] sont acceptées"),
            Translation.of("interval ends \\((.*)\\) before it starts \\((.*)\\)",
                    m -> "l’intervalle finit (" + m.group(1) + ") avant de commencer (" + m.group(2) + ")"),
            Translation.of("range ends \\((.*)\\) before it starts \\((.*)\\)",
                    m -> "la plage finit (" + m.group(1) + ") avant de commencer (" + m.group(2) + ")"),
            Translation.of("a year of more than four digits needs the 'Y' prefix: write (\\S+)",
                    m -> "une année de plus de quatre chiffres demande le préfixe « Y » : écrivez " + m.group(1)),
            Translation.of("a year needs at least one known digit", "une année demande au moins un chiffre connu"),
            Translation.of("unspecified digits \\(X\\) are not supported in negative years",
                    "les chiffres non précisés (X) ne sont pas acceptés dans les années négatives"),
            Translation.of("year -0000 does not exist: write 0000", "l’année -0000 n’existe pas : écrivez 0000"),
            Translation.of("a time needs a complete date", "une heure demande une date complète"),
            Translation.of("year is out of range \\(at most (\\d+) digits\\)",
                    m -> "année hors limites (" + m.group(1) + " chiffres au plus)"),
            Translation.of("a year written with 'Y' cannot start with 0",
                    "une année écrite avec « Y » ne peut pas commencer par 0"),
            Translation.of("the 'Y' prefix is only for years of more than four digits: write (\\S+)",
                    m -> "le préfixe « Y » est réservé aux années de plus de quatre chiffres : écrivez " + m.group(1)),
            Translation.of("a year written with 'Y' cannot have a month",
                    "une année écrite avec « Y » ne peut pas avoir de mois"),
            Translation.of("a month must be fully given or fully unspecified \\(XX\\)",
                    "un mois doit être entièrement donné ou entièrement non précisé (XX)"),
            Translation.of("a day must be fully given or fully unspecified \\(XX\\)",
                    "un jour doit être entièrement donné ou entièrement non précisé (XX)"),
            Translation.of("month (\\d+) is out of range \\(seasons are not supported\\)",
                    m -> "mois " + m.group(1) + " hors limites (les saisons ne sont pas acceptées)"),
            Translation.of("(month|day|hour|minute|second|offset hour|offset minute) (\\d+) is out of range",
                    m -> NAMES.get(m.group(1)) + " " + m.group(2) + " hors limites"),
            Translation.of("day (\\d+) does not exist in (\\w+) (\\S+)",
                    m -> "le jour " + m.group(1) + " n’existe pas en "
                            + DatePhrase.monthName(ENGLISH_MONTHS.get(m.group(2)), Locale.FRENCH) + " " + m.group(3)),
            Translation.of("offset -00:00 is not allowed: write Z or \\+00:00",
                    "le décalage -00:00 n’est pas accepté : écrivez Z ou +00:00"),
            Translation.of("offset (\\S+) is out of range", m -> "décalage " + m.group(1) + " hors limites"),
            Translation.of("qualifiers are not supported inside a range",
                    "les qualificatifs ne sont pas acceptés dans une plage"),
            Translation.of("a qualifier cannot follow a time", "un qualificatif ne peut pas suivre une heure"),
            Translation.of("a known digit cannot follow an unspecified one \\(X\\)",
                    "un chiffre connu ne peut pas suivre un chiffre non précisé (X)"),
            Translation.of("unexpected character (U\\+[0-9A-F]{4}|'.')(?:; expected (.+))?",
                    m -> (m.group(1).equals("' '") ? "espace" : "caractère " + quoted(m.group(1)))
                            + " inattendu" + expected(m.group(2))),
            Translation.of("unexpected end of date(?:; expected (.+))?",
                    m -> "la date s’arrête trop tôt" + expected(m.group(1))));

    private static String expected(String english) {
        if (english == null) {
            return "";
        }
        String french = EXPECTED.containsKey(english) ? EXPECTED.get(english) : quoted(english);
        return " (attendu : " + french + ")";
    }

    /** {@code 'x'} becomes « x »; a code point name such as U+0009 stays as it is. */
    private static String quoted(String english) {
        if (english.length() >= 2 && english.startsWith("'") && english.endsWith("'")) {
            return "« " + english.substring(1, english.length() - 1) + " »";
        }
        return english;
    }
}
