package org.sourceline.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Every change made in a window since it opened, to undo and redo in order. Changes are applied to the store by
 * the caller; the history is told once the store took one ({@link #done}, {@link #undone}, {@link #redone}), so
 * that it never claims a step the store refused. Values only: what a step undoes is its change's inverse.
 */
public final class EditHistory {
    private final List<Edit> steps = new ArrayList<>();
    /** How many of {@link #steps} are done; those after are undone, ready to be redone. */
    private int done;
    private final ReadOnlyObjectWrapper<Edit> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo");
    private final ReadOnlyObjectWrapper<Edit> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo");

    /** A step the store has just taken: it can be undone, and what was undone before can no longer be redone. */
    public void done(Edit edit) {
        steps.subList(done, steps.size()).clear();
        steps.add(edit);
        done++;
        update();
    }

    /** The step to undo next, if any. */
    public Optional<Edit> toUndo() {
        return Optional.ofNullable(nextUndo.get());
    }

    /** The step to redo next, if any. */
    public Optional<Edit> toRedo() {
        return Optional.ofNullable(nextRedo.get());
    }

    /**
     * The store has taken the inverse of {@code step}, which must still be the step to undo: a history that moved
     * meanwhile would no longer say what the store holds.
     */
    public void undone(Edit step) {
        if (done == 0 || steps.get(done - 1) != step) {
            throw new IllegalStateException("the step undone is not the next step to undo");
        }
        done--;
        update();
    }

    /** The store has taken {@code step} again, which must still be the step to redo. */
    public void redone(Edit step) {
        if (done == steps.size() || steps.get(done) != step) {
            throw new IllegalStateException("the step redone is not the next step to redo");
        }
        done++;
        update();
    }

    /**
     * A step the store no longer accepts (someone changed what it touched): it is dropped with the steps that
     * follow it in the same direction, which stood on it.
     */
    public void dropUndo() {
        if (done > 0) {
            steps.subList(0, done).clear();
            done = 0;
            update();
        }
    }

    /** As {@link #dropUndo()}, for the steps to redo. */
    public void dropRedo() {
        steps.subList(done, steps.size()).clear();
        update();
    }

    private void update() {
        nextUndo.set(done > 0 ? steps.get(done - 1) : null);
        nextRedo.set(done < steps.size() ? steps.get(done) : null);
    }

    /** The step Undo would undo, or null: what the Edit menu names. */
    public ReadOnlyObjectProperty<Edit> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** The step Redo would redo, or null. */
    public ReadOnlyObjectProperty<Edit> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }
}
