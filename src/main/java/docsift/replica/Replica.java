package docsift.replica;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.replicator.nrt.Node;
import org.apache.lucene.replicator.nrt.NodeCommunicationException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read replica: follows the primary at {@link Settings#primary()} by polling its version and copying each
 * newer point into its own folder, and serves searches from the last completely copied point. When the
 * primary cannot be reached it keeps serving that point and says so in {@link #status()}. Owns its node, its
 * folder and its poll thread; thread-safe.
 */
public final class Replica implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);

    /**
     * Where to replicate from and to.
     *
     * @param primary the primary's base URL ({@code http://host:port})
     * @param token   the admin token shared with the primary, or null (then only a primary on this machine
     *                answers)
     * @param index   this replica's own index folder
     * @param poll    how often to ask the primary for its version
     */
    public record Settings(URI primary, String token, Path index, Duration poll) {
        /** Polled ten times a second: the request is a few bytes, and the interval bounds the lag. */
        public static final Duration DEFAULT_POLL = Duration.ofMillis(100);
    }

    private final PrimaryClient client;
    private final ReplicaIndexNode node;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("docsift-replica-poll").daemon().factory());
    private volatile PointVersion primaryLatest;
    private volatile boolean reachable;
    private volatile Instant lastContact;
    private volatile String lastError;
    private volatile ReplicaStatus.Copy lastCopy;

    private Replica(Settings settings, SearcherFactory factory) throws IOException {
        client = new PrimaryClient(settings.primary(), settings.token());
        Files.createDirectories(settings.index());
        Directory directory = FSDirectory.open(settings.index());
        try {
            node = new ReplicaIndexNode(directory, factory, client, startGeneration(directory), this::copied);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        LOG.info("Replica of {} serving version {} from {}", settings.primary(), servingVersion(), settings.index());
        long every = settings.poll().toMillis();
        poller.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the replica's folder (resuming from its last copied point, if any) and starts following the
     * primary. Searchers are made by {@code factory}.
     */
    public static Replica start(Settings settings, SearcherFactory factory) throws IOException {
        return new Replica(settings, factory);
    }

    /**
     * The primary generation to start from: the primary's, when it answers; else the one the local commit
     * was copied under, so the replica serves what it has and catches up later.
     */
    private long startGeneration(Directory directory) throws IOException {
        try {
            PointVersion latest = client.version();
            contacted(latest);
            return latest.primaryGen();
        } catch (IOException e) {
            failed("primary unreachable at start: " + e.getMessage());
            if (!DirectoryReader.indexExists(directory)) {
                return -1;
            }
            String gen = SegmentInfos.readLatestCommit(directory).getUserData().get(Node.PRIMARY_GEN_KEY);
            return gen == null ? -1 : Long.parseLong(gen);
        }
    }

    /** The searcher manager over the last copied point: Lucene swaps it atomically after each copy. */
    public ReferenceManager<IndexSearcher> searcherManager() {
        return node.getSearcherManager();
    }

    private void poll() {
        try {
            PointVersion latest = client.version();
            contacted(latest);
            if (latest.version() > servingVersion() && !node.isCopying()) {
                node.copy(client.point());
            }
        } catch (IOException | NodeCommunicationException e) {
            failed(e.getMessage());
        } catch (RuntimeException e) {
            // The poll thread must survive anything, or the replica would silently stop following.
            LOG.warn("Replication: poll failed", e);
            failed(e.toString());
        }
    }

    private void contacted(PointVersion latest) {
        if (!reachable) {
            LOG.info("Replication: primary {} reached (version {})", client.primary(), latest.version());
        }
        primaryLatest = latest;
        reachable = true;
        lastContact = Instant.now();
        lastError = null;
    }

    private void failed(String why) {
        if (reachable || lastError == null) {
            LOG.warn("Replication: {}; serving version {} until the primary answers", why, servingVersionOrNone());
        }
        reachable = false;
        lastError = why;
    }

    private void copied(long version, long bytes, int files, long nanos) {
        lastCopy = new ReplicaStatus.Copy(version, files, bytes, nanos / 1_000_000, Instant.now().toString());
        LOG.info("Replication: now serving version {} ({} files, {} bytes copied in {} ms)", version, files, bytes,
                nanos / 1_000_000);
    }

    private long servingVersion() throws IOException {
        return node.getCurrentSearchingVersion();
    }

    private long servingVersionOrNone() {
        try {
            return node == null ? -1 : servingVersion();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The replica's state for {@code /health}. */
    public ReplicaStatus status() {
        long serving = servingVersionOrNone();
        PointVersion latest = primaryLatest;
        long primaryVersion = latest == null ? -1 : latest.version();
        boolean behind = primaryVersion > serving;
        long lag = behind ? Math.max(0, System.currentTimeMillis() - latest.publishedAtMs()) : 0;
        String status = !reachable ? "primary-unreachable" : behind ? "catching-up"
                : primaryVersion >= 0 && primaryVersion < serving ? "diverged" : "ok";
        Instant contact = lastContact;
        return new ReplicaStatus(status, client.primary().toString(), serving, primaryVersion, lag, reachable,
                contact == null ? null : contact.toString(), lastError, lastCopy);
    }

    @Override
    public void close() throws IOException {
        poller.shutdownNow();
        try {
            poller.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        node.close();
    }
}
