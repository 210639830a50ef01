package docsift.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/** Test helper: an in-memory index of one-field documents, searched the way docsift searches. */
final class TinyIndex implements AutoCloseable {
    /** Offsets in postings, as the UnifiedHighlighter wants them: indexing fails if offsets go backwards. */
    static final FieldType TEXT = textType();

    private static final String TEXT_KEY = "text";

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder(Analyzers.newQueryAnalyzer());

    /** Indexes each text as one document with {@code text} in {@code field}. */
    TinyIndex(String field, List<String> texts) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (Analyzer analyzer = Analyzers.newIndexAnalyzer();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new Field(field, text, TEXT));
                doc.add(new StoredField(TEXT_KEY, text));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    /** Texts of the documents holding every query term. */
    Set<String> allTerms(String field, String query) throws IOException {
        return search(queries.createBooleanQuery(field, query, BooleanClause.Occur.MUST));
    }

    /** Texts of the documents holding the query as a phrase. */
    Set<String> phrase(String field, String query) throws IOException {
        return search(queries.createPhraseQuery(field, query));
    }

    private Set<String> search(Query query) throws IOException {
        if (query == null) {
            throw new AssertionError("the query analysed to nothing");
        }
        Set<String> texts = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            texts.add(searcher.storedFields().document(hit.doc).get(TEXT_KEY));
        }
        return texts;
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
