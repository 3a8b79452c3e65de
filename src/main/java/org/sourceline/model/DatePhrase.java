package org.sourceline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link EdtfDate}s as people say them, in French ({@code fr*} locales) or English (any other).
 *
 * <p>Both languages put the day before the month ("25 May 2022"), use full month names, and
 * share what two ends have in common: "24–26 mai 2022", "30 May – 2 June 2022". Year 0 is
 * 1 BC, as in ISO 8601. A time is shown as written, with its offset unless it is UTC.
 *
 * <p>A qualifier on a single date reads "vers …"/"circa …" and "… (incertain)"/"… (uncertain)".
 * In longer phrases, where "vers" would be ambiguous, qualifiers become a parenthesis after the
 * part they belong to.
 */
public final class DatePhrase {

    private static final String DASH = "\u2013";
    private static final String SPACED_DASH = " " + DASH + " ";

    private DatePhrase() {
    }

    /** The date as a phrase, for lists and the timeline. */
    public static String format(EdtfDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        Lang lang = Lang.of(locale);
        if (date.isOneOfRange()) {
            return range(date, lang);
        }
        if (date.isInterval()) {
            return interval(date, lang);
        }
        return single(date.startPoint(), lang);
    }

    /**
     * The date as the interface shows it: the dataset's own wording (its display date, in French like the seed
     * dataset) in French, the phrase made from the EDTF otherwise.
     */
    public static String asShown(EdtfDate date, String displayDate, Locale locale) {
        if (displayDate != null && "fr".equals(locale.getLanguage())) {
            return displayDate;
        }
        return format(date, locale);
    }

    /** How precisely the date is known, for a detail pane: "jour précis", "month (day not given)"… */
    public static String precisionPhrase(EdtfDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        Lang lang = Lang.of(locale);
        if (date.isOneOfRange()) {
            return lang.dayWithinRange;
        }
        String phrase = switch (date.precision()) {
            case SECOND -> lang.exactSecond;
            case MINUTE -> lang.exactMinute;
            case DAY -> lang.exactDay;
            case MONTH -> lang.monthWord + " (" + lang.dayNotGiven + ")";
            case YEAR -> yearPrecision(date, lang);
        };
        if (date.isApproximate()) {
            phrase += ", " + lang.approximate;
        }
        if (date.isUncertain()) {
            phrase += ", " + lang.uncertain;
        }
        return phrase;
    }

    /**
     * Like {@link #format}, but a single date known only to the month or year says what is missing:
     * "mai 2022 (jour non précisé)", "2022 (month not given)".
     */
    public static String formatWithPrecision(EdtfDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        Lang lang = Lang.of(locale);
        if (date.isInterval() || date.isOneOfRange()) {
            return format(date, locale);
        }
        EdtfPoint point = date.startPoint();
        EdtfDate.Precision precision = point.precision();
        if (precision != EdtfDate.Precision.MONTH && precision != EdtfDate.Precision.YEAR) {
            return format(date, locale);
        }
        Phrase phrase = phrase(point, lang, false);
        String text = point.qualifier().approximate() ? lang.circa(phrase) : phrase.text();
        String note;
        if (precision == EdtfDate.Precision.MONTH) {
            note = lang.dayNotGiven;
        } else {
            note = point.unspecifiedYearDigits() > 0 ? lang.yearNotGiven : lang.monthNotGiven;
        }
        if (point.qualifier().uncertain()) {
            note += ", " + lang.uncertain;
        }
        return text + " (" + note + ")";
    }

