package docsift.search.view;

import docsift.index.Fields;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 for every field, with full length normalisation on headings. In prose a longer section is mostly
 * wordier, so BM25 forgives part of its length (b = 0.75); a heading is a label, and every word it adds
 * names something else the section is about: "Asynchronous File Uploads" is about uploading files
 * asynchronously more than "Real-World Use Cases of Asynchronous File Uploads" is, so a heading match is
 * divided by the heading's full relative length (b = 1). Norms are encoded the same for any b, so only the
 * searcher needs this. Immutable and thread-safe.
 */
final class FieldSimilarity extends PerFieldSimilarityWrapper {
    private static final Similarity BODY = new BM25Similarity();
    private static final Similarity HEADING = new BM25Similarity(1.2f, 1f);

    @Override
    public Similarity get(String field) {
        return Fields.HEADING.equals(field) ? HEADING : BODY;
    }
}
