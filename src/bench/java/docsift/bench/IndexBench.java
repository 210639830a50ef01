package docsift.bench;

import docsift.corpus.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the index: a full build of the corpus ({@code docsift index}: read, parse, write, one commit,
 * refresh) and a one-file incremental update (what the watcher does on a save: read, parse, replace the
 * article's documents, commit, refresh searchers), each on a warm JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms256m", "-Xmx1g"})
public class IndexBench {
    private Path corpus;
    private Fixture fixture;
    private Path article;
    private String original;
    private int edits;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = Workload.copyOfCorpus();
        fixture = new Fixture(corpus);
        try (var files = Files.walk(corpus)) {
            article = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        original = Files.readString(article);
    }

    /** A different saved edit before each update: one new word in the article's first paragraph. */
    @Setup(Level.Invocation)
    public void edit() throws IOException {
        Files.writeString(article, original + "\n\nbenchedit" + (edits++) + "\n");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        fixture.close();
        Workload.delete(corpus);
    }

    @Benchmark
    public SyncReport fullBuild() throws IOException {
        return fixture.indexer.rebuild();
    }

    @Benchmark
    public SyncReport incrementalUpdate() throws IOException {
        return fixture.indexer.update(List.of(article));
    }
}
