package org.sourceline.ui;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;

/**
 * The one store a window works on, opened once and kept: every pane borrows it for the work it runs on the
 * window's background thread (the only thread that ever uses it), and gives it back by closing what it borrowed.
 * Closing the session closes the store.
 */
public final class StoreSession implements StoreAccess {
    private final StoreAccess opening;
    private Store store;
    private boolean closed;

    /** @param opening how the store is opened, the first time it is borrowed or after it failed to open */
    public StoreSession(StoreAccess opening) {
        this.opening = opening;
    }

    /** The window's store, to close when done with it: closing it gives it back, the store stays open. */
    @Override
    public synchronized Store open() throws StoreException {
        if (closed) {
            throw new StoreException("the window that used this store is closed");
        }
        if (store == null) {
            store = opening.open();
        }
        Store shared = store;
        InvocationHandler lend = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                return null;
            }
            try {
                return method.invoke(shared, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, lend);
    }

    @Override
    public java.util.Map<java.nio.file.Path, String> files() {
        return opening.files();
    }

    /** Closes the store; what is borrowed afterwards fails. */
    public synchronized void close() {
        closed = true;
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
