package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Whatever the text, analysis and indexing with offsets must not fail. */
class RobustnessTest {
    private static final Path ARTICLE = Path.of("corpus", "advanced-topics.md");

    private static final List<String> PATHOLOGICAL = List.of(
            "a".repeat(100_000),
            "aB_".repeat(33_000),
            "x\u0000y\u0000\u0000__init__\u0000",
            "\uD83D\uDC0D\uD83D\uDE00 emoji \u2764\uFE0F 1\uFE0F\u20E3 \uD83D\uDC68\u200D\uD83D\uDCBB@app.get",
            "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u202Eobj.method\u202C \u200F",
            ".".repeat(10_000),
            "a.".repeat(10_000),
            "@".repeat(1_000) + "_".repeat(1_000) + "'".repeat(1_000),
            "\uD800 lone \uDC00 surrogates \uDBFF.\uDFFF");

    @Test
    void pathologicalInputNeitherThrowsNorBreaksInvariants() throws IOException {
        for (Analyzer analyzer : List.of(Analyzers.newIndexAnalyzer(), Analyzers.newQueryAnalyzer())) {
            for (String text : PATHOLOGICAL) {
                Tokens.count(analyzer, Fields.PROSE, text);
                Tokens.count(analyzer, Fields.CODE, text);
            }
        }
        indexIntoBothFields(PATHOLOGICAL);
    }

    @Test
    void overlongRunsAreCutNotDropped() {
        assertEquals(393, Tokens.count(Analyzers.newQueryAnalyzer(), Fields.CODE, "a".repeat(100_000)));
    }

    @Test
    void realArticleIndexesWithOffsets() throws IOException {
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        assertTrue(Tokens.count(Analyzers.newIndexAnalyzer(), Fields.PROSE, article) > 10_000);
        indexIntoBothFields(List.of(article, article));
        try (TinyIndex index = new TinyIndex(Fields.CODE, List.of(article))) {
            assertEquals(Set.of(article), index.allTerms(Fields.CODE, "post_save"));
            assertEquals(Set.of(article), index.phrase(Fields.CODE, "select related"));
        }
    }

    /** One document holding every text in an English and a code field (multi-valued: offsets continue). */
    private static void indexIntoBothFields(List<String> texts) throws IOException {
        try (Analyzer analyzer = Analyzers.newIndexAnalyzer();
                IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer))) {
            Document doc = new Document();
            for (String text : texts) {
                doc.add(new Field(Fields.PROSE, text, TinyIndex.TEXT));
                doc.add(new Field(Fields.CODE, text, TinyIndex.TEXT));
            }
            writer.addDocument(doc);
            writer.commit();
        }
    }
}
