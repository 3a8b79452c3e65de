package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every date: EDTF reads as itself, a typed day is that day, what DatePhrase writes reads back. */
class DateInputPropertiesTest {

    private static final String[] FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] FRENCH_SHORT_MONTHS = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
        "août", "sept.", "oct.", "nov.", "déc."};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] ENGLISH_SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sept.", "Oct.", "Nov", "Dec"};
    private static final String[] FRENCH_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche"};
    private static final String[] ENGLISH_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};

    // ---- Any valid EDTF reads as itself ----

    @Provide
    Arbitrary<EdtfDate> edtfDates() {
        return Arbitraries.randomValue(DateInputPropertiesTest::randomEdtf);
    }

    @Property(tries = 3000)
    void validEdtfReadsAsItself(@ForAll("edtfDates") EdtfDate date) {
        assertThat(DateInput.read(date.toString()).date()).contains(date);
    }

    private static EdtfDate randomEdtf(Random random) {
        int form = random.nextInt(3);
        if (form == 0) {
            return EdtfDate.parse(randomPoint(random, true));
        }
        boolean range = form == 2;
        String a = randomPoint(random, !range);
        String b = randomPoint(random, !range);
        if (EdtfDate.parse(b).latestEpochSecond() <= EdtfDate.parse(a).earliestEpochSecond()) {
            String swap = a;
            a = b;
            b = swap;
        }
        int open = random.nextInt(6);
        if (range) {
            String start = open == 0 ? "" : a;
            String end = open == 1 ? "" : b;
            return EdtfDate.parse("[" + start + ".." + end + "]");
        }
        String start = open == 0 ? ".." : open == 1 ? "" : a;
        String end = open == 2 ? ".." : open == 3 ? "" : b;
        return EdtfDate.parse(start + "/" + end);
    }

    /** One valid EDTF date: any year form, months and days that exist, X digits, times, offsets, qualifiers. */
    private static String randomPoint(Random random, boolean qualifierAllowed) {
        int yearForm = random.nextInt(10);
        String text;
        boolean timeAllowed = false;
        if (yearForm == 0) {
            int year = 10_000 + random.nextInt(999_989_999);
            text = "Y" + (random.nextBoolean() ? "-" : "") + year;
        } else if (yearForm <= 2) {
            int unspecified = 1 + random.nextInt(3);
            String digits = EdtfPoint.padded(random.nextInt(10_000), 4);
            text = digits.substring(0, 4 - unspecified) + "X".repeat(unspecified);
            int tail = random.nextInt(3);
            text += tail == 0 ? "" : tail == 1 ? "-XX" : "-XX-XX";
        } else {
            int year = random.nextInt(19_999) - 9_999;
            text = EdtfPoint.yearText(year);
            int month = random.nextInt(14);
            if (month == 13) {
                text += "-XX" + (random.nextBoolean() ? "-XX" : "");
            } else if (month > 0) {
                text += "-" + EdtfPoint.padded(month, 2);
                int day = random.nextInt(33);
                int length = java.time.YearMonth.of(year, month).lengthOfMonth();
                if (day == 32) {
                    text += "-XX";
                } else if (day > 0) {
                    text += "-" + EdtfPoint.padded(Math.min(day, length), 2);
                    timeAllowed = true;
                }
            }
        }
        if (timeAllowed && random.nextInt(4) == 0) {
            text += String.format(Locale.ROOT, "T%02d:%02d", random.nextInt(24), random.nextInt(60));
            if (random.nextBoolean()) {
                text += String.format(Locale.ROOT, ":%02d", random.nextInt(60));
            }
            int offset = random.nextInt(4);
            if (offset == 1) {
                text += "Z";
            } else if (offset >= 2) {
                int minutes = 1 + random.nextInt(14 * 60);
                text += (offset == 2 ? "+" : "-") + String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
            }
            return text;
        }
        return qualifierAllowed ? text + new String[] {"", "", "?", "~", "%"}[random.nextInt(5)] : text;
    }

    // ---- A day typed in words is that day, and no other ----

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(2999, 12, 31)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> dayPhrases() {
        return Combinators.combine(days(), Arbitraries.integers().between(0, 13), Arbitraries.randoms())
                .as((day, style, random) -> typedLikeAPerson(phrase(day, style, day.getDayOfWeek()), random) + "|"
                        + day);
    }

    @Property(tries = 3000)
    void aTypedDayIsExactlyThatDay(@ForAll("dayPhrases") String phraseAndDay) {
        String typed = phraseAndDay.substring(0, phraseAndDay.lastIndexOf('|'));
        LocalDate day = LocalDate.parse(phraseAndDay.substring(phraseAndDay.lastIndexOf('|') + 1));

        EdtfDate date = DateInput.read(typed).date().orElseThrow(() -> new AssertionError("not read: " + typed));

        assertThat(date.earliestEpochSecond()).as(typed).isEqualTo(day.toEpochDay() * 86_400);
        assertThat(date.latestEpochSecond()).as(typed).isEqualTo((day.toEpochDay() + 1) * 86_400);
        assertThat(date.toString()).isEqualTo(day.toString());
    }

    @Property(tries = 1000)
    void aWeekdayThatIsNotTheDatesIsRefused(@ForAll("days") LocalDate day,
            @ForAll("weekdayStyles") int style, @ForAll("otherDays") int shift) {
        DayOfWeek wrong = day.getDayOfWeek().plus(shift);

        DateProblem problem = DateInput.read(phrase(day, style, wrong)).problem().orElseThrow();

        assertThat(problem).isEqualTo(new DateProblem.WrongWeekday(EdtfDate.parse(day.toString()), wrong));
        assertThat(((DateProblem.WrongWeekday) problem).actual()).isEqualTo(day.getDayOfWeek());
    }

    @Provide
    Arbitrary<Integer> weekdayStyles() {
        return Arbitraries.of(4, 5, 10, 11);
    }

    @Provide
    Arbitrary<Integer> otherDays() {
        return Arbitraries.integers().between(1, 6);
    }

    /** The day as French (styles 0–6) or English (7–13) writers put it; styles 4, 5, 10 and 11 name the weekday. */
    private static String phrase(LocalDate day, int style, DayOfWeek weekday) {
        int d = day.getDayOfMonth();
        int m = day.getMonthValue() - 1;
        int y = day.getYear();
        String fr = FRENCH_MONTHS[m];
        String en = ENGLISH_MONTHS[m];
        String frDay = d == 1 ? "1er" : String.valueOf(d);
        String frWeekday = FRENCH_WEEKDAYS[weekday.getValue() - 1];
        String enWeekday = ENGLISH_WEEKDAYS[weekday.getValue() - 1];
        return switch (style) {
            case 0 -> frDay + " " + fr + " " + y;
            case 1 -> "le " + frDay + " " + fr + " " + y;
            case 2 -> d + " " + FRENCH_SHORT_MONTHS[m] + " " + y;
            case 3 -> String.format(Locale.ROOT, "%02d/%02d/%d", d, m + 1, y);
            case 4 -> frWeekday + " " + frDay + " " + fr + " " + y;
            case 5 -> "le " + frWeekday + " " + frDay + " " + fr + " " + y;
            case 6 -> d + "." + (m + 1) + "." + y;
            case 7 -> d + " " + en + " " + y;
            case 8 -> en + " " + d + ", " + y;
            case 9 -> "the " + d + ordinal(d) + " of " + en + " " + y;
            case 10 -> enWeekday + ", " + en + " " + d + ", " + y;
            case 11 -> enWeekday + " " + d + " " + en + " " + y;
            case 12 -> ENGLISH_SHORT_MONTHS[m] + " " + d + ordinal(d) + " " + y;
            default -> "on " + d + " " + en + " " + y;
        };
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Case, accents and spacing as careless typing leaves them. */
    private static String typedLikeAPerson(String phrase, Random random) {
        String text = switch (random.nextInt(3)) {
            case 0 -> phrase.toUpperCase(Locale.ROOT);
            case 1 -> phrase.toLowerCase(Locale.ROOT);
            default -> phrase;
        };
        if (random.nextBoolean()) {
            text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        StringBuilder out = new StringBuilder(" ".repeat(random.nextInt(3)));
        for (char c : text.toCharArray()) {
            out.append(c == ' ' ? " ".repeat(1 + random.nextInt(3)) : String.valueOf(c));
        }
        return out.append(" ".repeat(random.nextInt(3))).toString();
    }

    // ---- What DatePhrase writes reads back as the same date ----

    @Provide
    Arbitrary<EdtfDate> phrasableDates() {
        return Arbitraries.randomValue(DateInputPropertiesTest::randomPhrasable);
    }

    @Property(tries = 3000)
    void whatDatePhraseWritesReadsBack(@ForAll("phrasableDates") EdtfDate date) {
        // French "à partir du 1er mars" also opens what lasted: only the English "from … on" is a bound.
        boolean frenchIsAmbiguous = date.isOneOfRange() && date.hasOpenEnd();
        for (Locale locale : frenchIsAmbiguous ? new Locale[] {Locale.ENGLISH}
                : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            String phrase = DatePhrase.format(date, locale);

            assertThat(DateInput.read(phrase).date()).as(phrase).contains(date);
        }
    }

    /**
     * Dates whose phrase names every part: years 1000 to 2999, day, month or year precision or a decade; single
     * dates with any qualifier; intervals and ranges of two ends that do not read alike; bounds; "since".
     */
    private static EdtfDate randomPhrasable(Random random) {
        String a = randomPhrasablePoint(random);
        int form = random.nextInt(6);
        if (form == 0) {
            return EdtfDate.parse(a + new String[] {"", "?", "~", "%"}[random.nextInt(4)]);
        }
        if (form == 1) {
            return EdtfDate.parse(a + "/..");
        }
        if (form == 2) {
            return EdtfDate.parse(random.nextBoolean() ? "[.." + a + "]" : "[" + a + "..]");
        }
        String b = randomPhrasablePoint(random);
        EdtfDate first = EdtfDate.parse(a);
        EdtfDate second = EdtfDate.parse(b);
        if (first.toString().equals(second.toString())
                || DatePhrase.format(first, Locale.ENGLISH).equals(DatePhrase.format(second, Locale.ENGLISH))) {
            return first;
        }
        if (second.earliestEpochSecond() < first.earliestEpochSecond()
                || second.earliestEpochSecond() == first.earliestEpochSecond()
                && second.latestEpochSecond() < first.latestEpochSecond()) {
            String swap = a;
            a = b;
            b = swap;
        }
        return EdtfDate.parse(form <= 4 ? a + "/" + b : "[" + a + ".." + b + "]");
    }

    private static String randomPhrasablePoint(Random random) {
        // Dates close together, so that the phrases share months and years and get written short.
        int year = 2020 + random.nextInt(3);
        if (random.nextInt(10) == 0) {
            year = 1000 + random.nextInt(2000);
        }
        return switch (random.nextInt(7)) {
            case 0 -> String.valueOf(year);
            case 1 -> EdtfPoint.padded(year / 10, 3) + "X";
            case 2, 3 -> year + "-" + EdtfPoint.padded(1 + random.nextInt(12), 2);
            default -> {
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                yield day.toString();
            }
        };
    }

    // ---- Whatever is typed, an answer and never an exception ----

    private static final List<String> VOCABULARY = List.of(
            "le", "la", "du", "au", "de", "d'", "à", "entre", "et", "vers", "avant", "après", "au plus tard",
            "au plus tôt", "début", "mi-", "fin", "depuis", "jeudi", "mercredi", "premier", "1er", "mai", "février",
            "juin", "décembre", "the", "from", "to", "between", "and", "by", "before", "after", "early", "mid",
            "late", "end of", "around", "c.", "circa", "Wednesday", "May", "June", "of", "on", "since", "1990s",
            "années", "av. J.-C.", "BC", "AD", "?", "(incertain)", ",", "-", "–", "/", "..", "[", "]", "~", "%",
            "0", "1", "2", "24", "26", "29", "30", "31", "32", "99", "202", "2022", "2024", "10000", "2022-05",
            "2022-13", "2022-05-25", "25/05/2022", "31/02/2022", "9999", "0000", "T14:30", "Z", "X");

    @Provide
    Arbitrary<String> typedText() {
        Arbitrary<String> words = Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(7)
                .map(list -> String.join(" ", list));
        Arbitrary<String> glued = Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(5)
                .map(list -> String.join("", list));
        return Arbitraries.oneOf(words, glued, Arbitraries.strings().all().ofMaxLength(30));
    }

    @Property(tries = 5000)
    void anyTextGivesADateOrAProblemWithASentence(@ForAll("typedText") String typed) {
        DateInput.Result result = DateInput.read(typed);

        assertThat(result.date().isPresent()).isNotEqualTo(result.problem().isPresent());
        result.problem().ifPresent(problem -> {
            assertThat(problem.message(Locale.FRENCH)).isNotBlank().doesNotContain("null");
            assertThat(problem.message(Locale.ENGLISH)).isNotBlank().doesNotContain("null");
            if (problem instanceof DateProblem.InvalidEdtf invalid) {
                assertThat(invalid.index()).isBetween(0, typed.length());
            }
        });
        result.date().ifPresent(date -> {
            assertThat(date.latestEpochSecond()).isGreaterThan(date.earliestEpochSecond());
            assertThat(DateQuery.parse(typed)).contains(date);
        });
    }

    @Property(tries = 500)
    void aDayWithItsYearCutShortIsRefusedForThat(@ForAll("days") LocalDate day) {
        String year = String.valueOf(day.getYear() % 100);
        List<String> typed = new ArrayList<>(List.of(
                day.getDayOfMonth() + " " + FRENCH_MONTHS[day.getMonthValue() - 1] + " " + year,
                day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + year));

        for (String text : typed) {
            assertThat(DateInput.read(text).problem()).as(text).contains(new DateProblem.YearNotInFull(year));
        }
    }
}
