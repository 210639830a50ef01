package docsift.search.collapse;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Keeps one document per collapse key ({@link CollapseKeys}) while the matches are collected: the copy in
 * the preferred version ({@link VersionFolders#preference()}), whatever the others score, since that is the
 * copy a reader is shown and its score is the one the hit is ranked by. Every match is visited (facets are
 * counted in the same pass), so the total is the exact number of keys. A new instance per search; not
 * thread-safe.
 */
public final class CollapsingCollectorManager implements CollectorManager<CollapsingCollectorManager.Heads,
        Collapsed> {
    private final CollapseKeys keys;
    private final boolean byVersion;
    /** The key reader of the segment being collected, shared with the facet counts ({@link #keysOf}). */
    private CollapseKeys.LeafKeys current;

    /**
     * @param byVersion true to collapse a section's copies in several versions; false to keep every document
     *                  (grouped by article, for listing every copy)
     */
    public CollapsingCollectorManager(CollapseKeys keys, boolean byVersion) {
        this.keys = keys;
        this.byVersion = byVersion;
    }

    @Override
    public Heads newCollector() {
        return new Heads();
    }

    @Override
    public Collapsed reduce(Collection<Heads> collectors) {
        Heads all = null;
        for (Heads heads : collectors) {
            if (all == null) {
                all = heads;
            } else {
                all.ranks = keys.ranks().ranks(); // every version any collector met
                for (int i = 0; i < heads.size; i++) {
                    all.offer(heads.keys[i], heads.docs[i], heads.scores[i], heads.versions[i], heads.pages[i]);
                }
            }
        }
        return all == null ? Collapsed.EMPTY : all.collapsed();
    }

    /**
     * The key reader of a segment with versions collapsed or not: the collector's own for the segment being
     * collected, so that {@link CopiesOnce}, keying each match before the collector does, reads its doc values
     * once for both.
     */
    CollapseKeys.LeafKeys keysOf(LeafReaderContext context, boolean collapsed) throws IOException {
        if (current == null || !current.reads(context, collapsed)) {
            current = keys.leaf(context, collapsed);
        }
        return current;
    }

    /** The head of each key seen so far, in slots kept by a {@link KeyTable}. */
    public final class Heads implements Collector {
        private final KeyTable table = new KeyTable(1024);
        private long[] keys = new long[1024];
        private int[] docs = new int[1024];
        private float[] scores = new float[1024];
        /** Per slot, the number of its version folder ({@link VersionRanks#id}), or -1. */
        private int[] versions = new int[1024];
        private long[] pages = new long[1024];
        private int size;
        /** The ranks of the version numbers met so far: read again for each segment, which may add versions. */
        private int[] ranks = new int[0];

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            CollapseKeys.LeafKeys leafKeys = keysOf(context, byVersion);
            ranks = CollapsingCollectorManager.this.keys.ranks().ranks();
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    long key = leafKeys.key(doc);
                    offer(key, base + doc, scorer.score(), leafKeys.version(), leafKeys.page());
                }
            };
        }

        /** Keeps the document if its key is new, or if it is a preferred version of a key already seen. */
        void offer(long key, int doc, float score, int version, long page) {
            int slot = table.add(key);
            if (slot == size) {
                grow();
                size++;
            } else if (!better(version, score, doc, slot)) {
                return;
            }
            keys[slot] = key;
            docs[slot] = doc;
            scores[slot] = score;
            versions[slot] = version;
            pages[slot] = page;
        }

        private boolean better(int version, float score, int doc, int slot) {
            int held = versions[slot];
            int byVersion = version < 0 || held < 0 ? 0 : Integer.compare(ranks[version], ranks[held]);
            if (byVersion != 0) {
                return byVersion < 0;
            }
            return score > scores[slot] || (score == scores[slot] && doc < docs[slot]);
        }

        private void grow() {
            if (size == docs.length) {
                int capacity = docs.length * 2;
                keys = java.util.Arrays.copyOf(keys, capacity);
                docs = java.util.Arrays.copyOf(docs, capacity);
                scores = java.util.Arrays.copyOf(scores, capacity);
                versions = java.util.Arrays.copyOf(versions, capacity);
                pages = java.util.Arrays.copyOf(pages, capacity);
            }
        }

        Collapsed collapsed() {
            return new Collapsed(java.util.Arrays.copyOf(docs, size), java.util.Arrays.copyOf(scores, size),
                    java.util.Arrays.copyOf(pages, size));
        }
    }
}