    /**
     * The date in words, then, after a dash, what the words leave unsaid, each thing said once: "mai 2022 — jour
     * non précisé", "entre le 21 et le 24 avril 2024 — jour non précisé", "between 21 and 24 April 2024 — day not
     * known", "from 21 April 2024 — end not known". A date known to the day, an approximate date ("vers le 25 mai
     * 2022", whose "vers" says it) and a bound ("au plus tard le 27 mai 2022") need no note.
     */
    public static String describe(EdtfDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        Lang lang = Lang.of(locale);
        String text = format(date, locale);
        EdtfPoint start = date.startPoint();
        EdtfPoint end = date.endPoint();
        List<String> notes = new ArrayList<>();
        boolean bothEnds = start != null && end != null;
        boolean readsAsOne = bothEnds && phrase(start, lang, false).text().equals(phrase(end, lang, false).text());
        if (!date.isInterval() && !date.isOneOfRange() || readsAsOne) {
            addNote(notes, lang, Side.ONLY, unitNotGiven(start));
        } else if (date.isOneOfRange()) {
            if (bothEnds) {
                EdtfDate.Precision finest = start.precision().compareTo(end.precision()) >= 0
                        ? start.precision() : end.precision();
                notes.add(lang.notKnown(finest));
            }
        } else {
            Unit first = start == null ? null : unitNotGiven(start);
            Unit last = end == null ? null : unitNotGiven(end);
            if (bothEnds && first == last) {
                addNote(notes, lang, Side.BOTH, first);
            } else {
                addNote(notes, lang, bothEnds ? Side.START : Side.ONLY, first);
                addNote(notes, lang, bothEnds ? Side.END : Side.ONLY, last);
            }
        }
        if (date.startBound() == EdtfDate.Bound.UNKNOWN) {
            notes.add(lang == Lang.FRENCH ? "début inconnu" : "start not known");
        }
        if (date.endBound() == EdtfDate.Bound.UNKNOWN) {
            notes.add(lang == Lang.FRENCH ? "fin inconnue" : "end not known");
        }
        return notes.isEmpty() ? text : text + " — " + String.join(", ", notes);
    }

    /** The name of a month, 1 to 12, as {@link #format} writes it. */
    static String monthName(int month, Locale locale) {
        return Lang.of(locale).month(month);
    }

    /** What a date's words do not say: the day of a month, the month of a year, the year of a decade; or nothing. */
    private enum Unit {
        DAY,
        MONTH,
        YEAR
    }

    /** Which end of an interval a note is about. */
    private enum Side {
        ONLY,
        BOTH,
        START,
        END
    }

    private static Unit unitNotGiven(EdtfPoint point) {
        return switch (point.precision()) {
            case MONTH -> Unit.DAY;
            case YEAR -> point.unspecifiedYearDigits() > 0 ? Unit.YEAR : Unit.MONTH;
            default -> null;
        };
    }

    private static void addNote(List<String> notes, Lang lang, Side side, Unit unit) {
        if (unit == null) {
            return;
        }
        if (lang == Lang.FRENCH) {
            String noun = switch (unit) {
                case DAY -> "jour";
                case MONTH -> "mois";
                case YEAR -> "année";
            };
            boolean feminine = unit == Unit.YEAR;
            String given = feminine ? "non précisée" : "non précisé";
            notes.add(switch (side) {
                case ONLY -> noun + " " + given;
                case BOTH -> (unit == Unit.MONTH ? noun : noun + "s") + " " + given + "s";
                case START -> noun + " de début " + given;
                case END -> noun + " de fin " + given;
            });
            return;
        }
        String noun = unit.name().toLowerCase(Locale.ROOT);
        notes.add(switch (side) {
            case ONLY -> noun + " not given";
            case BOTH -> noun + "s not given";
            case START -> "start " + noun + " not given";
            case END -> "end " + noun + " not given";
        });
    }

    private static String yearPrecision(EdtfDate date, Lang lang) {
        int unspecified = 0;
        for (EdtfPoint point : new EdtfPoint[] {date.startPoint(), date.endPoint()}) {
            if (point != null && point.precision() == EdtfDate.Precision.YEAR) {
                unspecified = Math.max(unspecified, point.unspecifiedYearDigits());
            }
        }
        return switch (unspecified) {
            case 0 -> lang.yearWord + " (" + lang.monthNotGiven + ")";
            case 1 -> lang.decadeWord + " (" + lang.yearNotGiven + ")";
            case 2 -> lang.centuryWord + " (" + lang.yearNotGiven + ")";
            default -> lang.millenniumWord + " (" + lang.yearNotGiven + ")";
        };
    }

    private static String single(EdtfPoint point, Lang lang) {
        Phrase phrase = phrase(point, lang, false);
        String text = point.qualifier().approximate() ? lang.circa(phrase) : phrase.text();
        return point.qualifier().uncertain() ? text + " (" + lang.uncertain + ")" : text;
    }

