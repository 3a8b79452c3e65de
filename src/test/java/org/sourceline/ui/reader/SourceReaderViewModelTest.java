package org.sourceline.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.store.SourcePassage;
import org.sourceline.store.SourceText;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.detail.ManualBackground;
import org.sourceline.ui.detail.SeedStore;

class SourceReaderViewModelTest {
    private static final String MILIPOL = "2022-05-24-salon-milipol-qatar-2022";
    private static final String PRIME_MINISTER = "2022-05-25-reception-premier-ministre";
    private static final String PUBLIC_SECURITY = "2022-05-25-reception-securite-publique";
    /** src-000 quotes, as seeds/timeline.json gives them. */
    private static final String MILIPOL_QUOTE = "En marge de sa participation au Salon international de la sécurité"
            + " terrestre et de la défense civile, dénommé «\u00a0Milipol Qatar 2022\u00a0», qui s’est tenu du 24 au 26 mai";
    /** Cited by both receptions. */
    private static final String RECEIVED_QUOTE = "le patron de la police marocaine a successivement été reçu";
    /** src-004: a training passage that an agreement passage overlaps. */
    private static final String TRAINING_QUOTE = "Elle vient également en application des dispositions de"
            + " l'Accord de coopération en matière de sécurité récemment signé";
    private static final String AGREEMENT_QUOTE = "Accord de coopération en matière de sécurité récemment signé";

    @TempDir
    static Path dir;
    private static StoreAccess store;
    private static String src000;
    private static String src004;

    @BeforeAll
    static void seedStore() throws StoreException {
        store = SeedStore.in(dir);
        try (Store s = store.open()) {
            src000 = s.sourceText("src-000").orElseThrow().body();
            src004 = s.sourceText("src-004").orElseThrow().body();
        }
    }

    private static SourceReaderViewModel model() {
        return new SourceReaderViewModel(Background.synchronous(), store, Locale.FRENCH);
    }

    @Test
    void openLoadsTheArticleAndItsCitedPassagesAndFocusesTheGivenRange() {
        SourceReaderViewModel model = model();
        int start = src000.indexOf(MILIPOL_QUOTE);

        model.open("src-000", start, start + MILIPOL_QUOTE.length());

        SourceText text = model.sourceText();
        assertThat(text.source().title()).isEqualTo("Sécurité du Mondial 2022\u00a0: le Maroc apporte son expertise au Qatar");
        assertThat(text.body()).isEqualTo(src000);
        assertThat(text.passages()).hasSize(11);
        assertThat(model.focus()).isEqualTo(new PassageFocus(start, start + MILIPOL_QUOTE.length(), null));
        assertThat(model.focusedPassage()).map(SourcePassage::eventId).contains(MILIPOL);
        assertThat(model.isLoading()).isFalse();
        assertThat(model.error()).isNull();
    }

    @Test
    void passageAtFindsTheEventCitingTheCharacterAndNothingOutsideEveryQuote() {
        SourceReaderViewModel model = model();
        model.open("src-000", 0, 0);
        int start = src000.indexOf(MILIPOL_QUOTE);
        int end = start + MILIPOL_QUOTE.length();
        int uncited = src000.indexOf("Le Maroc a décidé d’apporter son expertise");

        assertThat(model.passageAt(start + 40)).map(SourcePassage::eventId).contains(MILIPOL);
        assertThat(model.passageAt(start)).map(SourcePassage::eventId).contains(MILIPOL);
        assertThat(model.passageAt(end - 1)).map(SourcePassage::eventId).contains(MILIPOL);
        assertThat(model.passageAt(end)).isEmpty();
        assertThat(model.passageAt(uncited + 10)).isEmpty();
        assertThat(model.passageAt(-1)).isEmpty();
        assertThat(model.passageAt(src000.length())).isEmpty();
    }

    @Test
    void whereTwoEventsCiteTheSameWordsTheFocusedEventWins() {
        int inside = src000.indexOf(RECEIVED_QUOTE) + 10;
        SourceReaderViewModel model = model();
        model.open("src-000", 0, 0);
        SourcePassage passage = model.passageAt(inside).orElseThrow();
        assertThat(model.sourceText().passages()).filteredOn(p -> p.start() == passage.start()
                && p.end() == passage.end()).extracting(SourcePassage::eventId)
                .containsExactly(PRIME_MINISTER, PUBLIC_SECURITY);

        model.open("src-000", passage.start(), passage.end(), PUBLIC_SECURITY);
        assertThat(model.passageAt(inside)).map(SourcePassage::eventId).contains(PUBLIC_SECURITY);
        assertThat(model.focusedPassage()).map(SourcePassage::eventId).contains(PUBLIC_SECURITY);

        model.open("src-000", passage.start(), passage.end(), PRIME_MINISTER);
        assertThat(model.passageAt(inside)).map(SourcePassage::eventId).contains(PRIME_MINISTER);
    }

