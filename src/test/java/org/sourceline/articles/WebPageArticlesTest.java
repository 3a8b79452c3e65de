package org.sourceline.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourceline.articles.ArticleException.Reason;
import org.sourceline.articles.ReadArticle.Kind;

/** Web pages saved from a browser, in the shape of real news pages: the article's body and metadata only. */
class WebPageArticlesTest {
    private final ArticleReader reader = new ArticleReader();

    @ParameterizedTest
    @ValueSource(strings = {"le360-renfort", "hespress-expertise", "lemonde-doha", "gulf-ledger-experts"})
    void theBodyIsExactlyTheArticlesParagraphs(String page) throws Exception {
        ReadArticle article = reader.read(resource(page + ".html"), page + ".html");

        assertThat(article.paragraphs()).containsExactlyElementsOf(expected(page));
        assertThat(article.kind()).isEqualTo(Kind.HTML);
        assertThat(article.mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(article.pageStarts()).isEmpty();
        assertThat(article.lines()).isEmpty();
        assertThat(article.bodyText()).isEqualTo(String.join("\n\n", expected(page)));
    }

    @Test
    void le360LosesItsNavigationRelatedLinksAdsNewsletterTagsCommentsAndFooter() throws Exception {
        ReadArticle article = read("le360-renfort");

        assertThat(article.bodyText()).doesNotContain(
                "Aller au contenu", "Politique", "cookies", "Accueil", // skip link, menu, cookie banner, breadcrumb
                "Par Hajar Kharroubi", "27/05/2022", "Facebook", "WhatsApp", // byline, date line, share bar
                "Abdellatif Hammouchi lors de sa visite", // caption and credit
                "Lire aussi", "accord de coopération sécuritaire", // related link between two paragraphs
                "Publicité", "googletag", "Newsletter", "Inscrivez-vous", "Votre e-mail",
                "DGSN Coupe du monde 2022", // tags
                "espace commentaire", "Merci Mr Hamouchi", "Un Grand Salut", // comments
                "Les plus lus", "Walid Regragui", "Tous droits réservés", "Mentions légales",
                "Texte ajouté par un script", "font-size");
        // The headline is the metadata's title, not a paragraph.
        assertThat(article.paragraphs()).doesNotContain(article.metadata().title());
    }

    @Test
    void le360Metadata() throws Exception {
        ArticleMetadata metadata = read("le360-renfort").metadata();

        assertThat(metadata.title())
                .isEqualTo("Sécurité de la Coupe du monde 2022 au Qatar: Abdellatif Hammouchi apporte son renfort");
        assertThat(metadata.authors()).containsExactly("Hajar Kharroubi");
        // JSON-LD gives the time as the page shows it, with its offset; it wins over article:published_time.
        assertThat(metadata.published()).isEqualTo("2022-05-27T17:53:00+01:00");
        assertThat(metadata.publishedEdtf()).isEqualTo("2022-05-27T17:53:00+01:00");
        assertThat(metadata.siteName()).isEqualTo("Le360");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://fr.le360.ma/societe/"
                + "securite-de-la-coupe-du-monde-2022-au-qatar-abdellatif-hammouchi-apporte-son-renfort_ABC123/");
        assertThat(metadata.language()).isEqualTo("fr");
        assertThat(metadata.description()).startsWith("En marge de sa participation au Salon international");
    }

    @Test
    void hespressLosesItsReadAlsoParagraphsTagsRelatedPostsCommentsAndSidebar() throws Exception {
        ReadArticle article = read("hespress-expertise");

        assertThat(article.bodyText()).doesNotContain(
                "Météo", "Samedi 28 mai 2022", "Ecrit par", "Partager", "Tweeter",
                "À lire", "le Maroc propose son aide", "forces spéciales", // two "À lire :" paragraphs
                "Sujets associés", "Aller plus loin", "milliers de policiers", // tags, related posts
                "commentaires", "Bravo au Maroc", "Laisser un commentaire", "Publier",
                "Newsletter", "Recevez chaque jour", "Tous droits réservés");
    }

