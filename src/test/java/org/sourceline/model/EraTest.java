package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EraTest {
    private static final EdtfDate CUP = EdtfDate.parse("2022-11-20/2022-12-18");

    @Test
    void blankOptionalPartsMeanNone() {
        Era era = new Era("cup", "Coupe du monde", CUP, " ", "");

        assertThat(era.category()).isNull();
        assertThat(era.color()).isNull();
    }

    @Test
    void aColourIsSixHexDigits() {
        assertThat(new Era("cup", "Coupe", CUP, null, "#1F6feb").color()).isEqualTo("#1F6feb");
        assertThatThrownBy(() -> new Era("cup", "Coupe", CUP, null, "blue"))
                .hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> new Era("cup", "Coupe", CUP, null, "#1f6fe"))
                .hasMessageContaining("#rrggbb");
        assertThat(Era.isColor("#000000")).isTrue();
        assertThat(Era.isColor("#00000g")).isFalse();
    }

    @Test
    void idLabelDateAndCategoryAreChecked() {
        assertThatThrownBy(() -> new Era("Cup", "Coupe", CUP, null, null)).hasMessageContaining("era id");
        assertThatThrownBy(() -> new Era("cup", " ", CUP, null, null)).hasMessageContaining("era label");
        assertThatThrownBy(() -> new Era("cup", "Coupe", null, null, null)).hasMessageContaining("era date");
        assertThatThrownBy(() -> new Era("cup", "Coupe", CUP, "Sport", null)).hasMessageContaining("category");
    }
}
