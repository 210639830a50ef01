package docsift.search;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Looks up what is indexed by id rather than by relevance: sections, articles and document counts, on the
 * shared searchers. Thread-safe.
 */
public final class Catalog {
    private final Searchers searchers;

    public Catalog(Searchers searchers) {
        this.searchers = searchers;
    }

    /** The section with this id ({@code article#anchor}), if indexed. */
    public Optional<SectionView> section(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
            if (!Fields.Kind.SECTION.value().equals(doc.get(Fields.KIND))) {
                return Optional.empty();
            }
            return Optional.of(toView(doc));
        } finally {
            searchers.release(searcher);
        }
    }

    private static SectionView toView(Document doc) {
        return new SectionView(doc.get(Fields.ID), doc.get(Fields.ARTICLE), doc.get(Fields.TITLE),
                doc.get(Fields.SECTION_HEADING), Arrays.asList(doc.getValues(Fields.SECTION_PATH)),
                doc.get(Fields.ANCHOR), HitMapper.url(doc.get(Fields.ARTICLE), doc.get(Fields.ANCHOR)),
                intValue(doc, Fields.LEVEL), doc.get(Fields.TOPIC), doc.get(Fields.MARKDOWN),
                intValue(doc, Fields.START_LINE), intValue(doc, Fields.END_LINE));
    }

    private static int intValue(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }

    /** Every indexed article with its title and section count, sorted by id. */
    public List<ArticleSummary> articles() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Integer> counts = sectionCounts(searcher);
            List<ArticleSummary> articles = new ArrayList<>();
            titles(searcher).forEach((id, title) ->
                    articles.add(new ArticleSummary(id, title, counts.getOrDefault(id, 0), HitMapper.url(id, ""))));
            articles.sort(Comparator.comparing(ArticleSummary::id));
            return articles;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Sections per article, counted from the article and kind doc values: reading every section's stored
     * fields instead made each call cost as much as decompressing the whole index's display text.
     */
    private static Map<String, Integer> sectionCounts(IndexSearcher searcher) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        BytesRef section = new BytesRef(Fields.Kind.SECTION.value());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedDocValues articles = DocValues.getSorted(leaf.reader(), Fields.ARTICLE);
            SortedDocValues kinds = DocValues.getSorted(leaf.reader(), Fields.KIND);
            int sectionOrd = kinds.lookupTerm(section);
            Bits live = leaf.reader().getLiveDocs();
            int[] perOrd = new int[articles.getValueCount()];
            for (int doc = kinds.nextDoc(); sectionOrd >= 0 && doc != DocIdSetIterator.NO_MORE_DOCS; doc = kinds.nextDoc()) {
                if ((live == null || live.get(doc)) && kinds.ordValue() == sectionOrd && articles.advanceExact(doc)) {
                    perOrd[articles.ordValue()]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(articles.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Article id to title, read from each article's first document only. */
    private static Map<String, String> titles(IndexSearcher searcher) throws IOException {
        Map<String, String> titles = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc first : searcher.search(IntPoint.newExactQuery(Fields.ORDINAL, 0), Math.max(1,
                searcher.getIndexReader().maxDoc())).scoreDocs) {
            Document doc = stored.document(first.doc, java.util.Set.of(Fields.ARTICLE, Fields.TITLE));
            titles.put(doc.get(Fields.ARTICLE), doc.get(Fields.TITLE));
        }
        return titles;
    }

    /** Number of live documents (sections, code blocks and use cases) in the searchable commit. */
    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }
}