    @Test
    void hespressMetadataComesFromAGraphOfReferences() throws Exception {
        ArticleMetadata metadata = read("hespress-expertise").metadata();

        assertThat(metadata.title()).isEqualTo("Sécurité du Mondial 2022 : le Maroc apporte son expertise au Qatar");
        // The author is an @id that the graph resolves; the article:author profile address is not a name.
        assertThat(metadata.authors()).containsExactly("S.A");
        assertThat(metadata.published()).isEqualTo("2022-05-28T17:40:00+00:00");
        assertThat(metadata.publishedEdtf()).isEqualTo("2022-05-28T17:40:00+00:00");
        assertThat(metadata.siteName()).isEqualTo("Hespress Français");
        assertThat(metadata.canonicalUrl()).isEqualTo(
                "https://fr.hespress.com/262000-securite-du-mondial-2022-le-maroc-apporte-son-expertise-au-qatar.html");
        assertThat(metadata.language()).isEqualTo("fr-FR");
    }

    @Test
    void leMondeLosesItsHeaderCaptionPaywallReactionsAndServices() throws Exception {
        ReadArticle article = read("lemonde-doha");

        assertThat(article.bodyText()).doesNotContain(
                "S’abonner", "International", "Article réservé aux abonnés",
                "Publié le 24 avril", "Temps de lecture", "Rabat, en 2022", "FADEL SENNA",
                "Lire aussi", "scellent leur coopération", "Publicité", "Il vous reste", "Réagir",
                "Ajouter à vos sélections", "Services Le Monde", "mots croisés", "CGV");
        assertThat(article.paragraphs()).doesNotContain("Afrique", "Maroc", "Le Monde"); // breadcrumb, logo
        // The standfirst is the article's own text, kept first.
        assertThat(article.paragraphs().get(0)).startsWith("Le directeur du pôle DGSN-DGST a rencontré à Doha");
        // A subheading inside the article stays, as its own paragraph.
        assertThat(article.paragraphs()).contains("Des défis communs");
    }

