package docsift.search.facet;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * Which matches count in a facet when several documents are one hit (a section's copies in several versions):
 * each hit once per facet value. Implemented where the hits are collapsed; one per search.
 */
public interface FacetDedup {
    /** The counting state for one segment. */
    Leaf leaf(LeafReaderContext context) throws IOException;

    /** Decides, document by document, within one segment. */
    interface Leaf {
        /** The key of the hit the document belongs to. */
        long key(int doc) throws IOException;

        /**
         * True when the document should count under its value of {@code field} (ordinal {@code ord} of
         * {@code values}): the first time its hit is counted there.
         */
        boolean first(String field, long key, int ord, SortedDocValues values) throws IOException;
    }
}