    private static String interval(EdtfDate date, Lang lang) {
        EdtfPoint start = date.startPoint();
        EdtfPoint end = date.endPoint();
        if (start != null && end != null) {
            if (start.qualifier() == end.qualifier()) {
                return span(start, end, lang) + lang.suffix(start.qualifier());
            }
            boolean markEra = mixedEras(start, end);
            return phrase(start, lang, markEra).text() + lang.suffix(start.qualifier())
                    + SPACED_DASH + phrase(end, lang, markEra).text() + lang.suffix(end.qualifier());
        }
        if (start != null) {
            Phrase phrase = phrase(start, lang, false);
            String text = date.endBound() == EdtfDate.Bound.OPEN ? lang.since(phrase) : lang.from(phrase);
            return text + lang.suffix(start.qualifier());
        }
        return lang.until(phrase(end, lang, false)) + lang.suffix(end.qualifier());
    }

    /** Both ends of an interval, sharing the month and year they have in common. */
    private static String span(EdtfPoint start, EdtfPoint end, Lang lang) {
        boolean markEra = mixedEras(start, end);
        Phrase first = phrase(start, lang, markEra);
        Phrase last = phrase(end, lang, markEra);
        if (first.text().equals(last.text())) {
            return first.text();
        }
        if (sameDayAndOffset(start, end)) {
            return dateOnly(start, lang) + ", " + clock(start) + DASH + clock(end) + offsetNote(end);
        }
        Split split = split(start, end, lang);
        if (split != null) {
            return split.head().text() + (split.tight() ? DASH : SPACED_DASH) + split.tail().text();
        }
        return first.text() + SPACED_DASH + last.text();
    }

    private static String range(EdtfDate date, Lang lang) {
        EdtfPoint start = date.startPoint();
        EdtfPoint end = date.endPoint();
        if (start == null) {
            return lang.by(phrase(end, lang, false));
        }
        if (end == null) {
            return lang.fromOn(phrase(start, lang, false));
        }
        boolean markEra = mixedEras(start, end);
        Phrase first = phrase(start, lang, markEra);
        Phrase last = phrase(end, lang, markEra);
        if (first.text().equals(last.text())) {
            return first.text();
        }
        if (sameDayAndOffset(start, end)) {
            return dateOnly(start, lang) + ", " + lang.between(
                    new Phrase(clock(start), Kind.TIME), new Phrase(clock(end) + offsetNote(end), Kind.TIME));
        }
        Split split = split(start, end, lang);
        if (split != null) {
            return lang.between(split.head(), split.tail());
        }
        return lang.between(first, last);
    }

    /**
     * The start without what it shares with the end, and the full end; null when nothing is shared.
     * {@code tight} when the two read as one unit and take an unspaced dash ("24–26", "février–mai").
     */
    private static Split split(EdtfPoint start, EdtfPoint end, Lang lang) {
        if (start.time() != null || end.time() != null
                || start.unspecifiedYearDigits() > 0 || end.unspecifiedYearDigits() > 0) {
            return null;
        }
        if (start.year() == end.year() && start.hasKnownMonth() && end.hasKnownMonth()) {
            Phrase tail = phrase(end, lang, false);
            if (start.hasKnownDay() && end.hasKnownDay() && start.month() == end.month()) {
                return new Split(new Phrase(lang.day(start.day()), Kind.DAY), tail, true);
            }
            if (start.hasKnownDay()) {
                String head = lang.day(start.day()) + " " + lang.month(start.month());
                return new Split(new Phrase(head, Kind.DAY), tail, false);
            }
            return new Split(new Phrase(lang.month(start.month()), Kind.MONTH), tail, !end.hasKnownDay());
        }
        if (!start.hasKnownMonth() && !end.hasKnownMonth() && !mixedEras(start, end)) {
            return new Split(new Phrase(eraNumber(start.year()), Kind.YEAR), phrase(end, lang, false), true);
        }
        return null;
    }

    private static Phrase phrase(EdtfPoint point, Lang lang, boolean markEra) {
        if (point.unspecifiedYearDigits() > 0) {
            if (point.unspecifiedYearDigits() == 1 && point.year() > 0) {
                return new Phrase(lang.decade(point.year()), Kind.DECADE);
            }
            return new Phrase(yearSpan(point.year(), point.maxYear(), lang), Kind.YEAR);
        }
        String year = lang.year(point.year(), markEra);
        if (!point.hasKnownMonth()) {
            return new Phrase(year, Kind.YEAR);
        }
        String monthAndYear = lang.month(point.month()) + " " + year;
        if (!point.hasKnownDay()) {
            return new Phrase(monthAndYear, Kind.MONTH);
        }
        String text = lang.day(point.day()) + " " + monthAndYear;
        if (point.time() != null) {
            text += ", " + clock(point) + offsetNote(point);
        }
        return new Phrase(text, Kind.DAY);
    }

