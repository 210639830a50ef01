package docsift.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Reads the fingerprints of one article's live documents, by document id, from doc values only: no stored text
 * is decompressed. Stateless and thread-safe.
 */
final class DocumentFingerprints {
    private DocumentFingerprints() {
    }

    /**
     * Document id to {@link Fields#DOC_FINGERPRINT} (null when the document has none: an older schema) of each of
     * the article's live documents in {@code reader}; null when a document's id cannot be told from doc values.
     */
    static Map<String, Long> of(DirectoryReader reader, String articleId) throws IOException {
        Map<String, Long> fingerprints = new HashMap<>();
        Term article = new Term(Fields.ARTICLE, articleId);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(article, PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            NumericDocValues fingerprint = leaf.reader().getNumericDocValues(Fields.DOC_FINGERPRINT);
            SortedDocValues localId = leaf.reader().getSortedDocValues(Fields.LOCAL_ID);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (localId == null || !localId.advanceExact(doc)) {
                    return null;
                }
                Long value = fingerprint != null && fingerprint.advanceExact(doc) ? fingerprint.longValue() : null;
                fingerprints.put(articleId + localId.lookupOrd(localId.ordValue()).utf8ToString(), value);
            }
        }
        return fingerprints;
    }
}
