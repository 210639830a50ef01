package docsift.bench;

import docsift.search.SearchRequest;
import docsift.search.SearchResponse;
import java.io.IOException;
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
 * One search as {@code /search} runs it (parse, rank, facets, highlighting, evidence, suggestion) over the
 * query mix, one query per call in rotation. Sample mode reports the p50/p99 the targets are stated in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms256m", "-Xmx1g"})
public class SearchBench {
    private Fixture fixture;
    private List<SearchRequest> requests;

    /** Next query for each thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        fixture = Fixture.forSearch();
        requests = Workload.queries().stream().map(q -> SearchRequest.of(q, 10)).toList();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        fixture.close();
    }

    @Benchmark
    public SearchResponse search(Cursor cursor) throws IOException {
        SearchRequest request = requests.get(cursor.next);
        cursor.next = (cursor.next + 1) % requests.size();
        return fixture.search.search(request);
    }
}
