package docsift.corpus;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder and every folder below it, and hands the changed paths to the
 * {@link IndexingQueue} once a burst of events has settled ({@link Debouncer}). A lost-events overflow leads to
 * a catch-up of the whole corpus. No exception ends the watch thread: each is logged and counted.
 *
 * <p>The corpus folder itself may go away: deleted and recreated, or swapped by renaming ({@code mv C C.old;
 * mv new C}, as deploy scripts and checkouts do), or re-pointed when it is a symlink. Its watch then either
 * lapses or silently follows the old folder, so the watcher also checks the root every
 * {@link Settings#rootCheck()}: when the folder is missing, {@link #status()} says the index no longer follows
 * the corpus; when it is back or is another folder (its file key, the inode, changed), every watch is
 * registered anew and a catch-up of the whole corpus follows at once.
 *
 * <p>Lifecycle: {@link #start()} registers the folders (so nothing written from then on is missed) and starts the
 * watch thread, {@link #close()} stops it. Registration walks the whole tree, so the server starts answering
 * before it. Thread-safe.
 */
public final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    /**
     * How changes are coalesced and the root is checked.
     *
     * @param quietPeriod a pass starts once no event arrived for this long (one save makes several events)
     * @param maxDelay    ... or once the first pending event is this old, so a file rewritten without pause
     *                    is still indexed
     * @param rootCheck   how often the corpus folder itself is checked (a stat call): the longest a swapped
     *                    corpus folder goes unnoticed
     */
    public record Settings(Duration quietPeriod, Duration maxDelay, Duration rootCheck) {
        /** 25 ms covers the event burst of one save on local disks; most of a 200 ms budget stays for indexing. */
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(25), Duration.ofMillis(250));

        public Settings {
            if (quietPeriod.isNegative() || maxDelay.compareTo(quietPeriod) < 0) {
                throw new IllegalArgumentException("need 0 <= quietPeriod <= maxDelay");
            }
            if (rootCheck.isNegative() || rootCheck.isZero()) {
                throw new IllegalArgumentException("need rootCheck > 0");
            }
        }

        /** Checks the root once a second: one stat call, and a swap noticed within a second. */
        public Settings(Duration quietPeriod, Duration maxDelay) {
            this(quietPeriod, maxDelay, Duration.ofSeconds(1));
        }
    }

    /**
     * Whether the index follows the corpus folder's changes. Immutable.
     *
     * @param following false while the corpus folder is missing or cannot be watched
     * @param reason    why not, or null
     * @param since     since when not, or null
     */
    public record Status(boolean following, String reason, Instant since) {
        static final Status FOLLOWING = new Status(true, null, null);
    }

    private final Path root;
    private final WatchService service;
    /** Registered folders by their watch key: events carry only a name relative to the folder. */
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Debouncer debouncer;
    private final IndexingQueue queue;
    private final long rootCheckNanos;
    private final Thread thread;
    private final AtomicLong watchFailures = new AtomicLong();
    private final AtomicLong reRegistrations = new AtomicLong();
    /** The root folder's file key (inode) when it was registered; read and written by the watch thread. */
    private Object rootKey;
    private long nextRootCheck;
    private volatile Status status = Status.FOLLOWING;
    private volatile boolean closed;
    private volatile boolean started;

    /** Watches nothing yet: {@link #start()} registers the folders; nothing is offered to the queue before. */
    public CorpusWatcher(Path root, IndexingQueue queue, Settings settings) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = this.root.getFileSystem().newWatchService();
        this.debouncer = new Debouncer(settings.quietPeriod(), settings.maxDelay(), System::nanoTime);
        this.queue = queue;
        this.rootCheckNanos = settings.rootCheck().toNanos();
        this.thread = new Thread(this::run, "docsift-watch");
        thread.setDaemon(true);
    }

    /**
     * Registers every folder under the corpus root, then starts watching: events from the registration on are
     * not lost (the OS queues them). On failure the watcher is closed.
     */
    public void start() throws IOException {
        try {
            rootKey = fileKey(this.root);
            registerTree(this.root);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        nextRootCheck = System.nanoTime() + rootCheckNanos;
        thread.start();
        started = true;
        LOG.info("Watching {} ({} folders) for changes", root, folders.size());
    }

    /** False until {@link #start()} has registered the folders: changes are not followed yet. */
    public boolean started() {
        return started;
    }

    /** Whether the index follows the corpus folder now. */
    public Status status() {
        return status;
    }

    /** Number of times events could not be followed (each was logged and led to a catch-up). */
    public long failures() {
        return watchFailures.get();
    }

    /** Number of times the corpus folder was found replaced or back, and watched anew. */
    public long reRegistrations() {
        return reRegistrations.get();
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

    /** Collects the events of one signalled folder, checks the root when due, hands over a due batch. */
    private void step() throws InterruptedException {
        WatchKey key = nextKey();
        if (key != null) {
            collect(key);
        }
        if (System.nanoTime() - nextRootCheck >= 0) {
            checkRoot();
        }
        debouncer.takeIfDue().ifPresent(batch -> queue.offer(batch.paths(), batch.overflow()));
    }

    /** The next signalled key, waiting no longer than until the pending batch or the root check is due. */
    private WatchKey nextKey() throws InterruptedException {
        long wait = Math.min(debouncer.nanosUntilDue(), Math.max(0, nextRootCheck - System.nanoTime()));
        return wait == 0 ? service.poll() : service.poll(wait, TimeUnit.NANOSECONDS);
    }

    /**
     * Is the watched root still the corpus folder? Missing: the index stops following (and says so). Back, or
     * another folder under the same name: watch it anew and catch up.
     */
    private void checkRoot() {
        nextRootCheck = System.nanoTime() + rootCheckNanos;
        Object key = fileKey(root);
        if (key == null) {
            lose("the corpus folder " + root + " is missing; the index keeps its last version");
            cancelAll();
        } else if (!status.following() || !key.equals(rootKey) || !rootWatched()) {
            watchAnew(key);
        }
    }

    private boolean rootWatched() {
        return folders.entrySet().stream().anyMatch(e -> e.getValue().equals(root) && e.getKey().isValid());
    }

    /** The folder's file key (device and inode on Linux), or null when it is missing or no folder. */
    private static Object fileKey(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return null;
            }
            // Without file keys (rare file systems) only a lapsed watch reveals a replaced root.
            return attributes.fileKey() == null ? Boolean.TRUE : attributes.fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void lose(String reason) {
        if (status.following()) {
            LOG.warn("Stopped following the corpus: {}", reason);
            status = new Status(false, reason, Instant.now());
        }
    }

    private void watchAnew(Object key) {
        cancelAll();
        try {
            registerTree(root);
        } catch (IOException | RuntimeException e) {
            watchFailures.incrementAndGet();
            lose("cannot watch the corpus folder " + root + ": " + e);
            cancelAll();
            return;
        }
        rootKey = key;
        reRegistrations.incrementAndGet();
        LOG.info("The corpus folder {} was replaced or is back: watching {} folders anew and catching up", root,
                folders.size());
        status = Status.FOLLOWING;
        // Whatever happened meanwhile went unseen: the whole corpus is compared with the index, now.
        queue.catchUpSoon();
    }

    private void cancelAll() {
        folders.keySet().forEach(WatchKey::cancel);
        folders.clear();
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
                lapsed(folder);
            }
        }
    }

    /** A folder's watch lapsed: it was deleted, moved away, or its watch cancelled. */
    private void lapsed(Path folder) {
        if (folder.equals(root)) {
            nextRootCheck = System.nanoTime(); // the corpus folder itself: checkRoot() sorts it out now
            return;
        }
        // Its parent's delete event may already have been handled while this key was still known, or come after
        // it was dropped here: either way nothing else would ever say that its articles went with it. (Seen once
        // in CI: a deleted folder's last article stayed searchable.) A pass over the path catches up if articles
        // lay under it.
        debouncer.add(folder);
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
        // Other files (editor swap files, temporary names) are neither articles nor includes and never need a pass.
        if (folder || queue.concerns(path)) {
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
        } catch (NoSuchFileException e) {
            fail(e); // gone again before it was watched: its events said so, the catch-up sorts it out
        } catch (IOException e) {
            // Most likely the system's limit of watches: that folder's changes would go unseen. Said in /health,
            // and the root check tries to watch the whole tree again.
            fail(e);
            lose("cannot watch " + folder + ": " + e.getMessage());
        }
    }

    /** Events could not be followed: logged, counted, and the next pass catches up with the whole corpus. */
    private void fail(Exception e) {
        watchFailures.incrementAndGet();
        LOG.warn("Lost track of corpus changes ({}); the next pass catches up with the whole corpus", e.toString());
        debouncer.overflow();
    }

    private void registerTree(Path start) throws IOException {
        // "start/." so that a corpus root that is a symlink (a deploy's "current") is entered, not skipped.
        Files.walkFileTree(start.resolve("."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir.normalize());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file or folder removed during the walk is not an error; the events say what happened.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Stops watching and drops changes not yet handed over (the next start catches up). */
    @Override
    public void close() {
        closed = true;
        closeQuietly();
        if (thread.isAlive()) {
            thread.interrupt();
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
