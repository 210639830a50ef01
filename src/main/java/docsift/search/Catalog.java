package docsift.search;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
            TermQuery sections = new TermQuery(new Term(Fields.KIND, Fields.Kind.SECTION.value()));
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(sections, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = stored.document(hit.doc, java.util.Set.of(Fields.ARTICLE, Fields.TITLE));
                counts.computeIfAbsent(doc.get(Fields.ARTICLE), a -> new int[1])[0]++;
                titles.putIfAbsent(doc.get(Fields.ARTICLE), doc.get(Fields.TITLE));
            }
            List<ArticleSummary> articles = new ArrayList<>();
            counts.forEach((id, n) -> articles.add(new ArticleSummary(id, titles.get(id), n[0], HitMapper.url(id, ""))));
            articles.sort(Comparator.comparing(ArticleSummary::id));
            return articles;
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
