package org.sourceline.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.sourceline.articles.ArticleException.Reason;
import org.sourceline.articles.ReadArticle.Kind;

/** PDFs made here with PDFBox: text page by page, and the PDFs that cannot give any. */
class PdfArticlesTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void twoPagesGiveTheirParagraphsAndWhereEachPageStarts() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            TestPdfs.page(document,
                    List.of("Le Maroc apporte son exper-", "tise au Qatar pour la Coupe du monde."),
                    List.of("Une équipe d’experts en cybersécurité", "renforcera le centre de commandement."),
                    List.of("Cette expertise est reconnue."));
            TestPdfs.page(document,
                    List.of("Le porte-", "parole a confirmé la visite."),
                    List.of("Fin de l’article."));
        });

        ReadArticle article = reader.read(pdf, "renfort.pdf");

        assertThat(article.kind()).isEqualTo(Kind.PDF);
        assertThat(article.mediaType()).isEqualTo("application/pdf");
        assertThat(article.paragraphs()).containsExactly(
                // "exper-" "tise" is one word cut at the line end: "expertise" is written elsewhere.
                "Le Maroc apporte son expertise au Qatar pour la Coupe du monde.",
                "Une équipe d’experts en cybersécurité renforcera le centre de commandement.",
                "Cette expertise est reconnue.",
                // "porteparole" is written nowhere: the hyphen may be the word's own, so it stays.
                "Le porte-parole a confirmé la visite.",
                "Fin de l’article.");
        assertThat(article.pageStarts()).containsExactly(0, 3);
        assertThat(article.pageOf(0)).isEqualTo(1);
        assertThat(article.pageOf(2)).isEqualTo(1);
        assertThat(article.pageOf(3)).isEqualTo(2);
        assertThat(article.pageOf(4)).isEqualTo(2);
        assertThat(article.original()).isEqualTo(pdf);
        assertThat(article.lines()).isEmpty();
        assertThat(article.paragraphLines()).isEmpty();
    }

    @Test
    void aPageWithoutTextStartsWhereTheNextPageStarts() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            TestPdfs.page(document, List.of("Première page."));
            document.addPage(new PDPage());
            TestPdfs.page(document, List.of("Troisième page."));
        });

        ReadArticle article = reader.read(pdf, "trois.pdf");

        assertThat(article.paragraphs()).containsExactly("Première page.", "Troisième page.");
        assertThat(article.pageStarts()).containsExactly(0, 1, 1);
        assertThat(article.pageOf(1)).isEqualTo(3);
    }

    @Test
    void theDocumentInformationIsTheMetadata() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Sécurité du Mondial 2022");
            info.setAuthor("Aïda Benali;Marc Durand");
            info.setSubject("La coopération entre le Maroc et le Qatar.");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+01:00"));
            created.clear();
            created.set(2022, Calendar.MAY, 27, 17, 53, 0);
            info.setCreationDate(created);
            document.getDocumentCatalog().setLanguage("fr-FR");
            TestPdfs.page(document, List.of("Texte."));
        });

        ArticleMetadata metadata = reader.read(pdf, "mondial.pdf").metadata();

        assertThat(metadata.title()).isEqualTo("Sécurité du Mondial 2022");
        assertThat(metadata.authors()).containsExactly("Aïda Benali", "Marc Durand");
        assertThat(metadata.published()).isEqualTo("2022-05-27T17:53:00+01:00");
        assertThat(metadata.publishedEdtf()).as("the day the file was made: perhaps, not surely, the publication's")
                .isEqualTo("2022-05-27?");
        assertThat(metadata.language()).isEqualTo("fr-FR");
        assertThat(metadata.description()).isEqualTo("La coopération entre le Maroc et le Qatar.");
        assertThat(metadata.siteName()).isNull();
        assertThat(metadata.canonicalUrl()).isNull();
    }

    @Test
    void aTitleThatIsOnlyTheWordProcessorsFileNameIsNoTitle() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            document.getDocumentInformation().setTitle("Microsoft Word - brouillon final.docx");
            TestPdfs.page(document, List.of("Texte."));
        });

        assertThat(reader.read(pdf, "brouillon.pdf").metadata().title()).isNull();
    }

    @Test
    void aScanWithOnlyAnImageIsRefused() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            scan.setRGB(10, 10, 0xFFFFFF);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 50, 400, 400);
            }
        });

        assertRefused(pdf, "scan.pdf", Reason.NO_TEXT, "scan.pdf: no page of the PDF holds text");
    }

    @Test
    void aPdfOfEmptyPagesIsRefused() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
        });

        assertRefused(pdf, "vide.pdf", Reason.NO_TEXT, "vide.pdf: no page of the PDF holds text");
    }

    @Test
    void aPdfLockedByAPasswordIsRefused() throws Exception {
        byte[] pdf = TestPdfs.pdf(document -> {
            TestPdfs.page(document, List.of("Secret."));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });

        assertRefused(pdf, "secret.pdf", Reason.ENCRYPTED, "secret.pdf: the PDF is protected by a password");
    }

    @Test
    void aDamagedPdfIsRefused() throws Exception {
        byte[] whole = TestPdfs.pdf(document -> TestPdfs.page(document, List.of("Texte.")));
        byte[] damaged = Arrays.copyOf(whole, 20);

        assertRefused(damaged, "coupé.pdf", Reason.DAMAGED, "coupé.pdf: the PDF is damaged");
    }

    private void assertRefused(byte[] pdf, String name, Reason reason, String messageStart) {
        assertThatThrownBy(() -> reader.read(pdf, name)).isInstanceOfSatisfying(ArticleException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith(messageStart);
        });
    }
}
