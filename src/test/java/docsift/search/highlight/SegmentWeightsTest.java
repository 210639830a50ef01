package docsift.search.highlight;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmentWeightsTest {
    private static final String FIELD = "text";
    /** Two segments, several hits in each, and hits that do not match the query in between. */
    private static final List<List<String>> SEGMENTS = List.of(
            List.of("Lock the row before you update it.", "Nothing here.", "A row lock waits; the lock is held.",
                    "Locking rows in bulk."),
            List.of("Rows and columns.", "Lock row after row.", "Unrelated text.", "The row lock again."));

    @Test
    void everyHitOfEverySegmentIsMarkedAsLuceneMarksIt() throws IOException {
        try (Directory directory = index()) {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(FIELD, "lock")), BooleanClause.Occur.SHOULD)
                    .add(new PhraseQuery(FIELD, "row", "lock"), BooleanClause.Occur.SHOULD)
                    .add(new PrefixQuery(new Term(FIELD, "col")), BooleanClause.Occur.SHOULD).build();
            TopDocs all = searcher.search(new MatchAllDocsQuery(), 100, Sort.INDEXORDER);
            String[] shared = highlighter(searcher, true).highlight(FIELD, query, all);
            String[] lucenes = highlighter(searcher, false).highlight(FIELD, query, all);
            assertArrayEquals(lucenes, shared);
            assertEquals("A <b>row lock</b> waits; the <b>lock</b> is held.", shared[2]);
            assertEquals("Rows and <b>columns</b>.", shared[4]);
            assertEquals("The <b>row lock</b> again.", shared[7]);
        }
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, boolean segmentWeights) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, new StandardAnalyzer())
                .withHandleMultiTermQuery(true).withHighlightPhrasesStrictly(true);
        return new UnifiedHighlighter(builder) {
            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                return segmentWeights && source == OffsetSource.POSTINGS ? new SegmentWeights(components)
                        : super.getOffsetStrategy(source, components);
            }
        };
    }

    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (List<String> segment : SEGMENTS) {
                for (String text : segment) {
                    Document doc = new Document();
                    doc.add(new Field(FIELD, text, withOffsets));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        return directory;
    }
}
