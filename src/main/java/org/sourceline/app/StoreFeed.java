package org.sourceline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sourceline.store.ImportWriter;
import org.sourceline.store.StoreException;

/**
 * Feeds a store's bulk writer from a second thread: what is written (parsed from a file, or generated) is made on
 * that thread while the calling thread writes, so that on two cores reading and writing overlap. The writer is
 * used from the calling thread only; the two hand over batches through a short queue, so that neither runs far
 * ahead of the other and memory stays flat.
 */
final class StoreFeed {
    /** One thing to write: a source, an event… */
    @FunctionalInterface
    interface Step {
        void writeTo(ImportWriter writer) throws StoreException;
    }

    /** Makes the steps, in order, on the feeding thread. */
    @FunctionalInterface
    interface Producer {
        void produce(Consumer<Step> out) throws Exception;
    }

    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 16;

    /** The producer finished: after it, its failure, if it failed. */
    private record End(Throwable failure) {
    }

    /** Thrown into the producer when the writer has given up: it stops making steps. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private StoreFeed() {
    }

    /**
     * Runs the producer on its own thread and writes each step it makes with {@code writer}, in order.
     *
     * @throws Exception the producer's failure, or the writer's, whichever came first; the other side is stopped
     */
    static void run(Producer producer, ImportWriter writer) throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        ExecutorService feeder = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "sourceline-store-feed");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> feeding = feeder.submit(() -> {
            List<Step> batch = new ArrayList<>(BATCH);
            Throwable failure = null;
            try {
                producer.produce(step -> {
                    batch.add(step);
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch));
                        batch.clear();
                    }
                });
                put(queue, new ArrayList<>(batch));
            } catch (Stopped stopped) {
                return;
            } catch (Exception | Error e) {
                // An error too (out of memory while parsing): the writer waiting for the next batch must hear of it.
                failure = e;
            }
            try {
                put(queue, new End(failure));
            } catch (Stopped ignored) {
                // The writer has given up and is no longer listening.
            }
        });
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof End end) {
                    if (end.failure() instanceof Error error) {
                        throw error;
                    }
                    if (end.failure() != null) {
                        throw (Exception) end.failure();
                    }
                    return;
                }
                @SuppressWarnings("unchecked")
                List<Step> steps = (List<Step>) next;
                for (Step step : steps) {
                    step.writeTo(writer);
                }
            }
        } finally {
            feeding.cancel(true);
            feeder.shutdownNow();
            queue.clear();
            feeder.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }
}
