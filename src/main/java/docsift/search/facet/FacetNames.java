package docsift.search.facet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The value names of the faceted fields' sorted doc values by ordinal, per open segment reader, filled in as they
 * are first needed and dropped when the segment closes: turning ordinals back into names (a terms-dictionary seek
 * and a UTF-8 decode per value, per segment, per request) was the largest cost of facet counting with tens of
 * thousands of topics. Kept per segment rather than per index view because a refresh reopens only the segments
 * that changed. One per {@code SearchService}; thread-safe.
 */
public final class FacetNames {
    private final Map<IndexReader.CacheKey, Map<String, String[]>> names = new ConcurrentHashMap<>();

    /** The names array of a segment's field (null entries not yet looked up); null when the reader has no cache key. */
    String[] of(LeafReaderContext context, String field, int valueCount) {
        IndexReader.CacheHelper helper = context.reader().getReaderCacheHelper();
        if (helper == null) {
            return null;
        }
        Map<String, String[]> byField = names.get(helper.getKey());
        if (byField == null) {
            byField = new ConcurrentHashMap<>();
            Map<String, String[]> raced = names.putIfAbsent(helper.getKey(), byField);
            if (raced == null) {
                helper.addClosedListener(names::remove);
            } else {
                byField = raced;
            }
        }
        String[] values = byField.computeIfAbsent(field, f -> new String[valueCount]);
        return values.length == valueCount ? values : null;
    }
}
