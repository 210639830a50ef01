package docsift.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections whose request header takes longer than {@link #HEADER_TIMEOUT} to arrive. Jetty's idle
 * timeout only fires after a silence, so a client dripping one header line every few seconds ("slowloris")
 * would hold a connection and its header buffer for ever; Node's {@code headersTimeout} and Apache's
 * {@code RequestReadTimeout header=} cut them off the same way. Once a second a sweeper looks at every open
 * HTTP/1 connection that is part-way through a request header; one that has been so for the whole timeout, on
 * the same request, is closed. A Jetty bean: started and stopped with the server. Thread-safe (one sweeper).
 */
final class SlowHeaderGuard extends AbstractLifeCycle {
    /** The longest a request header may take to arrive (Apache's default header timeout is 20-40 s). */
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** How long a connection may stay silent, between requests or inside one. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SlowHeaderGuard.class);

    /** When a connection was first seen reading a header, and how many requests it had had by then. */
    private record Pending(long since, long requests) {
    }

    private final Server server;
    /** Touched by the sweeper thread only. */
    private final Map<EndPoint, Pending> pending = new HashMap<>();
    private ScheduledExecutorService sweeper;

    SlowHeaderGuard(Server server) {
        this.server = server;
    }

    @Override
    protected void doStart() {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector bounded) {
                bounded.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "docsift-header-timeout");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        long now = System.nanoTime();
        Set<EndPoint> open = new HashSet<>();
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector abstractConnector) {
                for (EndPoint endPoint : abstractConnector.getConnectedEndPoints()) {
                    open.add(endPoint);
                    check(endPoint, now);
                }
            }
        }
        pending.keySet().retainAll(open);
    }

    private void check(EndPoint endPoint, long now) {
        if (!(endPoint.getConnection() instanceof HttpConnection http) || !readingHeader(http.getParser())) {
            pending.remove(endPoint);
            return;
        }
        Pending seen = pending.get(endPoint);
        if (seen == null || seen.requests() != http.getMessagesIn()) {
            pending.put(endPoint, new Pending(now, http.getMessagesIn()));
        } else if (now - seen.since() > HEADER_TIMEOUT.toNanos()) {
            LOG.debug("Closing {}: its request header took over {}", endPoint.getRemoteSocketAddress(), HEADER_TIMEOUT);
            pending.remove(endPoint);
            endPoint.close();
        }
    }

    /** Part-way through a request line or header: past the start, before the body. */
    private static boolean readingHeader(HttpParser parser) {
        return !parser.isStart() && parser.inHeaderState();
    }
}
