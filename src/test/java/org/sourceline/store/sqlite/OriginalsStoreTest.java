package org.sourceline.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.io.TimelineReader;
import org.sourceline.io.TimelineWriter;
import org.sourceline.model.LoadedTimeline;
import org.sourceline.model.Original;
import org.sourceline.model.SearchQuery;
import org.sourceline.store.ImportOptions;
import org.sourceline.store.StoreException;

/** From schema version 8 a source keeps the file its article was read from, byte for byte, through every path. */
class OriginalsStoreTest {
    @TempDir
    Path dir;

    /** Every byte value, twice, as no text decoder would leave them: what is kept must be exactly what was read. */
    static Original pdf() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return new Original("article.pdf", "application/pdf", bytes, List.of(1, 3));
    }

    static LoadedTimeline withOriginal(Original original) {
        LoadedTimeline t = StoreTest.sample("e0", "e1");
        return new LoadedTimeline(t.dataset(), t.articles(), Map.of("src-a", original));
    }

    @Test
    void anImportedOriginalIsKeptByteForByteAndReadBackWithItsPages() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withOriginal(pdf()), false);
            Original kept = store.sourceDocument("src-a").orElseThrow().original();
            assertThat(kept).isEqualTo(pdf());
            assertThat(kept.bytes()).isEqualTo(pdf().bytes());
            assertThat(kept.pageOfLine(2)).isEqualTo(1);
            assertThat(kept.pageOfLine(3)).isEqualTo(2);
            assertThat(store.load().originals()).containsOnlyKeys("src-a");
        }
    }

    @Test
    void aQuoteSaysWhichPageOfItsOriginalItStandsOn() throws Exception {
        // The sample's body is lines 3 ("Le ministre a reçu…") and 5 ("Autre paragraphe sur la cybersécurité.");
        // its second page starts at line 5.
        Original paged = new Original("a.pdf", "application/pdf", pdf().bytes(), List.of(1, 5));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withOriginal(paged), false);
            assertThat(store.passagesOf("e0")).singleElement().satisfies(p -> assertThat(p.page()).isEqualTo(1));
            assertThat(store.passagesOf("e1")).singleElement().satisfies(p -> assertThat(p.page()).isEqualTo(2));
        }
        try (SqliteStore store = SqliteStore.open(dir.resolve("plain.db"))) {
            store.importTimeline(StoreTest.sample("e0", "e1"), false);
            assertThat(store.passagesOf("e1")).singleElement().satisfies(p -> assertThat(p.page()).isZero());
        }
    }

    @Test
    void anExportWritesTheOriginalBesideTheTimelineAndItsImportKeepsTheSameBytes() throws Exception {
        Path out = Files.createDirectories(dir.resolve("export")).resolve("t.json");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withOriginal(pdf()), false);
            TimelineWriter.writeFile(store.load(), out);
        }
        assertThat(Files.readAllBytes(out.resolveSibling("article.pdf"))).isEqualTo(pdf().bytes());
        assertThat(Files.readString(out)).contains("\"original\": {", "\"media_type\": \"application/pdf\"");

        LoadedTimeline read = TimelineReader.read(out);
        assertThat(read.originals()).containsEntry("src-a", pdf());
        try (SqliteStore again = SqliteStore.open(dir.resolve("again.db"))) {
            org.sourceline.app.TimelineImport.importFile(out, null, again, new ImportOptions(false, false, 0),
                    java.time.LocalDate.of(2026, 1, 1));
            assertThat(again.sourceDocument("src-a").orElseThrow().original()).isEqualTo(pdf());
            assertThat(TimelineWriter.toBytes(again.load())).isEqualTo(TimelineWriter.toBytes(read));
        }
    }

    @Test
    void aTimelineNamingAnOriginalThatIsNotThereIsRefusedWithWhereItIsNamed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("export")).resolve("t.json");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withOriginal(pdf()), false);
            TimelineWriter.writeFile(store.load(), out);
        }
        Files.delete(out.resolveSibling("article.pdf"));
        org.sourceline.io.InvalidInputException refused = catchThrowableOfType(
                org.sourceline.io.InvalidInputException.class, () -> TimelineReader.read(out));
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("original file \"article.pdf\" not found beside the timeline"));
    }

    @Test
    void anOriginalThatIsALinkToAFileElsewhereIsNotFollowed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("export")).resolve("t.json");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(withOriginal(pdf()), false);
            TimelineWriter.writeFile(store.load(), out);
        }
        Path elsewhere = Files.writeString(dir.resolve("secret.txt"), "not for the timeline");
        Files.delete(out.resolveSibling("article.pdf"));
        Files.createSymbolicLink(out.resolveSibling("article.pdf"), elsewhere);
        org.sourceline.io.InvalidInputException refused = catchThrowableOfType(
                org.sourceline.io.InvalidInputException.class, () -> TimelineReader.read(out));
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("original file \"article.pdf\" cannot be read: it is a symbolic link"));
    }

    @Test
    void anImportOfTheSameSourceWithItsOriginalAddsTheFileTheStoreLacked() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.importTimeline(StoreTest.sample("e0", "e1"), false);
            assertThat(store.sourceDocument("src-a").orElseThrow().original()).isNull();
            store.importTimeline(withOriginal(pdf()), new ImportOptions(false, false, 0));
            assertThat(store.sourceDocument("src-a").orElseThrow().original()).isEqualTo(pdf());
        }
    }

    @Test
    void aStoreOfVersionSevenIsMigratedAndThenKeepsOriginals() throws Exception {
        Path file = dir.resolve("v7.db");
        try (SqliteStore v7 = SqliteStore.open(file, 7)) {
            StoreException refused = catchThrowableOfType(StoreException.class,
                    () -> v7.importTimeline(withOriginal(pdf()), false));
            assertThat(refused).hasMessageContaining("predates kept article files");
            assertThat(v7.isEmpty()).isTrue();
            v7.importTimeline(StoreTest.sample("e0", "e1"), false);
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.userVersion()).isEqualTo(Schema.LATEST);
            assertThat(store.sourceDocument("src-a").orElseThrow().original()).isNull();
            assertThat(store.matchingEventIds(SearchQuery.of("cybersécurité"))).containsExactly("e1");
            var before = store.sourceDocument("src-a").orElseThrow();
            store.apply(new org.sourceline.model.Change.OfSource(before,
                    new org.sourceline.model.SourceDocument(before.source(), before.article(), pdf())));
            assertThat(store.sourceDocument("src-a").orElseThrow().original()).isEqualTo(pdf());
        }
    }
}
