package docsift.corpus;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder and every folder below it, and hands the changed paths to
 * {@link CorpusIndexer#update} once a burst of events has settled ({@link Debouncer}). Indexing runs on one
 * single-threaded executor, so events keep being collected while a pass runs and changes that arrive
 * meanwhile form the next pass ({@link ChangeQueue}). A lost-events overflow, or any pass that fails,
 * leads to a catch-up of the whole corpus. No exception ends the watch thread: each is logged and counted.
 *
 * <p>Lifecycle: the constructor registers the folders (so nothing written from then on is missed),
 * {@link #start()} starts the watch thread, {@link #close()} stops it and waits for a running pass.
 * Thread-safe.
 */
public final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
    /** How long close() lets a running pass finish before the store it writes to is closed. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How changes are coalesced.
     *
     * @param quietPeriod a pass starts once no event arrived for this long (one save makes several events)
     * @param maxDelay    ... or once the first pending event is this old, so a file rewritten without pause
     *                    is still indexed
     */
    public record Settings(Duration quietPeriod, Duration maxDelay) {
        /** 25 ms covers the event burst of one save on local disks; most of a 200 ms budget stays for indexing. */
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(25), Duration.ofMillis(250));

        public Settings {
            if (quietPeriod.isNegative() || maxDelay.compareTo(quietPeriod) < 0) {
                throw new IllegalArgumentException("need 0 <= quietPeriod <= maxDelay");
            }
        }
    }

    private final Path root;
    private final WatchService service;
    /** Registered folders by their watch key: events carry only a name relative to the folder. */
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Debouncer debouncer;
    private final ChangeQueue queue;
    private final ExecutorService indexing;
    private final Thread thread;
    private final AtomicLong watchFailures = new AtomicLong();
    private volatile boolean closed;

    /**
     * Registers every folder under the corpus root; no pass runs before {@link #start()}.
     *
     * @param onPass called on the indexing thread after each pass, with what it did (for logs and tests)
     */
    public CorpusWatcher(Path root, CorpusIndexer indexer, Settings settings, Consumer<SyncReport> onPass)
            throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = this.root.getFileSystem().newWatchService();
        this.debouncer = new Debouncer(settings.quietPeriod(), settings.maxDelay(), System::nanoTime);
        this.indexing = Executors.newSingleThreadExecutor(CorpusWatcher::indexingThread);
        this.queue = new ChangeQueue(indexer, indexing, onPass);
        this.thread = new Thread(this::run, "docsift-watch");
        thread.setDaemon(true);
        try {
            registerTree(this.root);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A daemon: if the JVM exits without close(), a pass cut short is like a crash, which the index survives. */
    private static Thread indexingThread(Runnable task) {
        Thread thread = new Thread(task, "docsift-indexing");
        thread.setDaemon(true);
        return thread;
    }

    /** Starts watching; events since construction are not lost (the OS queued them). */
    public void start() {
        thread.start();
        LOG.info("Watching {} ({} folders) for changes", root, folders.size());
    }

    /** Number of passes that failed or could not run; each was logged. */
    public long failures() {
        return queue.failures() + watchFailures.get();
    }

    private void run() {
        while (!closed) {
            try {
                step();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return; // close() was called: leaving the loop is the way to stop.
            } catch (RuntimeException e) {
                fail(e);
            }
        }
    }

    /** Collects the events of one signalled folder, if any, and hands over the batch once it is due. */
    private void step() throws InterruptedException {
        WatchKey key = nextKey();
        if (key != null) {
            collect(key);
        }
        debouncer.takeIfDue().ifPresent(batch -> queue.offer(batch.paths(), batch.overflow()));
    }

    /** The next signalled key, waiting no longer than until the pending batch is due (null then). */
    private WatchKey nextKey() throws InterruptedException {
        long wait = debouncer.nanosUntilDue();
        if (wait == Long.MAX_VALUE) {
            return service.take();
        }
        return wait == 0 ? service.poll() : service.poll(wait, TimeUnit.NANOSECONDS);
    }

    private void collect(WatchKey key) {
        Path folder = folders.get(key);
        try {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || folder == null) {
                    debouncer.overflow();
                } else {
                    onEvent(event.kind(), folder.resolve((Path) event.context()));
                }
            }
        } catch (RuntimeException e) {
            // Most likely a folder that vanished while being registered: the catch-up sorts it out.
            fail(e);
        } finally {
            if (!key.reset() && folders.remove(key) != null && !closed) {
                // The folder is gone (deleted, or its watch cancelled). Its parent's delete event may already have
                // been handled while this key was still known, or come after it was dropped here: either way
                // nothing else would ever say that its articles went with it. (Seen once in CI: a deleted folder's
                // last article stayed searchable.) A pass over the path catches up if articles lay under it.
                debouncer.add(folder);
            }
        }
    }

    private void onEvent(WatchEvent.Kind<?> kind, Path path) {
        boolean folder = Files.isDirectory(path);
        if (folder && kind == ENTRY_MODIFY) {
            return; // a folder's attributes changed; its files report their own events
        }
        if (kind == ENTRY_CREATE && folder) {
            registerQuietly(path);
        }
        if (kind == ENTRY_DELETE && forgetFolder(path)) {
            folder = true;
        }
        // Other files (editor swap files, temporary names) are not articles and never need a pass.
        if (folder || CorpusReader.isMarkdownName(path)) {
            debouncer.add(path);
        }
    }

    /** Cancels the watches of a folder that was deleted or moved away; true if it was one. */
    private boolean forgetFolder(Path path) {
        boolean known = false;
        for (var entry : folders.entrySet()) {
            if (entry.getValue().startsWith(path)) {
                entry.getKey().cancel();
                folders.remove(entry.getKey());
                known = true;
            }
        }
        return known;
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Events could not be followed: logged, counted, and the next pass catches up with the whole corpus. */
    private void fail(Exception e) {
        watchFailures.incrementAndGet();
        LOG.warn("Lost track of corpus changes ({}); the next pass catches up with the whole corpus", e.toString());
        debouncer.overflow();
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file or folder removed during the walk is not an error; the events say what happened.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Stops watching, drops changes not yet handed over (the next start catches up) and awaits the running pass. */
    @Override
    public void close() {
        closed = true;
        closeQuietly();
        if (thread.isAlive()) {
            thread.interrupt();
        }
        indexing.shutdown();
        try {
            if (!indexing.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("An indexing pass is still running after {}; closing anyway", CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Failed to close the watch service: {}", e.toString());
        }
    }
}
