package docsift.replica;

import docsift.corpus.ArticleSource;
import docsift.corpus.RenderedArticle;
import docsift.index.Fields;
import docsift.markdown.ArticleRenderer;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;

/**
 * Article pages rendered from the index, for a replica, which has no corpus: the article's sections, in
 * order, with the Markdown each stores, rendered as one page; the table of contents from their stored
 * headings and anchors. What the page lacks next to the primary's: front matter and anything outside a
 * section. Thread-safe.
 */
public final class StoredArticles implements ArticleSource {
    private static final Set<String> FIELDS = Set.of(Fields.TITLE, Fields.MARKDOWN, Fields.LEVEL,
            Fields.SECTION_HEADING, Fields.ANCHOR);

    private final Searchers searchers;
    private final ArticleRenderer renderer;

    public StoredArticles(Searchers searchers, ArticleRenderer renderer) {
        this.searchers = searchers;
        this.renderer = renderer;
    }

    @Override
    public Optional<RenderedArticle> render(String id) {
        try {
            List<Document> sections = sections(id);
            if (sections.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(page(id, sections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Document> sections(String id) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ARTICLE, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.Kind.SECTION.value())), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            Sort order = new Sort(new SortedNumericSortField(Fields.ORDINAL, SortField.Type.INT));
            ScoreDoc[] hits = searcher.search(query, Integer.MAX_VALUE, order).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                docs.add(stored.document(hit.doc, FIELDS));
            }
            return docs;
        } finally {
            searchers.release(searcher);
        }
    }

    private RenderedArticle page(String id, List<Document> sections) {
        StringBuilder markdown = new StringBuilder();
        List<RenderedArticle.TocItem> toc = new ArrayList<>();
        for (Document section : sections) {
            markdown.append(section.get(Fields.MARKDOWN)).append("\n\n");
            int level = section.getField(Fields.LEVEL).numericValue().intValue();
            if (level > 0) {
                toc.add(new RenderedArticle.TocItem(level, section.get(Fields.SECTION_HEADING), section.get(Fields.ANCHOR)));
            }
        }
        String title = sections.getFirst().get(Fields.TITLE);
        return new RenderedArticle(id, title, renderer.renderArticle(markdown.toString()), toc);
    }

    @Override
    public String renderSection(String markdown) {
        return renderer.renderSection(markdown);
    }
}
