package docsift.eval;

import docsift.index.Analyzers;
import docsift.markdown.Article;
import docsift.markdown.CodeBlock;
import docsift.markdown.Section;
import docsift.markdown.UseCase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The plain baseline every ranking feature is measured against: one text field per section (heading, prose,
 * code and use cases run together) analysed by {@link org.apache.lucene.analysis.standard.StandardAnalyzer},
 * BM25, and the query's words OR-ed together, with "quoted text" as a phrase. No field weights, no
 * identifiers, no stemming, no stop words, no fuzziness, no evidence rule: it never flags a hit as weak.
 * In memory; thread-safe for ranking.
 */
public final class BaselineRanker implements Ranker {
    private static final String TEXT = "text";
    private static final String ARTICLE = "article";
    private static final String HEADING = "heading";
    private static final String PATH = "path";

    private final Analyzer analyzer = Analyzers.newBaselineAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private BaselineRanker(List<Article> articles) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Article article : articles) {
                for (Section section : article.sections()) {
                    writer.addDocument(document(section));
                }
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the article's sections in memory. */
    public static BaselineRanker of(Article article) throws IOException {
        return of(List.of(article));
    }

    /** Indexes the sections of every article (a corpus) in memory, as one collection. */
    public static BaselineRanker of(List<Article> articles) throws IOException {
        return new BaselineRanker(articles);
    }

    private static Document document(Section section) {
        List<String> parts = new ArrayList<>();
        parts.add(section.heading());
        parts.add(section.prose());
        section.codeBlocks().stream().map(CodeBlock::text).forEach(parts::add);
        section.useCases().stream().map(UseCase::text).forEach(parts::add);
        Document doc = new Document();
        doc.add(new TextField(TEXT, String.join("\n\n", parts), Field.Store.NO));
        doc.add(new StoredField(ARTICLE, section.articleId()));
        doc.add(new StoredField(HEADING, section.heading()));
        section.breadcrumb().forEach(ancestor -> doc.add(new StoredField(PATH, ancestor)));
        return doc;
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public Ranking rank(String query, int limit) throws IOException {
        Query parsed = parse(query);
        List<RankedSection> sections = new ArrayList<>();
        if (parsed == null) {
            return new Ranking(sections);
        }
        for (ScoreDoc hit : searcher.search(parsed, limit).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            sections.add(new RankedSection(doc.get(ARTICLE), doc.get(HEADING), Arrays.asList(doc.getValues(PATH)),
                    false));
        }
        return new Ranking(sections);
    }

    /** Quoted parts are phrases, everything else single words; any of them may match. Null when no terms. */
    private Query parse(String query) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        String[] parts = query.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            // Odd parts sit between quotes (an unclosed quote runs to the end).
            Query part = i % 2 == 1 ? builder.createPhraseQuery(TEXT, parts[i])
                    : builder.createBooleanQuery(TEXT, parts[i], BooleanClause.Occur.SHOULD);
            if (part != null) {
                any.add(part, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? null : built;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
