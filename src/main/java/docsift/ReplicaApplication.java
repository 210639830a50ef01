package docsift;

import docsift.app.RenderedArticles;
import docsift.app.ReplicaOperations;
import docsift.http.HttpServer;
import docsift.http.ServerSettings;
import docsift.markdown.ArticleRenderer;
import docsift.replica.Replica;
import docsift.replica.StoredArticles;
import docsift.search.Catalog;
import docsift.search.SearchService;
import docsift.search.rank.RankingFeatures;
import docsift.search.view.Searchers;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running read replica, wired by constructor: the replica (its folder, its copy of the primary's index and
 * the thread that follows the primary), searchers over what it copied, and the HTTP server. No corpus, no
 * writer, no watcher. {@link #close()} stops serving first, then following. Used by {@code serve
 * --replicate-from} and by tests.
 */
public final class ReplicaApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaApplication.class);
    private final Replica replica;
    private final Searchers searchers;
    private final HttpServer server;
    private final int port;

    private ReplicaApplication(Replica.Settings replication, ServerSettings settings) throws IOException {
        replica = Replica.start(replication, Searchers.factory());
        searchers = new Searchers(replica.searcherManager());
        Catalog catalog = new Catalog(searchers);
        HttpServer.Services services = new HttpServer.Services(new SearchService(searchers, RankingFeatures.ALL,
                settings.searches().timeLimit()), catalog,
                new RenderedArticles(new StoredArticles(searchers, new ArticleRenderer())), new ReplicaOperations(replica, catalog));
        server = new HttpServer(services, settings);
        try {
            port = server.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens (or resumes) the replica's folder, starts following the primary and serving. */
    public static ReplicaApplication start(Replica.Settings replication, ServerSettings settings) throws IOException {
        return new ReplicaApplication(replication, settings);
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The replica, for its status. */
    public Replica replica() {
        return replica;
    }

    @Override
    public void close() {
        server.close();
        for (AutoCloseable resource : new AutoCloseable[] {searchers, replica}) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Failed to close {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
