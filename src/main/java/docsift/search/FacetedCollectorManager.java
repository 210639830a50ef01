package docsift.search;

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

            FacetedLeafCollector(LeafReaderContext context, LeafCollector delegate) throws IOException {
                this.kindValues = DocValues.getSorted(context.reader(), Fields.KIND);
                this.topicValues = DocValues.getSorted(context.reader(), Fields.TOPIC);
                this.delegate = delegate;
                this.wantedKind = kindValues.lookupTerm(new org.apache.lucene.util.BytesRef(kind));
                this.wantedTopic = topic == null ? -1 : topicValues.lookupTerm(new org.apache.lucene.util.BytesRef(topic));
                this.kindCounts = new int[kindValues.getValueCount()];
                this.topicCounts = new int[topicValues.getValueCount()];
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
                fold(kindValues, kindCounts, kinds);
                fold(topicValues, topicCounts, topics);
                delegate.finish();
            }
        }

        private static void fold(SortedDocValues values, int[] counts, Map<String, Long> into) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                }
            }
        }
    }
}
