package docsift.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation over a corpus folder on a hand-written three-file fixture: which files are read, how keys of the
 * form "file > heading" tell repeated headings apart, and what both rankers answer.
 */
class CorpusEvaluationTest {
    @TempDir
    Path corpus;

    @BeforeEach
    void writeCorpus() throws IOException {
        write("upsert.md", """
                ---
                title: UPSERT
                ---
                {% include copy-clipboard.html %}
                The upsert statement inserts a row or updates it when the primary key exists.

                ## Examples

                Upsert a walrus into the zoo table.
                """);
        write("guides/locks.md", """
                # Locking reads

                Locking reads take row locks.

                ## Examples

                Lock the narwhal row with a locking read.
                """);
        write("notes.txt", "narwhal walrus, not an article");
        write(".hidden.md", "# Hidden\n\nnarwhal");
    }

    private void write(String id, String text) throws IOException {
        Path file = corpus.resolve(id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void readsEveryVisibleMarkdownFileUnderItsPathWithTheFrontMatterTitle() throws IOException {
        List<Article> articles = CorpusArticles.read(corpus);
        assertEquals(List.of("guides/locks.md", "upsert.md"), articles.stream().map(Article::id).toList());
        assertEquals("UPSERT", articles.get(1).title());
        assertEquals(List.of("UPSERT", "Examples"), articles.get(1).sections().stream().map(s -> s.heading()).toList());
    }

    @Test
    void emptyFolderIsAnError() throws IOException {
        Path empty = Files.createDirectories(corpus.resolve("empty"));
        assertThrows(IllegalArgumentException.class, () -> CorpusArticles.read(empty));
    }

    @Test
    void articleKeysPickTheRepeatedHeadingOfTheRightFile() throws IOException {
        List<Article> articles = CorpusArticles.read(corpus);
        List<JudgedQuery> queries = JudgedQueries.parse("""
                {"q": "narwhal", "kind": "keyword", "rel": {"guides/locks.md > Examples": 2}}
                {"q": "walrus", "kind": "keyword", "rel": {"upsert.md > Examples": 2, "upsert.md > UPSERT": 1}}
                {"q": "walrus", "kind": "keyword", "rel": {"locks.md > Examples": 2}}
                {"q": "platypus", "kind": "none", "rel": {}}
                """, "fixture");
        Evaluator.Selection selection = Evaluator.answerableIn(queries, articles);
        assertEquals(List.of(queries.get(2)), selection.skipped());
        try (DocsiftRanker docsift = DocsiftRanker.of(articles); BaselineRanker baseline = BaselineRanker.of(articles)) {
            for (Ranker ranker : List.of(docsift, baseline)) {
                RankerReport report = Evaluator.run(selection.kept(), ranker);
                assertEquals(1.0, report.overall().successAt1(), ranker.name());
                assertEquals(List.of("guides/locks.md > Examples"), report.results().getFirst().top(1, true));
                assertTrue(report.results().get(2).ranking().sections().isEmpty(), ranker.name());
            }
        }
    }
}