    private static String yearSpan(int first, int last, Lang lang) {
        if ((first <= 0) != (last <= 0)) {
            return lang.year(first, true) + SPACED_DASH + lang.year(last, true);
        }
        return eraNumber(first) + DASH + lang.year(last, false);
    }

    /** The year as counted in its own era: ISO year 0 is 1 BC. */
    private static String eraNumber(int year) {
        return String.valueOf(year <= 0 ? 1L - year : year);
    }

    private static boolean mixedEras(EdtfPoint start, EdtfPoint end) {
        return (start.year() <= 0) != (end.year() <= 0);
    }

    private static String dateOnly(EdtfPoint point, Lang lang) {
        return lang.day(point.day()) + " " + lang.month(point.month()) + " " + lang.year(point.year(), false);
    }

    private static boolean sameDayAndOffset(EdtfPoint start, EdtfPoint end) {
        return start.time() != null && end.time() != null
                && start.year() == end.year() && start.month() == end.month() && start.day() == end.day()
                && offsetNote(start).equals(offsetNote(end));
    }

    /** Seconds only when they say something: "14:30:00" reads "14:30". */
    private static String clock(EdtfPoint point) {
        int second = point.time().getSecond();
        String text = String.format(Locale.ROOT, "%02d:%02d", point.time().getHour(), point.time().getMinute());
        return second != 0 ? text + String.format(Locale.ROOT, ":%02d", second) : text;
    }

    private static String offsetNote(EdtfPoint point) {
        if (point.offset() == null || point.offset().getTotalSeconds() == 0) {
            return "";
        }
        return " (UTC" + EdtfPoint.offsetText(point.offset()) + ")";
    }

    /** What a phrase names decides the French article and preposition: "le 25 mai", "en mai", "les années 2010". */
    private enum Kind {
        DAY,
        MONTH,
        YEAR,
        DECADE,
        TIME
    }

    private record Phrase(String text, Kind kind) {
    }

    private record Split(Phrase head, Phrase tail, boolean tight) {
    }

    private enum Lang {
        FRENCH(new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"},
                " av. J.-C.", " apr. J.-C.", "approximatif", "incertain",
                "jour précis", "minute précise", "seconde précise", "mois", "année", "décennie", "siècle",
                "millénaire", "jour non précisé", "mois non précisé", "année non précisée",
                "jour non précisé dans l’intervalle"),
        ENGLISH(new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"},
                " BC", " AD", "approximate", "uncertain",
                "exact day", "exact minute", "exact second", "month", "year", "decade", "century",
                "millennium", "day not given", "month not given", "year not given",
                "day not given within the range");

        private final String[] months;
        private final String beforeChrist;
        private final String annoDomini;
        final String approximate;
        final String uncertain;
        final String exactDay;
        final String exactMinute;
        final String exactSecond;
        final String monthWord;
        final String yearWord;
        final String decadeWord;
        final String centuryWord;
        final String millenniumWord;
        final String dayNotGiven;
        final String monthNotGiven;
        final String yearNotGiven;
        final String dayWithinRange;

        Lang(String[] months, String beforeChrist, String annoDomini, String approximate, String uncertain,
                String exactDay, String exactMinute, String exactSecond,
                String monthWord, String yearWord, String decadeWord, String centuryWord, String millenniumWord,
                String dayNotGiven, String monthNotGiven, String yearNotGiven, String dayWithinRange) {
            this.months = months;
            this.beforeChrist = beforeChrist;
            this.annoDomini = annoDomini;
            this.approximate = approximate;
            this.uncertain = uncertain;
            this.exactDay = exactDay;
            this.exactMinute = exactMinute;
            this.exactSecond = exactSecond;
            this.monthWord = monthWord;
            this.yearWord = yearWord;
            this.decadeWord = decadeWord;
            this.centuryWord = centuryWord;
            this.millenniumWord = millenniumWord;
            this.dayNotGiven = dayNotGiven;
            this.monthNotGiven = monthNotGiven;
            this.yearNotGiven = yearNotGiven;
            this.dayWithinRange = dayWithinRange;
        }