    @Test
    void leMondeMetadataPrefersTheFullTitleToAHeadlineCutShort() throws Exception {
        ArticleMetadata metadata = read("lemonde-doha").metadata();

        assertThat(metadata.title()).isEqualTo("Au Qatar, Abdellatif Hammouchi, le patron de la sécurité marocaine, "
                + "en visite de travail pour renforcer la coopération entre les deux pays");
        assertThat(metadata.authors()).containsExactly("Aïda Benali", "Marc Durand");
        assertThat(metadata.published()).isEqualTo("2024-04-24");
        assertThat(metadata.publishedEdtf()).isEqualTo("2024-04-24");
        assertThat(metadata.siteName()).isEqualTo("Le Monde");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://www.lemonde.fr/afrique/article/2024/04/24/"
                + "au-qatar-abdellatif-hammouchi-en-visite-de-travail_6229999_3212.html");
        assertThat(metadata.language()).isEqualTo("fr");
    }

    @Test
    void anEnglishPageLosesReadMoreRelatedAdvertSignupShareAndComments() throws Exception {
        ReadArticle article = read("gulf-ledger-experts");

        assertThat(article.bodyText()).doesNotContain(
                "We use cookies", "Business", "By Sarah", "Published May 27", "Read more",
                "security plan explained", "Advertisement", "Related", "security pact", "cyber war room",
                "Sign up", "Share this article", "Comments are closed", "All rights reserved");
    }

    @Test
    void anEnglishPageMetadataFromAJsonLdArray() throws Exception {
        ArticleMetadata metadata = read("gulf-ledger-experts").metadata();

        assertThat(metadata.title()).isEqualTo("Morocco sends cybersecurity experts to help Qatar secure the World Cup");
        assertThat(metadata.authors()).containsExactly("Sarah O'Neil"); // HTML-escaped in the JSON
        assertThat(metadata.published()).isEqualTo("2022-05-27T10:00:00.000Z");
        assertThat(metadata.publishedEdtf()).isEqualTo("2022-05-27T10:00:00Z");
        assertThat(metadata.siteName()).isEqualTo("The Gulf Ledger");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://www.gulfledger.example/world/morocco-qatar-cybersecurity-experts");
        assertThat(metadata.language()).isEqualTo("en-GB");
    }

    @Test
    void theOriginalBytesAreKept() throws Exception {
        byte[] bytes = resource("lemonde-doha.html");

        ReadArticle article = reader.read(bytes, "lemonde-doha.html");

        assertThat(article.original()).isEqualTo(bytes);
        assertThat(article.size()).isEqualTo(bytes.length);
        article.original()[0] = 'X';
        assertThat(article.original()).isEqualTo(bytes);
    }

    @Test
    void aPageWithoutAnArticleIsRefused() {
        String page = "<!DOCTYPE html><html><head><title>Accueil - Le Site</title></head><body>"
                + "<nav><ul><li><a href='/a'>Politique</a></li><li><a href='/b'>Sport</a></li></ul></nav>"
                + "<aside class='sidebar'><p>Les plus lus</p></aside>"
                + "<footer><p>© 2024 Le Site. Tous droits réservés.</p></footer></body></html>";

        assertThatThrownBy(() -> reader.read(page.getBytes(StandardCharsets.UTF_8), "accueil.html"))
                .isInstanceOfSatisfying(ArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_ARTICLE);
                    assertThat(e.where()).isEqualTo("accueil.html");
                    assertThat(e.getMessage()).isEqualTo("accueil.html: no article text was found in the page");
                });
    }

    @Test
    void aPageIsToldByItsContentWhateverItsName() throws Exception {
        String page = "<!-- saved -->\n<html><body><article><p>Un paragraphe de l’article.</p></article></body></html>";

        ReadArticle article = reader.read(page.getBytes(StandardCharsets.UTF_8), "page.txt");

        assertThat(article.kind()).isEqualTo(Kind.HTML);
        assertThat(article.paragraphs()).containsExactly("Un paragraphe de l’article.");
    }

    @Test
    void aDeclaredWindows1252PageIsDecodedAsDeclared() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"><title>L’été</title></head><body><article>"
                + "<p>L’été à Paris coûte cher : « 12 € » le café.</p></article></body></html>";

        ReadArticle article = reader.read(page.getBytes(TextBytes.WINDOWS_1252), "ete.htm");

        assertThat(article.mediaType()).isEqualTo("text/html; charset=windows-1252");
        assertThat(article.paragraphs()).containsExactly("L’été à Paris coûte cher : « 12 € » le café.");
    }

    @Test
    void scriptsAreTextToDropAndLinksAreNotFollowed() throws Exception {
        // Nothing here may be fetched or run: the test runs with whatever network there is, and the page
        // points at an address that cannot answer.
        String page = "<html><head><script src='http://192.0.2.1/x.js'></script>"
                + "<link rel='stylesheet' href='http://192.0.2.1/a.css'></head><body><article>"
                + "<p>Avant <script>document.write('injecté')</script>après.</p>"
                + "<iframe src='http://192.0.2.1/frame'></iframe><img src='http://192.0.2.1/i.png' onerror='alert(1)'>"
                + "<p>Un <a href='http://192.0.2.1/lien'>lien</a> dans le texte.</p></article></body></html>";

        ReadArticle article = reader.read(page.getBytes(StandardCharsets.UTF_8), "page.html");

        assertThat(article.paragraphs()).containsExactly("Avant après.", "Un lien dans le texte.");
    }

    @Test
    void anotherExtractorCanTakeReadabilitysPlace() throws Exception {
        BodyExtractor firstParagraph = page -> Optional.ofNullable(page.selectFirst("p"));
        String page = "<html><body><p>Premier.</p><p>Second.</p></body></html>";

        ReadArticle article = new ArticleReader(firstParagraph).read(page.getBytes(StandardCharsets.UTF_8), "p.html");

        assertThat(article.paragraphs()).containsExactly("Premier.");
    }

    @Test
    void aWebArchiveIsRefusedWithAHint() {
        String mhtml = "From: <Saved by Blink>\r\nSubject: Article\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----x\"\r\n\r\n";

        assertThatThrownBy(() -> reader.read(mhtml.getBytes(StandardCharsets.US_ASCII), "article.mhtml"))
                .isInstanceOfSatisfying(ArticleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
                    assertThat(e.getMessage()).startsWith("article.mhtml: this is a web archive (MHTML)");
                });
    }

    private ReadArticle read(String page) throws ArticleException {
        return reader.read(resource(page + ".html"), page + ".html");
    }

    static byte[] resource(String name) {
        try (InputStream in = WebPageArticlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> expected(String page) {
        return new String(resource(page + ".expected.txt"), StandardCharsets.UTF_8).lines().toList();
    }
}
