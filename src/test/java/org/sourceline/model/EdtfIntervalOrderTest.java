package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An interval may end inside the period it starts with; only an end wholly before the start is an error. */
class EdtfIntervalOrderTest {
    @ParameterizedTest
    @ValueSource(strings = {"2022-05-10/2022-05", "2022-05-25/2022-05-25", "2022/2022-01", "[2022-05..2022-05-01]",
        "2022-05-24/2022-05-26"})
    void overlappingOrForwardEndsAreAccepted(String text) {
        assertThat(EdtfDate.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-05-26/2022-05-24", "[2022-06..2022-05]", "2022-06/2022-05", "2023/2022"})
    void endsWhollyBeforeTheStartAreRefused(String text) {
        assertThatThrownBy(() -> EdtfDate.parse(text)).isInstanceOf(EdtfException.class)
                .hasMessageContaining("before it starts");
    }
}
