package docsift.search;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
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

/**
 * One pass over the matching documents that both collects the top hits of the requested kind and topic and
 * counts the kind and topic facets, each facet with the other's filter applied but not its own (so the
 * counts of the values one could switch to stay visible). Reads the kind and topic from sorted doc values:
 * per-segment ordinals, no stored-field access. A new instance per search; not thread-safe.
 */
final class FacetedCollectorManager implements CollectorManager<FacetedCollectorManager.FacetedCollector,
        FacetedCollectorManager.Result> {

    /** Top hits and facet counts of one search. */
    record Result(TopDocs topDocs, Map<String, Long> kinds, Map<String, Long> topics) {
    }

    /** Value names by ordinal, per open segment reader and field: see {@link #names}. */
    private static final Map<IndexReader.CacheKey, Map<String, String[]>> NAMES = new ConcurrentHashMap<>();

    private final TopScoreDocCollectorManager topManager;
    private final String kind;
    private final String topic;

    /**
     * @param numHits how many top hits to keep
     * @param kind    the kind of documents that are hits
     * @param topic   the topic hits must have, or null for any
     */
    FacetedCollectorManager(int numHits, String kind, String topic) {
        // Exact total hit counts: the API reports totals, and corpora are small enough to count them.
        this.topManager = new TopScoreDocCollectorManager(numHits, Integer.MAX_VALUE);
        this.kind = kind;
        this.topic = topic;
    }

    @Override
    public FacetedCollector newCollector() throws IOException {
        return new FacetedCollector(topManager.newCollector());
    }

    @Override
    public Result reduce(Collection<FacetedCollector> collectors) throws IOException {
        List<TopScoreDocCollector> tops = new ArrayList<>();
        Map<String, Long> kinds = new HashMap<>();
        Map<String, Long> topics = new HashMap<>();
        for (FacetedCollector collector : collectors) {
            tops.add(collector.top);
            collector.kinds.forEach((k, n) -> kinds.merge(k, n, Long::sum));
            collector.topics.forEach((t, n) -> topics.merge(t, n, Long::sum));
        }
        return new Result(topManager.reduce(tops), kinds, topics);
    }

    /** Counts per segment by ordinal, then folds the counts into value names when the segment is done. */
    final class FacetedCollector implements Collector {
        private final TopScoreDocCollector top;
        private final Map<String, Long> kinds = new HashMap<>();
        private final Map<String, Long> topics = new HashMap<>();

        FacetedCollector(TopScoreDocCollector top) {
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
            private final SortedDocValues kindValues;
            private final SortedDocValues topicValues;
            private final LeafCollector delegate;
            private final int wantedKind;
            private final int wantedTopic;
            private final int[] kindCounts;
            private final int[] topicCounts;
            private final String[] kindNames;
            private final String[] topicNames;

            FacetedLeafCollector(LeafReaderContext context, LeafCollector delegate) throws IOException {
                this.kindValues = DocValues.getSorted(context.reader(), Fields.KIND);
                this.topicValues = DocValues.getSorted(context.reader(), Fields.TOPIC);
                this.delegate = delegate;
                this.wantedKind = kindValues.lookupTerm(new org.apache.lucene.util.BytesRef(kind));
                this.wantedTopic = topic == null ? -1 : topicValues.lookupTerm(new org.apache.lucene.util.BytesRef(topic));
                this.kindCounts = new int[kindValues.getValueCount()];
                this.topicCounts = new int[topicValues.getValueCount()];
                this.kindNames = names(context, Fields.KIND, kindCounts.length);
                this.topicNames = names(context, Fields.TOPIC, topicCounts.length);
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                delegate.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int kindOrd = kindValues.advanceExact(doc) ? kindValues.ordValue() : -1;
                int topicOrd = topicValues.advanceExact(doc) ? topicValues.ordValue() : -1;
                boolean kindOk = kindOrd >= 0 && kindOrd == wantedKind;
                boolean topicOk = topic == null || (topicOrd >= 0 && topicOrd == wantedTopic);
                if (topicOk && kindOrd >= 0) {
                    kindCounts[kindOrd]++;
                }
                if (kindOk && topicOrd >= 0) {
                    topicCounts[topicOrd]++;
                }
                if (kindOk && topicOk) {
                    delegate.collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                fold(kindNames, kindValues, kindCounts, kinds);
                fold(topicNames, topicValues, topicCounts, topics);
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

    /**
     * The value names of a segment's sorted doc values by ordinal, filled in as they are first needed and
     * kept for as long as the segment reader is open: turning ordinals back into names (a terms-dictionary
     * seek and a UTF-8 decode per value, per segment, per request) was the largest cost of facet counting
     * with tens of thousands of topics. Null when the reader offers no cache key.
     */
    private static String[] names(LeafReaderContext context, String field, int valueCount) {
        IndexReader.CacheHelper helper = context.reader().getReaderCacheHelper();
        if (helper == null) {
            return null;
        }
        Map<String, String[]> byField = NAMES.get(helper.getKey());
        if (byField == null) {
            byField = new ConcurrentHashMap<>();
            Map<String, String[]> raced = NAMES.putIfAbsent(helper.getKey(), byField);
            if (raced == null) {
                helper.addClosedListener(NAMES::remove);
            } else {
                byField = raced;
            }
        }
        String[] names = byField.computeIfAbsent(field, f -> new String[valueCount]);
        return names.length == valueCount ? names : null;
    }
}
