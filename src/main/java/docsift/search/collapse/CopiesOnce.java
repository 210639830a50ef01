package docsift.search.collapse;

import docsift.index.Fields;
import docsift.search.facet.FacetDedup;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Counts a collapsed hit once per facet value: a section in ten versions is one section of its kind and topic.
 * The folder facet still counts every copy, since choosing a folder (one version) finds exactly the copies in
 * it. Remembers (hit, value) pairs across segments, so one per search; not thread-safe (docsift's searchers
 * have no executor, so one collector sees every segment in turn). The values' hashes come from
 * {@link CollapseKeys#valueHashes}, kept per segment across searches: hashing each value's name anew (a
 * compressed terms-dictionary read per value per search) was a tenth of a collapsed search on cockroachdb-docs.
 */
public final class CopiesOnce implements FacetDedup {
    private final CollapseKeys keys;
    private final CollapsingCollectorManager collector;
    /** Per faceted field (by index), the (hit, value) pairs counted so far; null for a field counting every copy. */
    private KeyTable[] counted;

    /** Counts the copies of the hits {@code collector} collapses, keyed as it keys them. */
    public CopiesOnce(CollapseKeys keys, CollapsingCollectorManager collector) {
        this.keys = keys;
        this.collector = collector;
    }

    @Override
    public Leaf leaf(LeafReaderContext context, List<String> fields) throws IOException {
        if (counted == null) {
            counted = new KeyTable[fields.size()];
            for (int f = 0; f < counted.length; f++) {
                counted[f] = fields.get(f).equals(Fields.FOLDER) ? null : new KeyTable(1024);
            }
        }
        CollapseKeys.LeafKeys leafKeys = collector.keysOf(context, true);
        long[][] hashes = new long[fields.size()][];
        for (int f = 0; f < hashes.length; f++) {
            hashes[f] = counted[f] == null ? null : keys.valueHashes(context, fields.get(f));
        }
        return new Leaf() {
            @Override
            public long key(int doc) throws IOException {
                return leafKeys.key(doc);
            }

            @Override
            public boolean first(int field, long key, int ord) {
                KeyTable seen = counted[field];
                if (seen == null) {
                    return true;
                }
                int before = seen.size();
                return seen.add(CollapseKeys.combine(key, hashes[field][ord])) == before;
            }
        };
    }
}
