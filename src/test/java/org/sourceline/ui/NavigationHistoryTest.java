package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavigationHistoryTest {
    @Test
    void walksBackAndForwardAndDropsTheForwardBranchOnANewVisit() {
        NavigationHistory<String> history = new NavigationHistory<>();
        history.visit("a");
        history.visit("b");
        history.visit("c");

        assertThat(history.back()).contains("b");
        assertThat(history.back()).contains("a");
        assertThat(history.back()).isEmpty();
        assertThat(history.canGoBackProperty().get()).isFalse();
        assertThat(history.forward()).contains("b");
        assertThat(history.canGoForwardProperty().get()).isTrue();

        history.visit("d");

        assertThat(history.canGoForwardProperty().get()).isFalse();
        assertThat(history.forward()).isEmpty();
        assertThat(history.back()).contains("b");
    }

    @Test
    void visitingTheCurrentEntryAgainAddsNothing() {
        NavigationHistory<String> history = new NavigationHistory<>();
        history.visit("a");
        history.visit("a");

        assertThat(history.canGoBackProperty().get()).isFalse();
    }
}
