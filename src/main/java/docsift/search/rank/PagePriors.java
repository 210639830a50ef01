package docsift.search.rank;

import docsift.index.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Page-level priors of the second stage: a factor per hit from what its page is for ({@link PagePurpose}) weighed
 * against what the query's form asks ({@link QueryForm}). Release notes mention every feature once, at the time it
 * changed; unless the reader asks about versions, the page that documents the feature is the answer. A how or why
 * question is answered by a guide's explanation more often than by the reference entry of the same name.
 * A page's purpose depends only on its id and title, so it is worked out once per page of each open segment and
 * kept until the segment closes: reading each hit's title from the compressed stored fields on every search was a
 * tenth of a collapsed search on cockroachdb-docs. Thread-safe.
 */
final class PagePriors {
    /** Per open segment, the purpose of each article by its ordinal in the article doc values (null: not yet). */
    private final Map<IndexReader.CacheKey, PagePurpose[]> purposes = new ConcurrentHashMap<>();

    /** Each hit's factor: 1 where no prior applies. */
    float[] factors(IndexSearcher searcher, ScoreDoc[] hits, QueryForm form, RankingFeatures features)
            throws IOException {
        float[] factors = new float[hits.length];
        java.util.Arrays.fill(factors, 1f);
        boolean releaseNotes = features.has(RankingFeature.RELEASE_NOTES) && !form.aboutVersions();
        boolean guides = features.has(RankingFeature.GUIDES_FOR_HOW) && form.howTo();
        if (!releaseNotes && !guides) {
            return factors;
        }
        for (int i = 0; i < hits.length; i++) {
            PagePurpose purpose = purpose(searcher, hits[i].doc);
            if (releaseNotes && purpose == PagePurpose.RELEASE_NOTES) {
                factors[i] = RankingWeights.RELEASE_NOTES_FACTOR;
            } else if (guides && purpose == PagePurpose.GUIDE) {
                factors[i] = 1 + RankingWeights.GUIDE_BONUS;
            }
        }
        return factors;
    }

    /** The purpose of the document's page, from its article id and title (every section stores its page's title). */
    private PagePurpose purpose(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues articles = DocValues.getSorted(leaf.reader(), Fields.ARTICLE);
        if (!articles.advanceExact(doc - leaf.docBase)) {
            return purpose(searcher, doc, "");
        }
        PagePurpose[] known = known(leaf, articles.getValueCount());
        int ord = articles.ordValue();
        PagePurpose purpose = known == null ? null : known[ord];
        if (purpose == null) {
            purpose = purpose(searcher, doc, articles.lookupOrd(ord).utf8ToString());
            if (known != null) {
                known[ord] = purpose; // benign race: every thread stores the same value, an enum constant
            }
        }
        return purpose;
    }

    private static PagePurpose purpose(IndexSearcher searcher, int doc, String article) throws IOException {
        String title = searcher.storedFields().document(doc, Set.of(Fields.TITLE)).get(Fields.TITLE);
        return PagePurpose.of(article, title == null ? "" : title);
    }

    /** The segment's purposes by article ordinal; null when the segment cannot be told apart from others. */
    private PagePurpose[] known(LeafReaderContext leaf, int articles) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        PagePurpose[] known = purposes.get(helper.getKey());
        if (known == null) {
            known = new PagePurpose[articles];
            if (purposes.putIfAbsent(helper.getKey(), known) == null) {
                helper.addClosedListener(purposes::remove);
            } else {
                known = purposes.get(helper.getKey());
            }
        }
        return known;
    }
}
