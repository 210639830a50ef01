package docsift.search;

import docsift.index.Fields;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

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

    /**
     * The articles from {@code offset} on, at most {@code limit}, with their titles and section counts, sorted by
     * id. Ids and counts come from doc values; only the page's titles are read from stored fields, so a page of
     * a corpus of 15,000 pages costs what a page of a small one does.
     */
    public ArticleList articles(int offset, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Integer> counts = sectionCounts(searcher);
            List<String> ids = new ArrayList<>(articleIds(searcher));
            Collections.sort(ids);
            List<ArticleSummary> page = new ArrayList<>();
            int from = Math.min(offset, ids.size());
            int to = (int) Math.min(ids.size(), (long) from + limit);
            for (String id : ids.subList(from, to)) {
                page.add(new ArticleSummary(id, title(searcher, id), counts.getOrDefault(id, 0), HitMapper.url(id, "")));
            }
            return new ArticleList(ids.size(), page);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The id of every article with a live document, from the article doc values. */
    private static Set<String> articleIds(IndexSearcher searcher) throws IOException {
        Set<String> ids = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedDocValues articles = DocValues.getSorted(leaf.reader(), Fields.ARTICLE);
            Bits live = leaf.reader().getLiveDocs();
            boolean[] seen = new boolean[articles.getValueCount()];
            for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
                if ((live == null || live.get(doc)) && !seen[articles.ordValue()]) {
                    seen[articles.ordValue()] = true;
                    ids.add(articles.lookupOrd(articles.ordValue()).utf8ToString());
                }
            }
        }
        return ids;
    }

    /** The article's title, read from its first document. */
    private static String title(IndexSearcher searcher, String id) throws IOException {
        Query first = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE, id)), BooleanClause.Occur.FILTER)
                .add(IntField.newExactQuery(Fields.ORDINAL, 0), BooleanClause.Occur.FILTER).build();
        TopDocs found = searcher.search(first, 1);
        return found.scoreDocs.length == 0 ? id
                : searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(Fields.TITLE)).get(Fields.TITLE);
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

    /**
     * The words most used in headings, as written (lower case), most frequent first: what a corpus is about, for
     * start-page examples. A word counts when it has four letters or more, is no stop word, and is a word of the
     * text, not only a stem. On a corpus of 20 articles or more, words in the headings of more sections than a
     * quarter of its articles are left out: they are the site's boilerplate ("see also", "examples",
     * "parameters"), not its subjects. Variants of a word already chosen (transaction, transactions) are skipped.
     * Ties go alphabetically, so the answer is the same for the same index.
     */
    public List<String> frequentHeadingWords(int max) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return HeadingVocabulary.frequent(searcher, max);
        } finally {
            searchers.release(searcher);
        }
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
