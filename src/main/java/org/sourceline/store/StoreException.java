package org.sourceline.store;

/** The store could not be opened, read or written; the message names the file and says why. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
