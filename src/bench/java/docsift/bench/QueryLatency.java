package docsift.bench;

import docsift.search.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A plain-loop companion to {@link SearchBench} for profiling and for large corpora: indexes the corpus, runs
 * the query mix {@code rounds} times after a warm-up, and prints overall p50/p99/max and the slowest
 * queries by median, so a profile can be pointed at the query that needs it. Usage: {@code QueryLatency
 * [rounds]}.
 */
public final class QueryLatency {
    private QueryLatency() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> queries = Workload.queries();
        long built = System.nanoTime();
        try (Fixture fixture = Fixture.forSearch()) {
            System.out.printf("ready in %d ms%n", (System.nanoTime() - built) / 1_000_000);
            long[][] times = new long[queries.size()][rounds];
            for (int round = -rounds; round < rounds; round++) { // the first half is warm-up
                for (int q = 0; q < queries.size(); q++) {
                    long start = System.nanoTime();
                    fixture.search.search(SearchRequest.of(queries.get(q), 10));
                    if (round >= 0) {
                        times[q][round] = System.nanoTime() - start;
                    }
                }
            }
            report(queries, times);
        }
    }

    private static void report(List<String> queries, long[][] times) {
        long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%d searches: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", all.length,
                ms(all[all.length / 2]), ms(all[(int) (all.length * 0.99)]), ms(all[all.length - 1]));
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            Arrays.sort(times[q]);
            order.add(q);
        }
        order.sort(Comparator.comparingLong((Integer q) -> times[q][times[q].length / 2]).reversed());
        for (int q : order.subList(0, Math.min(15, order.size()))) {
            System.out.printf("  %8.3f ms  %s%n", ms(times[q][times[q].length / 2]), queries.get(q));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
