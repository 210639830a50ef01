package docsift.metrics;

import docsift.app.IndexingCounters;
import docsift.corpus.SyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * docsift's meters in one Micrometer registry, written out in Prometheus' text format for {@code GET /metrics}:
 * HTTP requests by route and status, search latency, result-cache hits, documents and index size, indexing
 * passes, watcher failures, search-analytics drops and the JVM's own meters. Every meter name is here, so the
 * README's list and the scrape cannot drift apart. Owns the registry and the GC binder; thread-safe.
 */
public final class Metrics implements AutoCloseable {
    /** Content type of {@link #scrape()}: Prometheus text exposition format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** Latency buckets of the request and search timers: from a cached answer (under 1 ms) to a timeout. */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final List<LongSupplier> held = new CopyOnWriteArrayList<>();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** One HTTP request: {@code route} is the matched route pattern (bounded), never the raw path. */
    public void request(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests").description("HTTP requests by route and status")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status))
                .serviceLevelObjectives(LATENCY_BUCKETS).register(registry).record(took);
    }

    /** One answer of {@code /search}, from the result cache or searched (their share: docsift.search.cache). */
    public void search(Duration took) {
        Timer.builder("docsift.search").description("Time to answer a search, from the cache or not")
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry).record(took);
    }

    /** One indexing pass (the start-up catch-up, a watcher batch, a rebuild or a retry), once searchable. */
    public void indexPass(SyncReport report) {
        Timer.builder("docsift.index.pass.duration").description("Duration of indexing passes that succeeded")
                .register(registry).record(Duration.ofMillis(report.tookMs()));
        Counter.builder("docsift.index.articles.written").description("Articles written by indexing passes")
                .register(registry).increment(report.indexed().size());
    }

    /** A number read at each scrape, from a source that may fail (then the sample is NaN). */
    @FunctionalInterface
    public interface Reading {
        long read() throws IOException;
    }

    /** The index as it is at each scrape: documents searchable, and bytes of its folder on disk. */
    public void index(Reading documents, Path folder) {
        Gauge.builder("docsift.index.documents", documents, Metrics::read)
                .description("Searchable documents (sections, code blocks, use cases)").strongReference(true).register(registry);
        Gauge.builder("docsift.index.size", folder, f -> read(() -> folderSize(f))).baseUnit("bytes")
                .description("Size of the index folder").strongReference(true).register(registry);
    }

    /** Totals of indexing work kept by the application: passes, rebuilds and watcher failures. */
    public void indexing(Supplier<IndexingCounters> counters) {
        Map<String, ToLongFunction<IndexingCounters>> totals = new LinkedHashMap<>();
        totals.put("docsift.index.passes", IndexingCounters::passes);
        totals.put("docsift.index.passes.failed", IndexingCounters::failedPasses);
        totals.put("docsift.index.rebuilds", IndexingCounters::rebuilds);
        totals.put("docsift.index.rebuilds.failed", IndexingCounters::failedRebuilds);
        totals.put("docsift.watcher.failures", IndexingCounters::watchFailures);
        totals.put("docsift.watcher.recoveries", IndexingCounters::watchRecoveries);
        totals.forEach((name, total) -> FunctionCounter.builder(name, hold(() -> total.applyAsLong(counters.get())),
                LongSupplier::getAsLong).register(registry));
    }

    private static double read(Reading reading) {
        try {
            return reading.read();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(Metrics::sizeOrZero).sum();
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // Lucene deleted a merged-away file between listing and reading its size.
            return 0;
        }
    }

    /** Hits and misses of the {@code /search} result cache, counted by its owner. */
    public void resultCache(LongSupplier hits, LongSupplier misses) {
        FunctionCounter.builder("docsift.search.cache", hold(hits), LongSupplier::getAsLong).tag("result", "hit")
                .description("Searches answered from the result cache, or not").register(registry);
        FunctionCounter.builder("docsift.search.cache", hold(misses), LongSupplier::getAsLong).tag("result", "miss")
                .register(registry);
    }

    /** Counts kept by the analytics writer: events recorded and events dropped because its queue was full. */
    public void analytics(LongSupplier recorded, LongSupplier dropped) {
        FunctionCounter.builder("docsift.analytics.events", hold(recorded), LongSupplier::getAsLong).tag("result", "recorded")
                .description("Search analytics events, written or dropped on a full queue").register(registry);
        FunctionCounter.builder("docsift.analytics.events", hold(dropped), LongSupplier::getAsLong).tag("result", "dropped")
                .register(registry);
    }

    /** Keeps a function counter's source reachable: Micrometer holds it only weakly, and a lambda has no other owner. */
    private LongSupplier hold(LongSupplier source) {
        held.add(source);
        return source;
    }

    /** Every meter in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
