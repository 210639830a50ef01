package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.index.FaultyDirectory;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one indexing thread: rebuilds asked for while one waits share it, a failed pass is retried until it
 * succeeds without another change, and a failed rebuild says so. A real indexer on a tiny corpus; write
 * faults injected through {@link FaultyDirectory}; the thread is held busy by blocking in the pass listener.
 */
class IndexingQueueTest {
    private static final IndexingQueue.Backoff FAST = new IndexingQueue.Backoff(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path tmp;
    private final AtomicReference<FaultyDirectory.Fault> fault = new AtomicReference<>(FaultyDirectory.Fault.NONE);
    private final BlockingQueue<SyncReport> passes = new LinkedBlockingQueue<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private IndexStore store;
    private IndexingQueue queue;
    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.md"), "# A\n\n## Alpha\n\nAlpha text.\n");
        store = IndexStore.openOrRecover(tmp.resolve("index"), FaultyDirectory.factory(fault));
        CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(corpus), new MarkdownParser(), store, () -> { });
        queue = new IndexingQueue(indexer, FAST, report -> {
            passes.add(report);
            awaitQuietly(hold);
        });
        assertTrue(queue.catchUpAtStart().isPresent());
    }

    @AfterEach
    void tearDown() throws Exception {
        hold.countDown();
        queue.close();
        store.close();
    }

    @Test
    void rebuildsAskedForWhileOneWaitsAreThatOne() throws Exception {
        hold = new CountDownLatch(1);
        queue.offer(Set.of(corpus.resolve("a.md")), false);
        next(); // the thread now waits in the listener: nothing else can start
        RebuildJob first = queue.rebuild();
        assertSame(first, queue.rebuild());
        assertEquals(RebuildJob.State.QUEUED, first.snapshot().state());
        hold.countDown();
        RebuildJob.Snapshot done = first.awaitFinished(Duration.ofSeconds(30));
        assertEquals(RebuildJob.State.DONE, done.state());
        assertEquals(java.util.List.of("a.md"), done.report().indexed());
        assertSame(first, queue.job(first.id()).orElseThrow());
        assertEquals(1, queue.counters().rebuilds());
    }

    @Test
    void aFailedPassIsRetriedUntilItSucceedsWithoutAnotherChange() throws Exception {
        fault.set(FaultyDirectory.Fault.FULL);
        Files.writeString(corpus.resolve("a.md"), "# A\n\n## Beta\n\nBeta text.\n");
        queue.offer(Set.of(corpus.resolve("a.md")), false);
        awaitFailures(2);
        IndexingQueue.Failure failure = queue.failure();
        assertTrue(failure.reason().contains("No space left on device"), failure.reason());
        assertNotNull(failure.since());

        fault.set(FaultyDirectory.Fault.NONE);
        SyncReport recovered = next();
        assertEquals(java.util.List.of("a.md"), recovered.indexed());
        assertNull(queue.failure());
        assertTrue(queue.counters().failedPasses() >= 2);
        assertEquals("a.md", store.committedArticleHashes().keySet().iterator().next());
    }

    @Test
    void aRebuildThatFailsSaysSoAndTheIndexStillCatchesUp() throws Exception {
        fault.set(FaultyDirectory.Fault.FULL);
        RebuildJob job = queue.rebuild();
        RebuildJob.Snapshot failed = job.awaitFinished(Duration.ofSeconds(30));
        assertEquals(RebuildJob.State.FAILED, failed.state());
        assertTrue(failed.error().contains("No space left on device"), failed.error());
        assertEquals(1, queue.counters().failedRebuilds());
        fault.set(FaultyDirectory.Fault.NONE);
        next();
        assertNull(queue.failure());
    }

    private SyncReport next() throws InterruptedException {
        SyncReport report = passes.poll(30, TimeUnit.SECONDS);
        assertNotNull(report, "no pass within 30 s");
        return report;
    }

    /** Failures announce nothing to a listener; they are few milliseconds apart here, so this loop is short. */
    private void awaitFailures(int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (queue.failure() == null || queue.failure().attempts() < attempts) {
            assertTrue(System.nanoTime() < deadline, "no " + attempts + " failed passes within 30 s");
            Thread.sleep(5);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
