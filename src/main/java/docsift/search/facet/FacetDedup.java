package docsift.search.facet;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Which matches count in a facet when several documents are one hit (a section's copies in several versions):
 * each hit once per facet value. Implemented where the hits are collapsed; one per search.
 */
public interface FacetDedup {
    /**
     * The counting state for one segment.
     *
     * @param fields the faceted fields, each named by its index in {@link Leaf#first}; the same list for every
     *               segment of a search
     */
    Leaf leaf(LeafReaderContext context, List<String> fields) throws IOException;

    /** Decides, document by document, within one segment. */
    interface Leaf {
        /** The key of the hit the document belongs to. */
        long key(int doc) throws IOException;

        /**
         * True when the document should count under its value of the faceted field {@code field} (an index into
         * the fields given to {@link FacetDedup#leaf}), whose ordinal in the segment is {@code ord}: the first time
         * its hit is counted there.
         */
        boolean first(int field, long key, int ord);
    }
}
