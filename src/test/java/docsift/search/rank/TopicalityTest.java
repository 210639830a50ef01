package docsift.search.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.index.Fields;
import java.io.IOException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** How topical a clause's word is: burstiness of its most widespread prose term, the same on every run. */
class TopicalityTest {
    @Test
    void termsInAsManySectionsAreDecidedByTheirFrequencyNotByTheOrderTheQueryKeepsThem() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                // "copy" and its stem "copi" are in the same two sections; the stem counts every form.
                writer.addDocument(prose("copi copy copi copying copi"));
                writer.addDocument(prose("copi copy and more"));
                writer.addDocument(prose("nothing else"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                double stemFirst = Topicality.of(reader, either("copi", "copy"));
                double formFirst = Topicality.of(reader, either("copy", "copi"));
                double meanFrequencyOfTheStem = 4 / 2.0;
                assertEquals(meanFrequencyOfTheStem / (meanFrequencyOfTheStem + 1), stemFirst, 1e-9);
                assertEquals(stemFirst, formFirst, 0);
            }
        }
    }

    @Test
    void aClauseWithoutProseTermsIsTopicalByNature() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                writer.addDocument(prose("words"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(1, Topicality.of(reader, new TermQuery(new Term(Fields.CODE, "select_for_update"))));
            }
        }
    }

    private static Document prose(String text) {
        Document document = new Document();
        document.add(new TextField(Fields.PROSE, text, Field.Store.NO));
        return document;
    }

    private static Query either(String first, String second) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PROSE, first)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.PROSE, second)), BooleanClause.Occur.SHOULD)
                .build();
    }
}
