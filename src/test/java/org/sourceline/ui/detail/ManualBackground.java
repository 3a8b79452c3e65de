package org.sourceline.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sourceline.ui.Background;

/** Holds every piece of work until the test completes it, in whatever order the test picks. */
public final class ManualBackground implements Background {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs the {@code index}-th piece of work handed in (0 for the first), and delivers its answer. */
    public void complete(int index) {
        Runnable work = pending.set(index, null);
        if (work == null) {
            throw new IllegalStateException("work " + index + " was already completed");
        }
        work.run();
    }

    public int submitted() {
        return pending.size();
    }

    @Override
    public void shutdown() {
    }
}
