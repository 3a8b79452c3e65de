package org.sourceline.reliability;

import java.nio.file.Path;
import java.util.Locale;
import org.sourceline.model.Change;
import org.sourceline.model.Event;
import org.sourceline.store.Store;
import org.sourceline.ui.Background;
import org.sourceline.ui.StoreAccess;
import org.sourceline.ui.WindowModel;
import org.sourceline.ui.edit.Edit;

/**
 * A window's model, in a process of its own, that retitles an event as the window does, says so the moment the
 * window would show it done, then waits to be killed.
 */
public final class EditThenWait {
    private EditThenWait() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String id = args[1];
        String title = args[2];
        WindowModel model = new WindowModel(Background.synchronous(), StoreAccess.existing(db), Locale.FRENCH);
        model.load().get();
        Event before;
        try (Store store = model.store().open()) {
            before = store.event(id).orElseThrow();
        }
        Event after = new Event(id, title, before.titleEn(), before.summary(), before.date(), before.displayDate(),
                before.category(), before.actors(), before.places(), before.tags(), before.citations(),
                before.note());
        model.apply(new Edit(Edit.Kind.EDIT_EVENT, before.title(), Change.edit(before, after)))
                .thenRun(() -> {
                    System.out.println("shown: " + model.noticeProperty().get());
                    System.out.flush();
                }).get();
        // Stays up, the edit made, until the test kills the process: nothing ever counts this down.
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
