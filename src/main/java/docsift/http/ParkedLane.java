package docsift.http;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A lane of admission control whose searches wait and run off the request threads: each runs on one of the
 * lane's own threads, and while it waits for one it is parked (an unfinished future, no thread). So a flood of
 * such searches holds none of Jetty's request threads, however many wait, and a waiting search that does not
 * get a thread within the lane's longest wait is refused then, not before: a client that ignores Retry-After
 * sends again at most once per wait instead of as fast as refusals can be written. Owns its threads (closed
 * with {@link #close()}); thread-safe.
 */
final class ParkedLane implements AutoCloseable {
    private final ExecutorService runners;
    private final ScheduledExecutorService expiries;
    private final Semaphore slots;
    private final Queue<Parked<?>> waiting = new ConcurrentLinkedQueue<>();
    private final int capacity;
    private final long maxWaitNanos;
    private final Supplier<OverloadedException> refusal;
    /** Running plus parked. */
    private final AtomicInteger inside = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param threads  searches running at once
     * @param queue    searches parked at most, beyond which one is refused at once
     * @param maxWait  the longest a search stays parked before it is refused
     * @param refusal  the refusal, at once or after the wait
     * @param name     the threads' name prefix
     */
    ParkedLane(int threads, int queue, Duration maxWait, Supplier<OverloadedException> refusal, String name) {
        AtomicInteger count = new AtomicInteger();
        this.runners = Executors.newFixedThreadPool(threads, task -> daemon(task, name + "-" + count.incrementAndGet()));
        this.expiries = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, name + "-expiry"));
        this.slots = new Semaphore(threads);
        this.capacity = threads + queue;
        this.maxWaitNanos = maxWait.toNanos();
        this.refusal = refusal;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Runs {@code work} on one of the lane's threads once one is free; throws {@link OverloadedException} at
     * once when the lane is full, and the future fails with it when no thread was free within the wait.
     */
    <T> CompletableFuture<T> submit(Callable<T> work) {
        if (inside.incrementAndGet() > capacity || closed) {
            inside.decrementAndGet();
            throw refusal.get();
        }
        Parked<T> parked = new Parked<>(work);
        waiting.add(parked);
        drain();
        // After the drain, so that a search that found a free thread is never refused by a zero wait.
        if (!parked.claimed.get()) {
            parked.expiry = expiries.schedule(parked::expire, maxWaitNanos, TimeUnit.NANOSECONDS);
        }
        return parked.answer;
    }

    /**
     * Starts parked searches while threads are free. Called after every arrival and every finish, so that no
     * search stays parked while a thread is free.
     */
    private void drain() {
        while (!waiting.isEmpty() && slots.tryAcquire()) {
            Parked<?> next = waiting.poll();
            if (next == null || !next.claimed.compareAndSet(false, true)) {
                slots.release();
                continue;
            }
            try {
                runners.execute(() -> {
                    Runnable answer = next.run();
                    // Its place and slot are given back before it is answered: whoever the answer lets go
                    // on (a client's next search) finds them free.
                    inside.decrementAndGet();
                    slots.release();
                    answer.run();
                    drain();
                });
            } catch (RejectedExecutionException lateArrival) {
                // Closed meanwhile: refused like any search the lane cannot take.
                slots.release();
                next.refuse();
            }
        }
    }

    /** Refuses the searches still parked, lets the running ones finish, and takes no more. */
    @Override
    public void close() {
        closed = true;
        expiries.shutdownNow();
        for (Parked<?> parked = waiting.poll(); parked != null; parked = waiting.poll()) {
            parked.expire();
        }
        runners.shutdown();
    }

    /** One search between its arrival and its answer: run by a lane thread or refused by its expiry, once. */
    private final class Parked<T> {
        private final Callable<T> work;
        private final CompletableFuture<T> answer = new CompletableFuture<>();
        /** Set by whichever comes first, a lane thread or the expiry; the other then leaves it alone. */
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile ScheduledFuture<?> expiry;

        Parked(Callable<T> work) {
            this.work = work;
        }

        /** Runs the search (claimed by the caller); returns what answers it, to be run once its slot is free. */
        Runnable run() {
            ScheduledFuture<?> pending = expiry;
            if (pending != null) {
                pending.cancel(false);
            }
            try {
                T value = work.call();
                return () -> answer.complete(value);
            } catch (Exception | Error e) {
                return () -> answer.completeExceptionally(e);
            }
        }

        void expire() {
            if (claimed.compareAndSet(false, true)) {
                waiting.remove(this);
                refuse();
            }
        }

        /** Refuses this search (claimed by the caller). */
        void refuse() {
            inside.decrementAndGet();
            answer.completeExceptionally(refusal.get());
        }
    }
}
