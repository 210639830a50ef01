package docsift.search.rank;

import docsift.index.Fields;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Page-level priors of the second stage: a factor per hit from what its page is for ({@link PagePurpose}) weighed
 * against what the query's form asks ({@link QueryForm}). Release notes mention every feature once, at the time it
 * changed; unless the reader asks about versions, the page that documents the feature is the answer. A how or why
 * question is answered by a guide's explanation more often than by the reference entry of the same name.
 * Stateless.
 */
final class PagePriors {
    private PagePriors() {
    }

    /** Each hit's factor: 1 where no prior applies. */
    static float[] factors(IndexSearcher searcher, ScoreDoc[] hits, QueryForm form, RankingFeatures features)
            throws IOException {
        float[] factors = new float[hits.length];
        java.util.Arrays.fill(factors, 1f);
        boolean releaseNotes = features.has(RankingFeature.RELEASE_NOTES) && !form.aboutVersions();
        boolean guides = features.has(RankingFeature.GUIDES_FOR_HOW) && form.howTo();
        if (!releaseNotes && !guides) {
            return factors;
        }
        Map<String, PagePurpose> purposes = new HashMap<>();
        for (int i = 0; i < hits.length; i++) {
            PagePurpose purpose = purpose(searcher, hits[i].doc, purposes);
            if (releaseNotes && purpose == PagePurpose.RELEASE_NOTES) {
                factors[i] = RankingWeights.RELEASE_NOTES_FACTOR;
            } else if (guides && purpose == PagePurpose.GUIDE) {
                factors[i] = 1 + RankingWeights.GUIDE_BONUS;
            }
        }
        return factors;
    }

    /** The purpose of the document's page, worked out once per page and search. */
    private static PagePurpose purpose(IndexSearcher searcher, int doc, Map<String, PagePurpose> known)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues articles = DocValues.getSorted(leaf.reader(), Fields.ARTICLE);
        String article = articles.advanceExact(doc - leaf.docBase)
                ? articles.lookupOrd(articles.ordValue()).utf8ToString() : "";
        PagePurpose purpose = known.get(article);
        if (purpose == null) {
            StoredFields stored = searcher.storedFields();
            String title = stored.document(doc, Set.of(Fields.TITLE)).get(Fields.TITLE);
            purpose = PagePurpose.of(article, title == null ? "" : title);
            known.put(article, purpose);
        }
        return purpose;
    }
}
