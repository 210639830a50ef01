package docsift.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.Application;
import docsift.corpus.CorpusWatcher;
import docsift.corpus.SyncReport;
import docsift.http.ServerSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How long after a save an edit is searchable: a real server (in this JVM) watches a corpus holding v2 of the
 * article, and each of 20 edits puts a new unique word into one prose line (a different section each time),
 * while a reader searches without pause ({@link ContinuousReader}; {@code -Dfreshness.reader=false} leaves it
 * out). Two latencies per edit, from just before the write: until the watcher's pass has committed and
 * refreshed the searcher (the indexing thread's callback), and until {@code GET /search} for the word, sent
 * right after that callback, has returned it. Prints p50, p95 and max. Run with
 * {@code mvn -q test-compile exec:exec@freshness}; the first save after a start is {@link FirstSaveBenchmark}.
 * Not a test: nothing here asserts on time.
 */
public final class FreshnessBenchmark {
    /** Edits before measuring, so that the parser, analyzers and searcher run JIT-compiled code. */
    private static final int WARM_UP = 10;
    private static final int EDITS = 20;
    private static final String ARTICLE = ArticleEdits.ARTICLE;
    private static final boolean READER = Boolean.parseBoolean(System.getProperty("freshness.reader", "true"));
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<Long> passes = new LinkedBlockingQueue<>();
    private final ArticleEdits edits;

    private FreshnessBenchmark(ArticleEdits edits) {
        this.edits = edits;
    }

    public static void main(String[] args) throws Exception {
        new FreshnessBenchmark(ArticleEdits.ofV2()).run();
    }

    private void run() throws Exception {
        Path root = Files.createTempDirectory("docsift-freshness");
        Path article = Files.createDirectories(root.resolve("corpus")).resolve(ARTICLE);
        Files.writeString(article, edits.original());
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Files.createDirectories(root.resolve("web")),
                null, null, 8);
        try (Application app = Application.start(new Application.Config(root.resolve("corpus"), root.resolve("index"),
                settings, CorpusWatcher.Settings.DEFAULT, this::onPass));
             ContinuousReader reader = READER ? ContinuousReader.start(app.port()) : null) {
            List<long[]> samples = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < WARM_UP + EDITS; i++) {
                long[] sample = edit(app.port(), article, i);
                if (i >= WARM_UP) {
                    samples.add(sample);
                }
            }
            report(samples);
            if (reader != null) {
                System.out.printf("a reader searched all the while: %d searches in %.1f s (%d refused with 429 and "
                        + "retried)%n", reader.searched(), (System.nanoTime() - start) / 1e9, reader.refused());
            }
        }
    }

    /** Passes that found nothing new (a second event of the same save) say nothing about freshness. */
    private void onPass(SyncReport report) {
        if (report.changedIndex()) {
            passes.add(System.nanoTime());
        }
    }

    /** One edit: {write-to-committed-and-refreshed, write-to-first-search-hit} in nanoseconds. */
    private long[] edit(int port, Path article, int n) throws Exception {
        String word = ArticleEdits.uniqueWord(n);
        String text = edits.withWord(n, word);
        if (total(port, word) != 0) {
            throw new IllegalStateException("'" + word + "' is found before it is written");
        }
        passes.clear();
        long start = System.nanoTime();
        Files.writeString(article, text);
        Long committed = passes.poll(30, TimeUnit.SECONDS);
        if (committed == null) {
            throw new IllegalStateException("no watcher pass after edit " + n);
        }
        long searchable = awaitHit(port, word) - start;
        return new long[] {committed - start, searchable};
    }

    /**
     * The time a search first returns the word. The first request goes out as soon as the pass has ended, so
     * it normally succeeds at once; polling from the write on would take CPU from the indexer on 2 cores.
     */
    private long awaitHit(int port, String word) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (System.nanoTime() < deadline) {
            if (total(port, word) > 0) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new IllegalStateException("'" + word + "' not searchable within 30 s");
    }

    private long total(int port, String word) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/search?article=" + ARTICLE + "&q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("total").asLong();
    }

    private static void report(List<long[]> samples) throws IOException {
        System.out.printf("%d edits of %s (v2, %d KB) after %d warm-up edits, %s; %d CPUs, load average %s%n",
                samples.size(), ARTICLE, 156, WARM_UP, READER ? "a reader searching throughout" : "no other reader",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        print("write -> committed and searcher refreshed", samples.stream().mapToLong(s -> s[0]).toArray());
        print("write -> first /search hit             ", samples.stream().mapToLong(s -> s[1]).toArray());
    }

    private static void print(String what, long[] nanos) {
        long[] ms = Arrays.stream(nanos).map(n -> n / 1_000_000).sorted().toArray();
        System.out.printf("%s  p50 %4d ms  p95 %4d ms  max %4d ms%n", what, percentile(ms, 50), percentile(ms, 95),
                ms[ms.length - 1]);
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Load average and, where Linux reports it, the share of time runnable tasks waited for a CPU. */
    static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        Path pressure = Path.of("/proc/pressure/cpu");
        String load = Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
        String waiting = Files.exists(pressure) ? Files.readString(pressure).split("\\s+")[1] : null;
        return waiting == null ? load : load + ", CPU pressure " + waiting.replace("avg10=", "") + "% (10 s)";
    }
}
