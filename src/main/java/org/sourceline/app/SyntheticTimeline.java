package org.sourceline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Category;
import org.sourceline.model.Citation;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;
import org.sourceline.model.LineRange;
import org.sourceline.model.Place;
import org.sourceline.model.Source;
import org.sourceline.store.ImportWriter;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/**
 * A realistic synthetic store for measuring: events over ten years in six categories, with day, month and interval
 * dates, dense bursts of hundreds of events on one day, one source with article text for every twenty events, and
 * one to three verbatim citations per event. The same seed always gives the same store.
 */
public final class SyntheticTimeline {
    static final String[] CATEGORIES = {"meeting", "visit", "agreement", "training", "statement", "exhibition"};
    /** The categories described as the bundled dataset describes them, with their names and colours. */
    private static final List<Category> CATEGORY_DESCRIPTIONS = bundledCategories();

    private static List<Category> bundledCategories() {
        try {
            List<String> wanted = List.of(CATEGORIES);
            return Seeds.load().dataset().categories().stream().filter(c -> wanted.contains(c.id())).toList();
        } catch (IOException | org.sourceline.io.InvalidInputException e) {
            throw new IllegalStateException("the bundled dataset cannot be read: " + e.getMessage(), e);
        }
    }
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

    /**
     * Builds a new store file with {@code events} synthetic events. It is written under a temporary name beside
     * {@code file}, without a journal, and takes its name only once complete: an interrupted run leaves no store.
     */
    public static void create(Path file, int events, long seed) throws StoreException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            deletePart(part);
            try (Store store = Stores.open(part)) {
                generate(store, events, seed);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create the store: " + e.getMessage(), e);
        } finally {
            try {
                deletePart(part);
            } catch (IOException ignored) {
                // Only a leftover of a failed run: the next run deletes it first.
            }
        }
    }

    private static void deletePart(Path part) throws IOException {
        Stores.deleteFiles(part);
    }

    private void write(Store store, int events) throws StoreException {
        try (ImportWriter bulk = store.writerForNewStore()) {
            StoreFeed.run(out -> produce(out, events), bulk);
            bulk.commit();
        } catch (StoreException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the store's content, in the order it is written: sources, actors, places, then events. */
    private void produce(Consumer<StoreFeed.Step> out, int events) {
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
            Article article = new Article(raw, body.toString());
            out.accept(w -> w.source(source, article));
        }
        for (int a = 0; a < ACTORS; a++) {
            Actor actor = new Actor(id("actor-", a, 3), "Responsable " + a, List.of(), null);
            out.accept(w -> w.actor(actor));
        }
        for (int p = 0; p < CITIES.length; p++) {
            Place place = new Place("place-" + p, CITIES[p], List.of(), null);
            out.accept(w -> w.place(place));
        }
        for (Category category : CATEGORY_DESCRIPTIONS) {
            out.accept(w -> w.category(category));
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
            out.accept(event(i, day, r));
        }
    }

    private StoreFeed.Step event(int i, int day, SplittableRandom r) {
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
        String title = "Responsable " + Integer.parseInt(actor.substring(6)) + " "
                + VERBS[r.nextInt(VERBS.length)] + " une " + WORDS[r.nextInt(WORDS.length)] + " à " + CITIES[city];
        StringBuilder summary = new StringBuilder(title).append('.');
        int more = 2 + r.nextInt(5);
        for (int w = 0; w < more * 6; w++) {
            if (w % 6 == 0) {
                summary.append(". ").append(cap(WORDS[r.nextInt(WORDS.length)]));
            } else {
                summary.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
        }
        summary.append('.');
        int citations = 1 + r.nextInt(3);
        List<Citation> cited = new ArrayList<>(citations);
        int[] starts = new int[citations];
        long[] used = new long[citations];
        for (int c = 0; c < citations; c++) {
            int source = r.nextInt(sourceCount);
            int sentence = r.nextInt(sentenceStarts[source].length);
            long passage = (long) source << 32 | sentence;
            boolean again = false;
            for (int u = 0; u < c; u++) {
                again |= used[u] == passage;
            }
            if (again) {
                // The same passage twice is not two citations (the format refuses it): cite it once.
                starts = Arrays.copyOf(starts, cited.size());
                break;
            }
            used[c] = passage;
            cited.add(new Citation(id("src-", source, 6), sentence(source, sentence)));
            starts[c] = sentenceStarts[source][sentence];
        }
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        Event event = new Event(id("ev-", i, 7), title, null, summary.toString(),
                EdtfDate.parse(edtf), null, category, List.of(actor), List.of("place-" + city), List.of(), cited, null);
        int[] quoteStarts = starts;
        return w -> w.event(event, quoteStarts);
    }
}
