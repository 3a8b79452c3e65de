package org.sourceline.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Furniture that slips inside an article's own markup, and article text that only looks like furniture. */
class PageFurnitureTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readAlsoLinksBetweenParagraphsGoInEveryUsualShape() throws Exception {
        List<String> paragraphs = body(
                "<p>Premier paragraphe de l’article, assez long pour être le texte principal de la page.</p>"
                + "<p><strong>À lire aussi :</strong> <a href='/x'>Un autre article sur le même sujet</a></p>"
                + "<p>Deuxième paragraphe de l’article, lui aussi assez long pour compter comme du texte.</p>"
                + "<div><span>Lire aussi</span> | <a href='/y'>Encore un autre article</a></div>"
                + "<p>Troisième paragraphe de l’article, qui termine le propos de façon suffisamment longue.</p>"
                + "<h3>Sur le même sujet</h3><ul><li><a href='/z1'>Premier lien</a></li>"
                + "<li><a href='/z2'>Second lien</a></li></ul>"
                + "<p>Quatrième paragraphe de l’article, le dernier, pour montrer que rien d’autre ne part.</p>");

        assertThat(paragraphs).containsExactly(
                "Premier paragraphe de l’article, assez long pour être le texte principal de la page.",
                "Deuxième paragraphe de l’article, lui aussi assez long pour compter comme du texte.",
                "Troisième paragraphe de l’article, qui termine le propos de façon suffisamment longue.",
                "Quatrième paragraphe de l’article, le dernier, pour montrer que rien d’autre ne part.");
    }

    @Test
    void textThatOnlyStartsLikeFurnitureStays() throws Exception {
        List<String> paragraphs = body(
                "<p>Le ministre a présenté son plan devant les députés réunis en séance plénière mardi.</p>"
                + "<p>By March, prices had doubled.</p>"
                + "<p>Published figures show a rise of 3%.</p>"
                + "<p>A lire les déclarations du ministre, la coopération entre les deux pays va s’élargir.</p>"
                + "<blockquote><p>Lire aussi entre les lignes, disait-il.</p></blockquote>"
                + "<p>Par Jean Dupont</p>"
                + "<p>Mis à jour le 28 mai 2022 à 10h12</p>");

        assertThat(paragraphs).containsExactly(
                "Le ministre a présenté son plan devant les députés réunis en séance plénière mardi.",
                "By March, prices had doubled.",
                "Published figures show a rise of 3%.",
                "A lire les déclarations du ministre, la coopération entre les deux pays va s’élargir.",
                "Lire aussi entre les lignes, disait-il.");
    }

    @Test
    void aWrapperWhoseNameSoundsLikeFurnitureIsKeptWhenItHoldsTheArticle() throws Exception {
        String page = "<html><body><div class='content has-ads'><div class='share-wrapper'>"
                + "<p>Le texte de l’article est ici, dans un conteneur au nom trompeur, et il doit rester.</p>"
                + "<p>Un second paragraphe, aussi dans ce conteneur, pour que le texte soit assez long.</p>"
                + "</div></div><div class='share'><a href='/f'>Facebook</a></div></body></html>";

        List<String> paragraphs = reader.read(page.getBytes(StandardCharsets.UTF_8), "page.html").paragraphs();

        assertThat(paragraphs).containsExactly(
                "Le texte de l’article est ici, dans un conteneur au nom trompeur, et il doit rester.",
                "Un second paragraphe, aussi dans ce conteneur, pour que le texte soit assez long.");
    }

    @Test
    void theSiteNameIsCutFromATitleOnlyWhenItIsTheSite() {
        List<String> site = List.of("Le360");

        assertThat(PageMetadata.withoutSiteName("Mondial 2022 : le Maroc apporte son renfort | Le360", site, "le360"))
                .isEqualTo("Mondial 2022 : le Maroc apporte son renfort");
        assertThat(PageMetadata.withoutSiteName("Maroc - Qatar : l’accord | LE 360", site, null))
                .isEqualTo("Maroc - Qatar : l’accord");
        // Named by the address when the page gives no site name.
        assertThat(PageMetadata.withoutSiteName("Le titre – Hespress FR", List.of(), "hespress"))
                .isEqualTo("Le titre");
        // A dash that belongs to the headline stays.
        assertThat(PageMetadata.withoutSiteName("Le Maroc et le Qatar - une coopération", site, "le360"))
                .isEqualTo("Le Maroc et le Qatar - une coopération");
    }

    @Test
    void publicationDatesKeepThePrecisionGiven() {
        assertThat(PublishedDate.parse("2022-05-27")).isEqualTo(new PublishedDate("2022-05-27", "2022-05-27"));
        assertThat(PublishedDate.parse(" 2022-05-27T17:53:00.123+0100 ").edtf())
                .isEqualTo("2022-05-27T17:53:00+01:00");
        assertThat(PublishedDate.parse("2022-05-27T16:53:00Z").edtf()).isEqualTo("2022-05-27T16:53:00Z");
        assertThat(PublishedDate.parse("2022-02-30")).isNull();
        assertThat(PublishedDate.parse("27 mai 2022")).isNull();
        assertThat(PublishedDate.parse(null)).isNull();
    }

    private List<String> body(String articleHtml) throws ArticleException {
        String page = "<!DOCTYPE html><html><head><title>Titre</title></head><body><article>" + articleHtml
                + "</article></body></html>";
        return reader.read(page.getBytes(StandardCharsets.UTF_8), "page.html").paragraphs();
    }
}
