package org.sourceline.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.articles.ArticleException.Reason;
import org.sourceline.articles.ReadArticle.Kind;

/** Reading from a path: only a regular file of a sensible size, and a message that names it. */
class ArticleFilesTest {
    @TempDir
    Path folder;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void aSavedPageIsReadWholeAndKeptByteForByte() throws Exception {
        byte[] bytes = WebPageArticlesTest.resource("le360-renfort.html");
        Path file = Files.write(folder.resolve("le360.html"), bytes);

        ReadArticle article = reader.read(file);

        assertThat(article.original()).isEqualTo(bytes);
        assertThat(article.fileName()).isEqualTo("le360.html");
        assertThat(article.kind()).isEqualTo(Kind.HTML);
    }

    @Test
    void aTextFileIsReadByItsPath() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "Une ligne.\nUne autre.\n");

        ReadArticle article = reader.read(file);

        assertThat(article.paragraphs()).containsExactly("Une ligne.", "Une autre.");
        assertThat(article.fileName()).isEqualTo("notes.txt");
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = folder.resolve("absent.html");

        assertRefused(missing, Reason.NOT_FOUND, missing + ": there is no such file");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("articles.html"));

        assertRefused(sub, Reason.NOT_A_FILE, sub + ": this is a folder, not a file");
    }

    @Test
    void aSymbolicLinkIsRefusedNotFollowed() throws Exception {
        Path target = Files.writeString(folder.resolve("vrai.txt"), "Texte.");
        Path link = Files.createSymbolicLink(folder.resolve("lien.txt"), target);

        assertRefused(link, Reason.NOT_A_FILE, link + ": this is a symbolic link; choose the file it points to");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(folder.resolve("vide.txt"));

        assertRefused(empty, Reason.EMPTY, empty + ": the file is empty");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path large = folder.resolve("énorme.txt");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(ArticleReader.MAX_BYTES + 1); // sparse: nothing is written
        }

        assertRefused(large, Reason.TOO_LARGE,
                large + ": the file is too large to be an article (50.0 MB; at most 50 MB are read)");
    }

    @Test
    void aFileOfExactlyFiftyMegabytesIsNotTooLarge() throws Exception {
        Path large = folder.resolve("limite.txt");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.write("Une ligne.\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(ArticleReader.MAX_BYTES); // the rest are NUL bytes
        }

        // It is read, and then refused for what it holds, not for its size.
        assertRefused(large, Reason.BINARY, large + ": the file holds binary data");
    }

    private void assertRefused(Path file, Reason reason, String message) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ArticleException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.where()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(message);
        });
    }
}
