package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermsTest {
    private static List<SearchTerms.Term> terms(String typed) {
        return SearchTerms.parse(typed).terms();
    }

    private static SearchTerms.Term term(boolean prefix, String... words) {
        return new SearchTerms.Term(List.of(words), prefix);
    }

    @Test
    void foldsAccentsAndCaseAsTheIndexDoes() {
        assertThat(FoldedText.fold("Sécurité de l’État, SÛRETÉ")).isEqualTo("securite de l’etat, surete");
        assertThat(terms("Sécurité")).containsExactly(term(true, "securite"));
    }

    @Test
    void theLastWordIsAPrefixOnlyWhileItIsBeingTyped() {
        assertThat(terms("coupe mon")).containsExactly(term(false, "coupe"), term(true, "mon"));
        assertThat(terms("coupe monde ")).containsExactly(term(false, "coupe"), term(false, "monde"));
    }

    @Test
    void quotedTextIsOnePhraseAndAnUnclosedQuoteIsAPhraseStillBeingTyped() {
        assertThat(terms("\"coupe du monde\" qatar")).containsExactly(term(false, "coupe", "du", "monde"),
                term(true, "qatar"));
        assertThat(terms("\"coupe du mon")).containsExactly(term(true, "coupe", "du", "mon"));
        assertThat(terms("\"coupe du monde\"")).containsExactly(term(false, "coupe", "du", "monde"));
    }

    @Test
    void aWordJoinedByPunctuationIsAPhraseOfItsParts() {
        assertThat(terms("Al-Khulaifi")).containsExactly(term(true, "al", "khulaifi"));
        assertThat(terms("l'état")).containsExactly(term(true, "l", "etat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "'", "*", "\"\"", "-- ! ?", "« »", "(", ")", "\" \""})
    void punctuationAloneIsNoTermAtAll(String typed) {
        assertThat(SearchTerms.parse(typed).isEmpty()).isTrue();
    }

    @Test
    void queryWordsAreJustWords() {
        assertThat(terms("OR NEAR( AND")).containsExactly(term(false, "or"), term(false, "near"), term(true, "and"));
    }

    @Test
    void findsTheFirstMatchInTheOriginalTextWhateverItsAccents() {
        String text = "La Sûreté de l’État et la SÉCURITÉ publique.";
        SearchTerms.Match match = SearchTerms.parse("securite").firstIn(text).orElseThrow();
        assertThat(text.substring(match.start(), match.end())).isEqualTo("SÉCURITÉ");

        SearchTerms.Match phrase = SearchTerms.parse("\"surete de l etat\"").firstIn(text).orElseThrow();
        assertThat(text.substring(phrase.start(), phrase.end())).isEqualTo("Sûreté de l’État");
    }

    @Test
    void offsetsStayRightWhenTheTextHoldsDecomposedAccentsAndCharsOutsideTheBasicPlane() {
        // "e" + combining acute, and an emoji made of two chars, before the word looked for.
        String text = "Cafe\u0301 \uD83D\uDE00 sécurité";
        SearchTerms.Match match = SearchTerms.parse("secu").firstIn(text).orElseThrow();
        assertThat(text.substring(match.start(), match.end())).isEqualTo("sécurité");
        assertThat(SearchTerms.parse("cafe ").firstIn(text)).contains(new SearchTerms.Match(0, 5));
    }

    @Test
    void aPrefixMatchesLongerWordsButAWholeWordDoesNot() {
        assertThat(SearchTerms.parse("cyber").countIn("la cybersécurité")).isEqualTo(1);
        assertThat(SearchTerms.parse("cyber ").countIn("la cybersécurité")).isZero();
        assertThat(SearchTerms.parse("qatar doha").countIn("Doha, au Qatar")).isEqualTo(2);
        assertThat(SearchTerms.parse("qatar rabat").countIn("Doha, au Qatar")).isEqualTo(1);
    }

    @Test
    void aSnippetShowsTheWordsAroundTheFirstMatchWithEveryMatchMarked() {
        String text = "Un deux trois quatre cinq six sept Sécurité huit neuf dix onze securite douze treize quatorze.";
        assertThat(SearchTerms.parse("securite").snippet(text, 10, '[', ']'))
                .isEqualTo("…cinq six sept [Sécurité] huit neuf dix onze [securite] douze…");
        assertThat(SearchTerms.parse("secu").snippet("La sécurité.", 10, '[', ']')).isEqualTo("La [sécurité].");
        assertThat(SearchTerms.parse("\"deux trois\" un").snippet(text, 3, '[', ']')).isEqualTo("[Un] [deux trois]…");
        assertThat(SearchTerms.parse("rabat").snippet(text, 10, '[', ']')).isEmpty();
    }
}
