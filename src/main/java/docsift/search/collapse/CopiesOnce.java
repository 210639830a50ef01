package docsift.search.collapse;

import docsift.index.Fields;
import docsift.search.facet.FacetDedup;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * Counts a collapsed hit once per facet value: a section in ten versions is one section of its kind and topic.
 * The folder facet still counts every copy, since choosing a folder (one version) finds exactly the copies in
 * it. Remembers (hit, value) pairs across segments, so one per search; not thread-safe (docsift's searchers
 * have no executor, so one collector sees every segment in turn).
 */
public final class CopiesOnce implements FacetDedup {
    private final CollapseKeys keys;
    private final Map<String, KeyTable> counted = new HashMap<>();

    public CopiesOnce(CollapseKeys keys) {
        this.keys = keys;
    }

    @Override
    public Leaf leaf(LeafReaderContext context) throws IOException {
        CollapseKeys.LeafKeys leafKeys = keys.leaf(context, true);
        Map<String, long[]> valueHashes = new HashMap<>();
        return new Leaf() {
            @Override
            public long key(int doc) throws IOException {
                return leafKeys.key(doc);
            }

            @Override
            public boolean first(String field, long key, int ord, SortedDocValues values) throws IOException {
                if (field.equals(Fields.FOLDER)) {
                    return true;
                }
                long[] hashes = valueHashes.computeIfAbsent(field, f -> new long[values.getValueCount()]);
                if (hashes[ord] == 0) {
                    hashes[ord] = CollapseKeys.hash(values.lookupOrd(ord).utf8ToString()) | 1;
                }
                KeyTable seen = counted.computeIfAbsent(field, f -> new KeyTable(1024));
                int before = seen.size();
                return seen.add(CollapseKeys.combine(key, hashes[ord])) == before;
            }
        };
    }
}
