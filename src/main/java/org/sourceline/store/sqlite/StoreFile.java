package org.sourceline.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sourceline.store.StoreException;

/**
 * Looks at a store file's header before SQLite touches it, so that a file that is not a database, or a database
 * cut short by an interrupted copy, is refused with a clear reason and left exactly as it is.
 */
final class StoreFile {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private StoreFile() {
    }

    /** @throws StoreException naming the file and what is wrong with it */
    static void check(Path file) throws StoreException {
        long size;
        byte[] header = new byte[HEADER];
        int read;
        try {
            size = Files.size(file);
            if (size == 0) {
                return;   // SQLite treats an empty file as an empty database: it becomes a new store.
            }
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, HEADER);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        if (read < MAGIC.length || !startsWithMagic(header)) {
            throw new StoreException(file + ": this file is not a SQLite database (it does not start with the"
                    + " SQLite header); it was left untouched");
        }
        if (read < HEADER) {
            throw new StoreException(file + ": the database is truncated (only " + size
                    + " bytes, less than its own header); it was left untouched");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) {
            pageSize = 65_536;
        }
        long changeCounter = Integer.toUnsignedLong(b.getInt(24));
        long pages = Integer.toUnsignedLong(b.getInt(28));
        long validFor = Integer.toUnsignedLong(b.getInt(92));
        // The page count is trustworthy only when written by the same change as the counter (SQLite 3.7+), and
        // not while a rollback journal is left by an interrupted import: SQLite then puts the file back as it was.
        if (pages > 0 && validFor == changeCounter && size < pages * pageSize && !hasHotJournal(file)) {
            throw new StoreException(file + ": the database is truncated: the file holds " + size
                    + " bytes of the " + pages * pageSize + " its header announces (an interrupted copy?);"
                    + " it was left untouched");
        }
    }

    private static boolean hasHotJournal(Path file) {
        Path journal = Path.of(file + "-journal");
        try {
            return Files.isRegularFile(journal) && Files.size(journal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWithMagic(byte[] header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
