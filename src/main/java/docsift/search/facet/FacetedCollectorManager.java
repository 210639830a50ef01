package docsift.search.facet;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the matching documents that both collects the top hits of the requested kind, topic and folder
 * and counts the kind, topic and folder facets, each facet with the others' filters applied but not its own (so
 * the counts of the values one could switch to stay visible). Reads the values from sorted doc values:
 * per-segment ordinals, no stored-field access. The hits are kept by a collector of the caller's choice: the
 * best by score ({@link #topScores}), or one per collapse key; when collapsing, a section's copies in several
 * versions count once in the kind and topic facets (see {@link FacetDedup}), while the folder facet counts each
 * copy, which is what choosing that folder (one version) finds. A new instance per search; not thread-safe.
 *
 * @param <C> the collector that keeps the hits
 * @param <T> what it reduces to
 */
public final class FacetedCollectorManager<C extends Collector, T> implements
        CollectorManager<FacetedCollectorManager<C, T>.FacetedCollector, FacetedCollectorManager.Result<T>> {

    /** Top hits and facet counts of one search. */
    public record Result<T>(T top, Map<String, Long> kinds, Map<String, Long> topics, Map<String, Long> folders) {
    }

    /** The faceted fields, in the order of {@link #wanted} and of each collector's counts. */
    private static final List<String> FIELDS = List.of(Fields.KIND, Fields.TOPIC, Fields.FOLDER);

    private final CollectorManager<C, T> topManager;
    private final FacetNames names;
    /** Per faceted field, the value hits must have, or null for any. */
    private final String[] wanted;
    /** Counts a collapsed section once per kind and topic, or null when nothing is collapsed. */
    private final FacetDedup dedup;

    /**
     * @param topManager keeps the hits
     * @param kind       the kind of documents that are hits
     * @param topic      the topic hits must have, or null for any
     * @param folder     the folder hits' articles must be in, or null for any
     * @param names      the value names of the open segments, shared by the searches of one service
     * @param dedup      what makes copies of a section count once, or null to count every document
     */
    public FacetedCollectorManager(CollectorManager<C, T> topManager, String kind, String topic, String folder,
                                   FacetNames names, FacetDedup dedup) {
        this.names = names;
        this.topManager = topManager;
        this.wanted = new String[] {kind, topic, folder};
        this.dedup = dedup;
    }

    /** Keeps the best {@code numHits} hits by score, counting every document in the facets. */
    public static FacetedCollectorManager<TopScoreDocCollector, TopDocs> topScores(int numHits, String kind,
            String topic, String folder, FacetNames names) {
        // Exact total hit counts: the API reports totals, and corpora are small enough to count them.
        return new FacetedCollectorManager<>(new TopScoreDocCollectorManager(numHits, Integer.MAX_VALUE), kind,
                topic, folder, names, null);
    }

    @Override
    public FacetedCollector newCollector() throws IOException {
        return new FacetedCollector(topManager.newCollector());
    }

    @Override
    public Result<T> reduce(Collection<FacetedCollector> collectors) throws IOException {
        List<C> tops = new ArrayList<>();
        List<Map<String, Long>> counts = newCounts();
        for (FacetedCollector collector : collectors) {
            tops.add(collector.top);
            for (int f = 0; f < FIELDS.size(); f++) {
                Map<String, Long> into = counts.get(f);
                collector.counts.get(f).forEach((value, n) -> into.merge(value, n, Long::sum));
            }
        }
        return new Result<>(topManager.reduce(tops), counts.get(0), counts.get(1), counts.get(2));
    }

    /** An empty count per faceted field. */
    private static List<Map<String, Long>> newCounts() {
        List<Map<String, Long>> counts = new ArrayList<>();
        FIELDS.forEach(field -> counts.add(new HashMap<>()));
        return counts;
    }

    /** Counts per segment by ordinal, then folds the counts into value names when the segment is done. */
    public final class FacetedCollector implements Collector {
        private final C top;
        private final List<Map<String, Long>> counts = newCounts();

        FacetedCollector(C top) {
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            // Every match must be visited to count facets, so no early termination on scores.
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new FacetedLeafCollector(context, top.getLeafCollector(context));
        }

        private final class FacetedLeafCollector implements LeafCollector {
            private final LeafCollector delegate;
            private final SortedDocValues[] values = new SortedDocValues[FIELDS.size()];
            /** Per field, the ordinal of the wanted value: -1 for any value, -2 when no document has it. */
            private final int[] wantedOrds = new int[FIELDS.size()];
            private final int[][] ordCounts = new int[FIELDS.size()][];
            private final String[][] names = new String[FIELDS.size()][];
            private final int[] ords = new int[FIELDS.size()];
            private final FacetDedup.Leaf copies;

            FacetedLeafCollector(LeafReaderContext context, LeafCollector delegate) throws IOException {
                this.delegate = delegate;
                this.copies = dedup == null ? null : dedup.leaf(context, FIELDS);
                for (int f = 0; f < FIELDS.size(); f++) {
                    values[f] = DocValues.getSorted(context.reader(), FIELDS.get(f));
                    int ord = wanted[f] == null ? -1 : values[f].lookupTerm(new BytesRef(wanted[f]));
                    wantedOrds[f] = wanted[f] == null ? -1 : ord >= 0 ? ord : -2;
                    ordCounts[f] = new int[values[f].getValueCount()];
                    names[f] = FacetedCollectorManager.this.names.of(context, FIELDS.get(f), ordCounts[f].length);
                }
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                delegate.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int failed = 0;
                int failedField = -1;
                for (int f = 0; f < ords.length; f++) {
                    ords[f] = values[f].advanceExact(doc) ? values[f].ordValue() : -1;
                    if (wantedOrds[f] != -1 && ords[f] != wantedOrds[f]) {
                        failed++;
                        failedField = f;
                    }
                }
                // A facet counts the documents that pass every other facet's filter.
                long key = copies == null ? 0 : copies.key(doc);
                for (int f = 0; f < ords.length; f++) {
                    if (ords[f] >= 0 && (failed == 0 || (failed == 1 && failedField == f))
                            && (copies == null || copies.first(f, key, ords[f]))) {
                        ordCounts[f][ords[f]]++;
                    }
                }
                if (failed == 0) {
                    delegate.collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < FIELDS.size(); f++) {
                    fold(names[f], values[f], ordCounts[f], counts.get(f));
                }
                delegate.finish();
            }
        }

        private static void fold(String[] names, SortedDocValues values, int[] counts, Map<String, Long> into)
                throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    String name = names == null ? null : names[ord];
                    if (name == null) {
                        name = values.lookupOrd(ord).utf8ToString();
                        if (names != null) {
                            names[ord] = name; // benign race: every thread stores the same immutable String
                        }
                    }
                    into.merge(name, (long) counts[ord], Long::sum);
                }
            }
        }
    }
}
