package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.articles.ArticleException;
import org.sourceline.model.NewArticle;

class ArticleImportTest {
    @TempDir
    Path dir;

    @Test
    void anAddressIsKeptOnlyIfASourceMayKeepIt() {
        assertThat(ArticleImport.address("https://fr.le360.ma/societe/a")).isEqualTo("https://fr.le360.ma/societe/a");
        assertThat(ArticleImport.address("http://exa mple.com/")).isNull();
        assertThat(ArticleImport.address("ftp://example.com/a")).isNull();
        assertThat(ArticleImport.address("https://user:pw@example.com/x")).as("no credentials kept").isNull();
        assertThat(ArticleImport.address(null)).isNull();
    }

    @Test
    void aWebPageGivesItsBodyAsTheWholeTextAndATextFileItsLinesWithText() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "\n\nLe ministre a reçu son homologue à Doha.\n\n"
                + "Les deux pays ont signé un accord.\n\n");
        NewArticle read = ArticleImport.read(text);
        assertThat(read.body()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(3);
            assertThat(r.to()).isEqualTo(5);
        });
        assertThat(read.article().body())
                .isEqualTo("Le ministre a reçu son homologue à Doha.\n\nLes deux pays ont signé un accord.");
        assertThat(read.language()).as("too few words to tell").isNull();
        assertThat(read.original().bytes()).isEqualTo(Files.readAllBytes(text));
    }

    @Test
    void aPageTheReaderCannotFinishIsGivenUpAndSaidSo() throws Exception {
        Path page = Files.writeString(dir.resolve("piege.html"), "<html><body><p>Un paragraphe.</p></body></html>");
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        org.sourceline.articles.ArticleReader stuck = new org.sourceline.articles.ArticleReader(document -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return java.util.Optional.empty();
        });
        ArticleException refused = catchThrowableOfType(ArticleException.class,
                () -> ArticleImport.read(page, stuck, java.time.Duration.ofMillis(300)));
        assertThat(refused.reason()).isEqualTo(ArticleException.Reason.TOO_SLOW);
        assertThat(refused.getMessage()).startsWith(page + ": reading it took over");
    }

    @Test
    void aTextTooLongToBeAnArticleIsRefused() throws Exception {
        Path long_ = dir.resolve("dump.txt");
        Files.writeString(long_, ("Une ligne de journal parmi tant d’autres.\n").repeat(60_000));
        ArticleException refused = catchThrowableOfType(ArticleException.class, () -> ArticleImport.read(long_));
        assertThat(refused.reason()).isEqualTo(ArticleException.Reason.TOO_LARGE);
        assertThat(refused.getMessage()).contains("too long to be one article");
    }
}
