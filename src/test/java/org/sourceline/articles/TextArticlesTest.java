package org.sourceline.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sourceline.articles.ArticleException.Reason;
import org.sourceline.articles.ReadArticle.Kind;

/** Plain text: every line kept, its encoding told or refused. */
class TextArticlesTest {
    private static final String FRENCH = "L’été à Paris, ça coûte « cher » — 12 € le café.";

    private final ArticleReader reader = new ArticleReader();

    @Test
    void everyVisibleLineIsAParagraphAndTheLinesAreKeptForTheBodyToBeMarked() throws Exception {
        String text = "Titre de l’article\n\nPremier  paragraphe.\r\n \t\nSecond\tparagraphe, « cité ».  \nÀ lire aussi : rien";

        ReadArticle article = reader.read(text.getBytes(StandardCharsets.UTF_8), "article.txt");

        assertThat(article.kind()).isEqualTo(Kind.TEXT);
        assertThat(article.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        // Nothing is dropped from a text file, not even what looks like furniture: the person marks the body.
        assertThat(article.paragraphs()).containsExactly("Titre de l’article", "Premier paragraphe.",
                "Second paragraphe, « cité ».", "À lire aussi : rien");
        assertThat(article.lines()).containsExactly("Titre de l’article", "", "Premier  paragraphe.", " \t",
                "Second\tparagraphe, « cité ».  ", "À lire aussi : rien");
        assertThat(article.paragraphLines()).containsExactly(1, 3, 5, 6);
        assertThat(article.metadata()).isEqualTo(ArticleMetadata.NONE);
        assertThat(article.pageStarts()).isEmpty();
        assertThat(article.fileName()).isEqualTo("article.txt");
    }

    @Test
    void noBreakSpacesInsideAParagraphStayAsTheyAre() throws Exception {
        String text = "Il a dit\u00A0: «\u202FNon\u202F»\u00A0!";

        ReadArticle article = reader.read(text.getBytes(StandardCharsets.UTF_8), "citation.txt");

        assertThat(article.paragraphs()).containsExactly(text);
    }

    @Test
    void aUtf8ByteOrderMarkIsReadAndNotPartOfTheText() throws Exception {
        byte[] bytes = withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH, StandardCharsets.UTF_8);

        ReadArticle article = reader.read(bytes, "bom.txt");

        assertThat(article.paragraphs()).containsExactly(FRENCH);
        assertThat(article.lines()).containsExactly(FRENCH);
        assertThat(article.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(article.original()).isEqualTo(bytes); // the mark is kept in the original
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        ReadArticle little = reader.read(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH,
                StandardCharsets.UTF_16LE), "le.txt");
        ReadArticle big = reader.read(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH,
                StandardCharsets.UTF_16BE), "be.txt");

        assertThat(little.paragraphs()).containsExactly(FRENCH);
        assertThat(little.mediaType()).isEqualTo("text/plain; charset=UTF-16LE");
        assertThat(big.paragraphs()).containsExactly(FRENCH);
        assertThat(big.mediaType()).isEqualTo("text/plain; charset=UTF-16BE");
    }

    @Test
    void utf16WithoutAMarkIsRefusedWithAHint() {
        assertRefused(FRENCH.getBytes(StandardCharsets.UTF_16LE), "sans-marque.txt", Reason.BAD_ENCODING,
                "sans-marque.txt: the text looks like UTF-16 without a byte-order mark; save it as UTF-8");
    }

    @Test
    void frenchTextSavedAsWindows1252IsToldAndDecoded() throws Exception {
        byte[] bytes = (FRENCH + "\r\nDeuxième ligne : œuvre, ’apostrophe’…").getBytes(TextBytes.WINDOWS_1252);

        ReadArticle article = reader.read(bytes, "ancien.txt");

        assertThat(article.mediaType()).isEqualTo("text/plain; charset=windows-1252");
        assertThat(article.paragraphs()).containsExactly(FRENCH, "Deuxième ligne : œuvre, ’apostrophe’…");
    }

    @Test
    void frenchTextSavedAsLatin1IsToldAndDecoded() throws Exception {
        String text = "Le café coûte cher à Paris, même en été ; « dit-il ».";

        ReadArticle article = reader.read(text.getBytes(StandardCharsets.ISO_8859_1), "latin1.txt");

        // windows-1252 is a superset of ISO-8859-1 for every printable character.
        assertThat(article.paragraphs()).containsExactly(text);
        assertThat(article.mediaType()).isEqualTo("text/plain; charset=windows-1252");
    }

    @Test
    void textInAnotherEightBitEncodingIsRefusedRatherThanGarbled() {
        byte[] russian = "Привет, мир. Это статья о безопасности.".getBytes(Charset.forName("windows-1251"));

        assertRefused(russian, "ru.txt", Reason.BAD_ENCODING,
                "ru.txt: the text is not UTF-8 and its encoding cannot be told; save it as UTF-8");
    }

    @Test
    void utf8WithADamagedByteIsRefusedRatherThanReadAsWindows1252() {
        byte[] good = "Café, thé, été : le menu.".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(good, good.length + 1);
        damaged[good.length] = (byte) 0xE9; // a lone é in windows-1252

        assertRefused(damaged, "abime.txt", Reason.BAD_ENCODING, "abime.txt: the text is not UTF-8");
    }

    @Test
    void binaryBytesAreRefused() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        assertRefused(binary, "data.txt", Reason.BINARY, "data.txt: the file holds binary data");
    }

    @Test
    void controlCharactersAreRefused() {
        byte[] bytes = "texte\u0001\u0002\u0003\u0004 avec des caractères de contrôle".getBytes(StandardCharsets.UTF_8);

        assertRefused(bytes, "ctrl.txt", Reason.BINARY, "ctrl.txt: the file holds control characters");
    }

    @Test
    void aKnownBinaryFormatIsNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        assertRefused(png, "photo.txt", Reason.BINARY, "photo.txt: this is a PNG image, not an article");
        assertRefused(zip, "doc.html", Reason.BINARY, "doc.html: this is a ZIP archive");
    }

    @Test
    void nothingOrOnlyWhiteSpaceIsRefused() {
        assertRefused(new byte[0], "vide.txt", Reason.EMPTY, "vide.txt: the file is empty");
        assertRefused(" \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII), "blanc.txt", Reason.EMPTY,
                "blanc.txt: the text holds only white space");
    }

    private void assertRefused(byte[] bytes, String name, Reason reason, String messageStart) {
        assertThatThrownBy(() -> reader.read(bytes, name)).isInstanceOfSatisfying(ArticleException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.where()).isEqualTo(name);
            assertThat(e.getMessage()).startsWith(messageStart);
        });
    }

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return bytes;
    }
}
