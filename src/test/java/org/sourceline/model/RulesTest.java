package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static final Article ARTICLE = Article.cut(String.join("\n",
            "Titre de la page",
            "Le directeur a été reçu à Doha par le ministre.",
            "Il a visité le centre de commandement de l’équipe.",
            "Commentaires : bravo !"), List.of(new LineRange(2, 3)));

    private static final Rules.References REFS = new Rules.References() {
        @Override
        public boolean hasActor(String id) {
            return Set.of("directeur", "ministre").contains(id);
        }

        @Override
        public boolean hasPlace(String id) {
            return "doha".equals(id);
        }

        @Override
        public boolean hasCategory(String id) {
            return "meeting".equals(id);
        }

        @Override
        public Article article(String sourceId) {
            return Map.of("src-a", ARTICLE).get(sourceId);
        }
    };

    private static Event event(String summary, List<String> actors, List<String> tags, List<Citation> citations) {
        return new Event("e1", "Rencontre", null, summary, EdtfDate.parse("2022-05-25"), null, "meeting", actors,
                List.of("doha"), tags, citations, null);
    }

    private static Violation only(Optional<Violation> v) {
        assertThat(v).isPresent();
        return v.get();
    }

    @Test
    void aTextTooLongSaysItsLengthAndTheLimitOfItsField() {
        Violation v = only(Rules.text("title", "t".repeat(501)));

        assertThat(v.rule()).isEqualTo(Rule.TOO_LONG);
        assertThat(v.message()).isEqualTo("\"title\" is 501 characters long; at most 500 are accepted");
        assertThat(v.message(Locale.FRENCH)).isEqualTo("« title » compte 501 caractères ; 500 au plus sont acceptés");
        assertThat(Rules.text("title", "t".repeat(500))).isEmpty();
        assertThat(Rules.text("summary", "s".repeat(20_001))).isPresent();
        assertThat(Rules.text("summary", "s".repeat(20_000))).isEmpty();
    }

    @Test
    void aControlCharacterIsFoundWhereItIs() {
        Violation v = only(Rules.text("summary", "abc\u0007def"));

        assertThat(v.offset()).isEqualTo(3);
        assertThat(v.message()).isEqualTo("\"summary\" contains control character U+0007");
        assertThat(Rules.text("summary", "deux\nlignes\tet une tabulation")).isEmpty();
    }

    @Test
    void aLoneSurrogateIsRefusedWhereItIsAndAWholeCharacterIsNot() {
        Violation high = only(Rules.text("summary", "abc\uD800def"));
        Violation low = only(Rules.text("title", "\uDC00"));
        Violation reversed = only(Rules.text("note", "x\uDE00\uD83D"));
        Violation last = only(Rules.text("quote", "fin \uD83D"));

        assertThat(high.rule()).isEqualTo(Rule.LONE_SURROGATE);
        assertThat(high.offset()).isEqualTo(3);
        assertThat(high.message()).isEqualTo("\"summary\" contains U+D800, half of a character without its other"
                + " half (a lone surrogate), which no file can store");
        assertThat(high.message(Locale.FRENCH)).isEqualTo("« summary » contient U+D800, une moitié de caractère sans"
                + " son autre moitié (surrogate isolé), qu’aucun fichier ne peut enregistrer");
        assertThat(low.args()).containsExactly("title", "DC00");
        assertThat(reversed.offset()).isEqualTo(1);
        assertThat(last.offset()).isEqualTo(4);
        assertThat(Rules.text("title", "Fête 😀 de la lettre 𝐀")).isEmpty();
        assertThat(Rules.id("id", "e\uD800")).isPresent();
        assertThat(Rules.characters("headline", "<p>a\uDBFF</p>")).get().extracting(Violation::offset).isEqualTo(4);
        assertThat(Rules.characters("headline", "<p>😀</p>")).isEmpty();
    }

    @Test
    void aDateOutsideTheSupportedYearsIsRefusedAtThePartOutsideWithTheRange() {
        Violation single = only(Rules.date("date", "Y100000000"));

        assertThat(single.rule()).isEqualTo(Rule.DATE_OUT_OF_RANGE);
        assertThat(single.offset()).isZero();
        assertThat(single.message()).isEqualTo("date \"Y100000000\" is outside the years Sourceline supports,"
                + " Y-99999999 to Y99999999 (100000000 BC to AD 99999999)");
        assertThat(single.message(Locale.FRENCH)).isEqualTo("la date « Y100000000 » sort des années que Sourceline"
                + " prend en charge, de Y-99999999 à Y99999999 (100000000 av. J.-C. à 99999999 apr. J.-C.)");
        assertThat(only(Rules.date("date", "2022/Y999999999")).offset()).isEqualTo(5);
        assertThat(only(Rules.date("date", "[Y-100000000..2022]")).offset()).isEqualTo(1);
        assertThat(only(Rules.date("date", "[2022..Y100000000]")).offset()).isEqualTo(7);
        assertThat(only(Rules.date("published", "Y-999999999/")).offset()).isZero();
        assertThat(Rules.date("date", "Y-99999999")).isEmpty();
        assertThat(Rules.date("date", "Y99999999")).isEmpty();
        assertThat(Rules.date("date", "Y-99999999/Y99999999")).isEmpty();
        assertThat(Rules.date("date", "-9999-01-01/9999-12-31T23:59:59Z")).isEmpty();
        assertThat(SupportedYears.EARLIEST_EPOCH_SECOND).isEqualTo(EdtfDate.parse("Y-99999999").earliestEpochSecond());
        assertThat(SupportedYears.LATEST_EPOCH_SECOND).isEqualTo(EdtfDate.parse("Y99999999").latestEpochSecond());
    }

    @Test
    void anEventAndAnEraDatedOutsideTheSupportedYearsBreakTheDateRule() {
        Event far = new Event("e1", "Rencontre", null, "s", EdtfDate.parse("Y999999999"), null, "meeting",
                List.of(), List.of("doha"), List.of(), List.of(new Citation("src-a", "Le directeur a été reçu")),
                null);

        assertThat(Rules.event(far, REFS).violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("date", Rule.DATE_OUT_OF_RANGE));
        assertThat(Rules.era(new Era("e", "Ère", EdtfDate.parse("Y-100000000/2022"), null, null)))
                .extracting(Violation::rule).containsExactly(Rule.DATE_OUT_OF_RANGE);
    }

    @Test
    void emptyRequiredTextsAndOptionalOnesLeftOut() {
        assertThat(only(Rules.required("title", "  ")).message()).isEqualTo("\"title\" must not be empty");
        assertThat(only(Rules.required("title", null)).rule()).isEqualTo(Rule.EMPTY);
        assertThat(Rules.optional("note", null)).isEmpty();
    }

    @Test
    void idsLanguagesAddressesAndColours() {
        assertThat(only(Rules.id("id", "Mon Événement")).message())
                .isEqualTo("\"id\" \"Mon Événement\" must be lowercase letters, digits and dashes");
        assertThat(Rules.id("id", "salon-milipol-2022")).isEmpty();
        assertThat(only(Rules.language("language", "French")).message())
                .isEqualTo("language must be a language tag such as \"fr\" or \"en-GB\"");
        assertThat(Rules.language("language", "en-GB")).isEmpty();
        assertThat(only(Rules.url("url", "javascript:alert(1)")).message())
                .isEqualTo("url must start with http:// or https://");
        assertThat(Rules.url("url", "https://example.org/a")).isEmpty();
        assertThat(Rules.url("url", null)).isEmpty();
        assertThat(only(Rules.color("color", "red")).message())
                .isEqualTo("\"color\" must be a colour written #rrggbb, found \"red\"");
        assertThat(Rules.color("color", "#2f6db5")).isEmpty();
    }

    @Test
    void anImpossibleDateIsRefusedWhereItGoesWrong() {
        Violation v = only(Rules.date("date", "2022-02-30"));

        assertThat(v.rule()).isEqualTo(Rule.BAD_DATE);
        assertThat(v.message()).startsWith("invalid EDTF date \"2022-02-30\": ");
        assertThat(v.offset()).isEqualTo(8);
        assertThat(only(Rules.date("date", "2022-05-26/2022-05-24")).message()).contains("before");
    }

    @Test
    void aQuoteIsFoundVerbatimInTheBodyOnly() {
        Rules.QuoteCheck found = Rules.quote("quote", "reçu à Doha", "src-a", ARTICLE);
        assertThat(found.violation()).isEmpty();
        assertThat(found.start()).isEqualTo(ARTICLE.body().indexOf("reçu à Doha"));

        assertThat(Rules.quote("quote", "bravo", "src-a", ARTICLE).violation().orElseThrow().rule())
                .isEqualTo(Rule.QUOTE_OUTSIDE_BODY);
        assertThat(Rules.quote("quote", "de l'équipe", "src-a", ARTICLE).violation().orElseThrow().rule())
                .isEqualTo(Rule.QUOTE_NOT_VERBATIM);
        Violation missing = Rules.quote("quote", "reçu à Rabat", "src-a", ARTICLE).violation().orElseThrow();
        assertThat(missing.message()).isEqualTo("quote not found verbatim in source \"src-a\"");
        assertThat(missing.message(Locale.FRENCH)).isEqualTo("citation introuvable telle quelle dans la source « src-a »");
        assertThat(Rules.quote("quote", "Doha\npar", "src-a", ARTICLE).violation().orElseThrow().rule())
                .isEqualTo(Rule.QUOTE_LINE_BREAK);
    }

    @Test
    void aWholeEventIsCheckedFieldByFieldWithItsQuoteOffsets() {
        Event good = event("Une rencontre.", List.of("directeur"), List.of("sécurité"),
                List.of(new Citation("src-a", "reçu à Doha"), new Citation("src-a", "centre de commandement")));
        Rules.EventCheck ok = Rules.event(good, REFS);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.quoteStarts()).containsExactly(ARTICLE.body().indexOf("reçu à Doha"),
                ARTICLE.body().indexOf("centre de commandement"));

        Event bad = event("s".repeat(20_001), List.of("directeur", "inconnu", "directeur"), List.of("a", "a"),
                List.of(new Citation("src-a", "reçu à Rabat"), new Citation("src-z", "x"),
                        new Citation("src-a", "reçu à Rabat")));
        Rules.EventCheck check = Rules.event(bad, REFS);
        assertThat(check.violations()).extracting(Violation::field).containsExactly("summary", "actors/1",
                "actors/2", "tags/1", "citations/0/quote", "citations/1/source", "citations/2");
        assertThat(check.violations()).extracting(Violation::message).contains("unknown actor \"inconnu\"",
                "actor \"directeur\" is listed twice", "\"a\" is listed twice in \"tags\"",
                "unknown source \"src-z\"", "the same quote of source \"src-a\" is cited twice");
        assertThat(check.violations().get(1).message(Locale.FRENCH)).isEqualTo("référence inconnue (acteur) : « inconnu »");
        assertThat(check.quoteStarts()).containsExactly(-1, -1, -1);
    }

    @Test
    void anEventWithoutCitationBreaksItsOwnRule() {
        List<Violation> found = new java.util.ArrayList<>();
        Rules.citations(List.of(), REFS, found);

        assertThat(found).extracting(Violation::message).containsExactly("an event needs at least one citation");
    }

    @Test
    void sourcesActorsPlacesAndErasFollowTheSameLimits() {
        Source source = new Source("src-a", "a.txt", "t".repeat(501), null, null, EdtfDate.parse("2022"), "fr",
                "ftp://example.org", List.of(new LineRange(1, 2)), null);
        assertThat(Rules.source(source)).extracting(Violation::field).containsExactly("title", "url");
        assertThat(Rules.actor(new Actor("a", "Nom", List.of("x", "x"), null))).extracting(Violation::message)
                .containsExactly("\"x\" is listed twice in \"aliases\"");
        assertThat(Rules.place(new Place("p", "n".repeat(501), null))).extracting(Violation::field)
                .containsExactly("name");
        assertThat(Rules.era(new Era("e", "Coupe", EdtfDate.parse("2022"), null, null))).isEmpty();
    }

    @Test
    void aPlaceListsItsAliasesAsAnActorDoesWithTheSameMessages() {
        List<String> twice = List.of("Dawha", "Dawha");
        List<String> empty = List.of("Dawha", " ");

        assertThat(Rules.place(new Place("doha", "Doha", twice, "Qatar")))
                .containsExactlyElementsOf(Rules.actor(new Actor("doha", "Doha", twice, null)))
                .extracting(Violation::field, Violation::message)
                .containsExactly(tuple("aliases/1",
                        "\"Dawha\" is listed twice in \"aliases\""));
        assertThat(Rules.place(new Place("doha", "Doha", empty, "Qatar")))
                .containsExactlyElementsOf(Rules.actor(new Actor("doha", "Doha", empty, null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("aliases/1", Rule.EMPTY));
        assertThat(Rules.place(new Place("doha", "Doha", List.of("Dawha", "الدوحة"), "Qatar"))).isEmpty();
        assertThat(new Place("doha", "Doha", "Qatar")).isEqualTo(new Place("doha", "Doha", null, "Qatar"))
                .extracting(Place::aliases).isEqualTo(List.of());
    }

    @Test
    void everyRuleHasAMessageInBothLanguages() {
        for (Rule rule : Rule.values()) {
            Violation v = new Violation("field", rule, List.of("actor", "b", "c", "d", "e", "f"), -1);
            assertThat(v.message()).isNotBlank().doesNotContain("{");
            assertThat(v.message(Locale.FRENCH)).isNotBlank().doesNotContain("{").isNotEqualTo(v.message());
        }
    }
}
