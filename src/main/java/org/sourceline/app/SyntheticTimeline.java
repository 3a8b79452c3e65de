package org.sourceline.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.store.BulkWriter;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/**
 * A realistic synthetic store for measuring: events over ten years in six categories, with day, month and interval
 * dates, dense bursts of hundreds of events on one day, one source with article text for every twenty events, and
 * one to three verbatim citations per event. The same seed always gives the same store.
 */
public final class SyntheticTimeline {
    static final String[] CATEGORIES = {"meeting", "visit", "agreement", "training", "statement", "exhibition"};
    private static final String[] WORDS = ("sécurité coopération ministre délégation accord formation réunion visite"
            + " directeur gouvernement frontière police renseignement sommet conférence experts terrorisme"
            + " cybersécurité protocole partenariat mission stade compétition organisation mesures dispositif"
            + " surveillance centre opérations commandement autorités responsables échanges relations bilatérales"
            + " programme signature convention rapport enquête déclaration communiqué presse capitale région"
            + " représentants services unités spéciales équipes coordination stratégie plan exercice logistique"
            + " agence nationale internationale régionale conseil comité assemblée commission bureau direction")
            .split(" ");
    private static final String[] VERBS = {"reçoit", "rencontre", "signe", "annonce", "inaugure", "visite", "accueille",
        "présente", "dirige", "conclut"};
    private static final String[] CITIES = {"Rabat", "Doha", "Paris", "Madrid", "Tunis", "Alger", "Le Caire", "Amman",
        "Riyad", "Abou Dabi", "Koweït", "Mascate", "Beyrouth", "Dakar", "Bamako", "Niamey", "Lyon", "Bruxelles",
        "Genève", "Rome"};
    private static final long START = LocalDate.of(2015, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - START);
    private static final int ACTORS = 300;

    private final long seed;
    private final int sourceCount;
    private final int[][] sentenceStarts;

    private SyntheticTimeline(long seed, int events) {
        this.seed = seed;
        this.sourceCount = Math.max(1, events / 20);
        this.sentenceStarts = new int[sourceCount][];
    }

    /** Fills an empty store with {@code events} synthetic events. */
    public static void generate(Store store, int events, long seed) throws StoreException {
        new SyntheticTimeline(seed, events).write(store, events);
    }

    private SplittableRandom random(long a, long b) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (a * 0xC2B2AE3D27D4EB4FL + b));
    }

    private String sentence(int source, int index) {
        SplittableRandom r = random(source, index);
        int words = 8 + r.nextInt(16);
        StringBuilder s = new StringBuilder();
        s.append(cap(WORDS[r.nextInt(WORDS.length)]));
        for (int i = 1; i < words; i++) {
            s.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        // Index and source make every sentence unique, so a quote points at one place in one article.
        return s.append(" (").append(source).append('.').append(index).append(").").toString();
    }

    /** prefix + zero-padded number; String.format is far too slow for a million ids. */
    static String id(String prefix, int n, int digits) {
        String number = Integer.toString(n);
        StringBuilder s = new StringBuilder(prefix.length() + Math.max(digits, number.length())).append(prefix);
        for (int i = number.length(); i < digits; i++) {
            s.append('0');
        }
        return s.append(number).toString();
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void write(Store store, int events) throws StoreException {
        try (BulkWriter bulk = store.bulkWriterForNewStore()) {
            for (int k = 0; k < sourceCount; k++) {
                SplittableRandom r = random(-1, k);
                int sentences = 12 + r.nextInt(12);
                int[] starts = new int[sentences];
                StringBuilder body = new StringBuilder();
                for (int j = 0; j < sentences; j++) {
                    if (j > 0) {
                        body.append(j % 4 == 0 ? "\n\n" : " ");
                    }
                    starts[j] = body.length();
                    body.append(sentence(k, j));
                }
                sentenceStarts[k] = starts;
                String raw = "Article " + k + "\n\n" + body + "\n";
                LocalDate published = LocalDate.ofEpochDay(START + r.nextInt(DAYS));
                Source source = new Source(id("src-", k, 6), "article-" + k + ".txt",
                        "Article de presse numéro " + k, "Journal " + (k % 40), null,
                        EdtfDate.parse(published.toString()), "fr", null,
                        List.of(new LineRange(3, 3 + body.toString().split("\n", -1).length - 1)), null);
                bulk.source(source, new Article(raw, body.toString()));
            }
            for (int a = 0; a < ACTORS; a++) {
                bulk.actor(new Actor(id("actor-", a, 3), "Responsable " + a, List.of(), null));
            }
            for (int p = 0; p < CITIES.length; p++) {
                bulk.place(new Place("place-" + p, CITIES[p], null));
            }
            SplittableRandom r = random(-2, 0);
            int burstLeft = 0;
            int burstDay = 0;
            for (int i = 0; i < events; i++) {
                int day;
                if (burstLeft > 0) {
                    burstLeft--;
                    day = burstDay;
                } else {
                    day = r.nextInt(DAYS);
                    if (r.nextInt(500) == 0) {
                        burstLeft = 100 + r.nextInt(300);
                        burstDay = day;
                    }
                }
                writeEvent(bulk, i, day, r);
            }
            bulk.commit();
        }
    }

    private void writeEvent(BulkWriter bulk, int i, int day, SplittableRandom r) throws StoreException {
        LocalDate date = LocalDate.ofEpochDay(START + day);
        int kind = r.nextInt(100);
        String edtf;
        if (kind < 65) {
            edtf = date.toString();
        } else if (kind < 85) {
            edtf = date.toString().substring(0, 7);
        } else {
            edtf = date + "/" + date.plusDays(1 + r.nextInt(14));
        }
        String actor = id("actor-", r.nextInt(ACTORS), 3);
        int city = r.nextInt(CITIES.length);
        String title = "Responsable " + actor.substring(6).replaceFirst("^0+(?=.)", "") + " "
                + VERBS[r.nextInt(VERBS.length)] + " une " + WORDS[r.nextInt(WORDS.length)] + " à " + CITIES[city];
        StringBuilder summary = new StringBuilder(title).append('.');
        int more = 2 + r.nextInt(5);
        for (int w = 0; w < more * 6; w++) {
            summary.append(w % 6 == 0 ? ". " + cap(WORDS[r.nextInt(WORDS.length)]) : " " + WORDS[r.nextInt(WORDS.length)]);
        }
        summary.append('.');
        int citations = 1 + r.nextInt(3);
        List<Citation> cited = new ArrayList<>();
        int[] starts = new int[citations];
        StringBuilder searchable = new StringBuilder(summary).append(" Responsable ").append(actor.substring(6))
                .append(' ').append(CITIES[city]);
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (int c = 0; c < citations; c++) {
            int source = r.nextInt(sourceCount);
            int sentence = r.nextInt(sentenceStarts[source].length);
            if (!used.add((long) source << 32 | sentence)) {
                // The same passage twice is not two citations (the format refuses it): cite it once.
                starts = java.util.Arrays.copyOf(starts, cited.size());
                break;
            }
            String quote = sentence(source, sentence);
            cited.add(new Citation(id("src-", source, 6), quote));
            starts[c] = sentenceStarts[source][sentence];
            searchable.append(' ').append(quote);
        }
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        Event event = new Event(id("ev-", i, 7), title, null, summary.toString(),
                EdtfDate.parse(edtf), null, category, List.of(actor), List.of("place-" + city), List.of(), cited, null);
        bulk.event(event, starts, searchable.toString());
    }
}
