package org.sourceline.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** What a writer writes, as bytes: the formats all write to streams, and memory cannot fail to be written. */
final class InMemory {
    private InMemory() {
    }

    static byte[] bytes(AtomicFiles.Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }
}
