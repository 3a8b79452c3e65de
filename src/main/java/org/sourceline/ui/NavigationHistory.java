package org.sourceline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Back and forward through the events and sources visited, as in a browser. */
public final class NavigationHistory<T> {
    private final List<T> entries = new ArrayList<>();
    private int current = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    /** Records a visit; forward entries are dropped, and visiting the current entry again changes nothing. */
    public void visit(T entry) {
        if (current >= 0 && entries.get(current).equals(entry)) {
            return;
        }
        while (entries.size() > current + 1) {
            entries.remove(entries.size() - 1);
        }
        entries.add(entry);
        current = entries.size() - 1;
        update();
    }

    public Optional<T> back() {
        if (current <= 0) {
            return Optional.empty();
        }
        current--;
        update();
        return Optional.of(entries.get(current));
    }

    public Optional<T> forward() {
        if (current >= entries.size() - 1) {
            return Optional.empty();
        }
        current++;
        update();
        return Optional.of(entries.get(current));
    }

    private void update() {
        canGoBack.set(current > 0);
        canGoForward.set(current < entries.size() - 1);
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
