package org.sourceline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small timeline written line by line into a folder, with one article beside it, so that tests know the line
 * and column of every value.
 */
final class TimelineFixture {
    static final String ARTICLE = String.join("\n",
            "Titre de la page",
            "",
            "Le 25 mai 2022, le directeur a été reçu à Doha par le ministre.",
            "",
            "Il a visité le centre de commandement de l’équipe.",
            "",
            "Commentaires des lecteurs",
            "",
            "Bravo pour cet article !",
            "");

    static final String SOURCE = "{\"id\": \"src-a\", \"file\": \"a.txt\", \"title\": \"Une rencontre\","
            + " \"published\": \"2022-05-26\", \"language\": \"fr\", \"body_lines\": [[3, 5]]}";
    static final String ACTOR = "{\"id\": \"directeur\", \"name\": \"Le directeur\", \"aliases\": []}";
    static final String PLACE = "{\"id\": \"doha\", \"name\": \"Doha\", \"country\": \"Qatar\"}";

    private final List<String> sources = new ArrayList<>(List.of(SOURCE));
    private final List<String> events = new ArrayList<>();
    private final List<String> eras = new ArrayList<>();

    static String event(String id, String date, String quote) {
        return "{\"id\": \"" + id + "\", \"title\": \"Rencontre " + id + "\", \"summary\": \"Une rencontre.\","
                + " \"date\": \"" + date + "\", \"category\": \"meeting\", \"actors\": [\"directeur\"],"
                + " \"places\": [\"doha\"], \"tags\": [],"
                + " \"citations\": [{\"source\": \"src-a\", \"quote\": \"" + quote + "\"}]}";
    }

    static String goodEvent(String id) {
        return event(id, "2022-05-25", "le directeur a été reçu à Doha");
    }

    TimelineFixture withEvent(String json) {
        events.add(json);
        return this;
    }

    TimelineFixture withEra(String json) {
        eras.add(json);
        return this;
    }

    TimelineFixture withSource(String json) {
        sources.add(json);
        return this;
    }

    /** The lines of the file: one value per line, so an event's line is 9 + its index (1-based lines). */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("{");
        lines.add("  \"format\": \"sourceline\",");
        lines.add("  \"version\": 1,");
        lines.add("  \"title\": \"Essai\",");
        lines.add("  \"sources\": [");
        for (int i = 0; i < sources.size(); i++) {
            lines.add("    " + sources.get(i) + (i < sources.size() - 1 ? "," : ""));
        }
        lines.add("  ],");
        lines.add("  \"actors\": [" + ACTOR + "],");
        lines.add("  \"places\": [" + PLACE + "],");
        lines.add("  \"events\": [");
        for (int i = 0; i < events.size(); i++) {
            lines.add("    " + events.get(i) + (i < events.size() - 1 ? "," : ""));
        }
        if (eras.isEmpty()) {
            lines.add("  ]");
        } else {
            lines.add("  ],");
            lines.add("  \"eras\": [");
            for (int i = 0; i < eras.size(); i++) {
                lines.add("    " + eras.get(i) + (i < eras.size() - 1 ? "," : ""));
            }
            lines.add("  ]");
        }
        lines.add("}");
        return lines;
    }

    Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path file = dir.resolve("timeline.json");
        Files.writeString(file, String.join("\n", lines()) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** 1-based line of the first line containing {@code marker}. */
    int lineOf(String marker) {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + marker);
    }

    /** 1-based column of {@code marker} on its line. */
    int columnOf(String marker) {
        return lines().get(lineOf(marker) - 1).indexOf(marker) + 1;
    }
}