        static Lang of(Locale locale) {
            return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? FRENCH : ENGLISH;
        }

        String month(int month) {
            return months[month - 1];
        }

        /** For one unknown value of a range: which unit of it is not known. */
        String notKnown(EdtfDate.Precision precision) {
            boolean french = this == FRENCH;
            return switch (precision) {
                case YEAR -> french ? "année non précisée" : "year not known";
                case MONTH -> french ? "mois non précisé" : "month not known";
                case DAY -> french ? "jour non précisé" : "day not known";
                case MINUTE, SECOND -> french ? "heure non précisée" : "time not known";
            };
        }

        String day(int day) {
            return this == FRENCH && day == 1 ? "1er" : String.valueOf(day);
        }

        /** The era is named for BC years, and for AD years only when the other end is BC. */
        String year(int year, boolean markAnnoDomini) {
            if (year <= 0) {
                return eraNumber(year) + beforeChrist;
            }
            return markAnnoDomini ? year + annoDomini : String.valueOf(year);
        }

        String decade(int firstYear) {
            return this == FRENCH ? "années " + firstYear : firstYear + "s";
        }

        String suffix(EdtfPoint.Qualifier qualifier) {
            return switch (qualifier) {
                case NONE -> "";
                case APPROXIMATE -> " (" + approximate + ")";
                case UNCERTAIN -> " (" + uncertain + ")";
                case UNCERTAIN_AND_APPROXIMATE -> " (" + approximate + ", " + uncertain + ")";
            };
        }

        /** The phrase as it stands after a word such as "vers", "depuis", "entre": "le 25 mai", "the 2010s". */
        private String withArticle(Phrase phrase) {
            if (this == ENGLISH) {
                return phrase.kind() == Kind.DECADE ? "the " + phrase.text() : phrase.text();
            }
            return switch (phrase.kind()) {
                case DAY -> "le " + phrase.text();
                case DECADE -> "les " + phrase.text();
                default -> phrase.text();
            };
        }

        String circa(Phrase phrase) {
            return (this == FRENCH ? "vers " : "circa ") + withArticle(phrase);
        }

        /** From a date on which the end is unknown. */
        String from(Phrase phrase) {
            if (this == ENGLISH) {
                return "from " + withArticle(phrase);
            }
            return switch (phrase.kind()) {
                case DAY -> "à partir du " + phrase.text();
                case DECADE -> "à partir des " + phrase.text();
                default -> startsWithVowel(phrase.text())
                        ? "à partir d’" + phrase.text()
                        : "à partir de " + phrase.text();
            };
        }

        /** From a date on, with no end: still going. */
        String since(Phrase phrase) {
            return (this == FRENCH ? "depuis " : "since ") + withArticle(phrase);
        }

        String until(Phrase phrase) {
            if (this == ENGLISH) {
                return "until " + withArticle(phrase);
            }
            return switch (phrase.kind()) {
                case DAY -> "jusqu’au " + phrase.text();
                case DECADE -> "jusqu’aux " + phrase.text();
                default -> "jusqu’en " + phrase.text();
            };
        }

        /** One day, on or before the date. */
        String by(Phrase phrase) {
            if (this == ENGLISH) {
                return "by " + withArticle(phrase);
            }
            return switch (phrase.kind()) {
                case DAY -> "au plus tard le " + phrase.text();
                case DECADE -> "au plus tard dans les " + phrase.text();
                default -> "au plus tard en " + phrase.text();
            };
        }

        /** One day, on or after the date. */
        String fromOn(Phrase phrase) {
            return this == FRENCH ? from(phrase) : "from " + withArticle(phrase) + " on";
        }

        String between(Phrase first, Phrase last) {
            return this == FRENCH
                    ? "entre " + withArticle(first) + " et " + withArticle(last)
                    : "between " + withArticle(first) + " and " + withArticle(last);
        }

        private static boolean startsWithVowel(String text) {
            return !text.isEmpty() && "aeiouyàâéèêëîïôûù".indexOf(Character.toLowerCase(text.charAt(0))) >= 0;
        }
    }
}