    @Test
    void whereCitedPassagesOverlapTheShortestWinsUnlessTheOtherIsFocused() {
        SourceReaderViewModel model = model();
        int training = src004.indexOf(TRAINING_QUOTE);
        int agreement = src004.indexOf(AGREEMENT_QUOTE);
        assertThat(agreement).isBetween(training, training + TRAINING_QUOTE.length());
        int overlap = agreement + 5;

        model.open("src-004", 0, 0);
        assertThat(model.passageAt(overlap)).map(SourcePassage::eventId)
                .contains("2022-06-formation-experts-qataris-rabat");

        SourcePassage agreementPassage = model.sourceText().passages().stream()
                .filter(p -> p.eventId().equals("2022-06-accord-cooperation-securite")).findFirst().orElseThrow();
        model.focusOn(agreementPassage);

        assertThat(model.passageAt(overlap)).map(SourcePassage::eventId)
                .contains("2022-06-accord-cooperation-securite");
        assertThat(model.focus()).isEqualTo(new PassageFocus(agreementPassage.start(), agreementPassage.end(),
                "2022-06-accord-cooperation-securite"));
    }

    @Test
    void aFocusPastTheEndOfTheBodyIsKeptInsideIt() {
        SourceReaderViewModel model = model();

        model.open("src-000", 90_000, 90_010);

        assertThat(model.focus()).isEqualTo(new PassageFocus(src000.length(), src000.length(), null));
        assertThat(model.focusedPassage()).isEmpty();
    }

    @Test
    void anUnknownSourceIsReported() {
        SourceReaderViewModel model = model();
        model.open("src-000", 0, 0);

        model.open("src-999", 0, 0);

        assertThat(model.sourceText()).isNull();
        assertThat(model.focus()).isNull();
        assertThat(model.error()).isEqualTo("Source introuvable dans la base : src-999");
    }

    @Test
    void anOlderAnswerArrivingLastDoesNotReplaceTheNewerArticle() {
        ManualBackground background = new ManualBackground();
        SourceReaderViewModel model = new SourceReaderViewModel(background, store, Locale.FRENCH);

        model.open("src-000", 0, 10);
        model.open("src-001", 5, 20);
        background.complete(1);
        background.complete(0);

        assertThat(model.sourceText().source().id()).isEqualTo("src-001");
        assertThat(model.focus()).isEqualTo(new PassageFocus(5, 20, null));
        assertThat(model.openedProperty().get()).isEqualTo(1);
        assertThat(model.isLoading()).isFalse();
    }

    @Test
    void everyOpenIsCountedEvenOfTheArticleAlreadyShown() {
        SourceReaderViewModel model = model();

        model.open("src-000", 0, 10);
        model.open("src-000", 0, 10);

        assertThat(model.openedProperty().get()).isEqualTo(2);
    }

    @Test
    void clearShowsNothingAndDropsTheAnswerOnItsWay() {
        ManualBackground background = new ManualBackground();
        SourceReaderViewModel model = new SourceReaderViewModel(background, store, Locale.FRENCH);
        model.open("src-000", 0, 10);

        model.clear();
        background.complete(0);

        assertThat(model.sourceText()).isNull();
        assertThat(model.focus()).isNull();
        assertThat(model.passageAt(500)).isEmpty();
    }

    @Test
    void theKeyboardStepsThroughTheCitedPassagesInTextOrderAndWrapsAround() {
        SourceReaderViewModel model = model();
        model.open("src-000", 0, 0);
        var passages = model.sourceText().passages();
        assertThat(passages).hasSizeGreaterThan(2);

        assertThat(model.stepPassage(1)).contains(passages.get(0));
        assertThat(model.stepPassage(1)).contains(passages.get(1));
        assertThat(model.focusedPassage()).contains(passages.get(1));
        assertThat(model.stepPassage(-1)).contains(passages.get(0));
        assertThat(model.stepPassage(-1)).contains(passages.get(passages.size() - 1));
        assertThat(passages).isSortedAccordingTo(java.util.Comparator.comparingInt(SourcePassage::start));
    }
}
