package org.sourceline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageMemoryTest {
    @Test
    void anImageTooLargeForTheMemoryLeftIsRefusedWithTheSizeThatFits() {
        assertThatThrownBy(() -> ImageRenderer.allocate(60_000, 1_743, 3, 192_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60000×1743 pixels (104.6 million)")
                .hasMessageContaining("about 192 MB are free, enough for about 24.0 million pixels at scale 3")
                .hasMessageContaining("-Xmx");
    }

    @Test
    void anImageThatFitsIsGivenItsPixels() {
        assertThat(ImageRenderer.allocate(200, 100, 1, 10_000_000L)).hasSize(20_000);
    }
}
