package org.sourceline.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StoreFeedTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)   // the bug this guards against was a writer waiting forever
    void anErrorWhileProducingReachesTheWriterInsteadOfLeavingItWaiting() {
        assertThatThrownBy(() -> StoreFeed.run(out -> {
            throw new OutOfMemoryError("parsing");
        }, null)).isInstanceOf(OutOfMemoryError.class).hasMessage("parsing");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailureWhileProducingIsThrownAsItIs() {
        assertThatThrownBy(() -> StoreFeed.run(out -> {
            throw new java.io.IOException("disk");
        }, null)).isInstanceOf(java.io.IOException.class).hasMessage("disk");
    }
}
