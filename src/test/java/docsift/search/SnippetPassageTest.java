package docsift.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.search.highlight.CutMarkingFormatter;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A snippet is a few lines around the best match, never a wall of text: lists and run-on paragraphs without
 * full stops are cut near the match, and a cut says so with an ellipsis; a wrapped line does not start one; of
 * passages about as good, the section's opening one is shown.
 */
class SnippetPassageTest {
    private static final Path ARTICLE = Path.of("corpus/advanced-topics.md");
    /** Text of a snippet, markup and escapes removed, never longer than this. */
    private static final int MAX_TEXT = 450;

    @RegisterExtension
    static final SearchFixture article = SearchFixture.ofFile(ARTICLE);
    @RegisterExtension
    static final SearchFixture fixture = SearchFixture.ofMarkdown("options.md", """
            ## Options

            %s the retry budget option bounds how often a request is retried %s

            ## Wrapped

            Concurrency lets tasks take turns on one core, while parallelism runs them on many cores at
            once. Threading runs several threads within a single process, and asyncio switches
            between tasks on one thread.

            ## Output

            ```json
            {"rows": [%s{"name": "needle_value"}, %s]}
            short line
            ```

            ## Workers

            ```python
            workers = []
            workers.append(start())
            ```

            ```python
            workers = []
            ```
            """.formatted("alpha beta gamma delta ".repeat(40), "epsilon zeta eta theta ".repeat(40),
            "{\"n\": 1}, ".repeat(300), "{\"n\": 2}, ".repeat(300)));

    private static String text(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "").replace("&#x27;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A short excerpt with the match, cut on both sides of it, and saying so. */
    private static void assertCutAround(String excerpt, String marked) {
        assertTrue(excerpt.contains(marked), excerpt);
        String ellipsis = CutMarkingFormatter.ELLIPSIS;
        assertTrue(excerpt.startsWith(ellipsis + " ") && excerpt.endsWith(" " + ellipsis), excerpt);
        assertTrue(text(excerpt).length() < 320, excerpt);
    }

    @Test
    void everySnippetOfTheJudgedQueriesIsShort() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/relevance/queries.jsonl"));
        int snippets = 0;
        for (String line : lines) {
            String q = json.readTree(line).get("q").asText();
            for (Hit hit : article.hits(RankingFeatures.ALL, q)) {
                if (hit.snippet() != null) {
                    snippets++;
                    assertTrue(text(hit.snippet()).length() <= MAX_TEXT, q + " -> " + hit.heading() + ": " + hit.snippet());
                }
            }
        }
        assertTrue(snippets > 500, snippets + " snippets");
    }

    @Test
    void aUseCaseTheSnippetShowsIsNotListedAgain() throws IOException {
        // The best passage of "Mixin in Django" is two of its use cases; only the third is listed below it.
        Hit mixin = article.hits(RankingFeatures.ALL, "validating model fields").stream()
                .filter(hit -> hit.heading().equals("Mixin in Django")).findFirst().orElseThrow();
        assertTrue(text(mixin.snippet()).contains("Timestamp Mixin: Add timestamp fields"), mixin.snippet());
        assertEquals(List.of("Captcha Mixin: Integrate CAPTCHA <mark>validation</mark> with forms to prevent spam submissions."),
                mixin.useCases());
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/queries.jsonl"))) {
            String q = json.readTree(line).get("q").asText();
            for (Hit hit : article.hits(RankingFeatures.ALL, q)) {
                String shown = hit.snippet() == null ? "" : text(hit.snippet());
                for (String item : hit.useCases()) {
                    String start = text(item).substring(0, Math.min(text(item).length(), 60));
                    assertFalse(shown.contains(start), q + " -> " + hit.heading() + ": " + item + " repeats " + shown);
                }
            }
        }
    }

    @Test
    void aLongListIsCutAroundTheMatch() throws IOException {
        // "Django model methods" lists some forty methods, none with a full stop: the snippet was all of them.
        Hit methods = article.hits(RankingFeatures.ALL, "validating model fields").stream()
                .filter(hit -> hit.heading().equals("Django model methods")).findFirst().orElseThrow();
        assertTrue(methods.snippet().contains("<mark>"), methods.snippet());
        assertTrue(text(methods.snippet()).length() < 320, methods.snippet());
    }

    @Test
    void theDefiningSentenceIsPreferredToALaterStep() throws IOException {
        // The section opens with what select_for_update is; a later list item names it twice, in two steps.
        String snippet = article.hits(RankingFeatures.ALL, "select_for_update").getFirst().snippet();
        assertTrue(snippet.startsWith("In Django, <mark>select_for_update</mark> is a method"), snippet);
    }

    @Test
    void aCutInsideASentenceShowsAnEllipsis() throws IOException {
        assertCutAround(fixture.hits(RankingFeatures.ALL, "retry budget").getFirst().snippet(),
                "<mark>retry</mark> <mark>budget</mark>");
    }

    @Test
    void aLongLineOfCodeIsCutAroundTheMatch() throws IOException {
        assertCutAround(fixture.hits(RankingFeatures.ALL, "needle_value").getFirst().code(), "<mark>needle_value</mark>");
    }

    @Test
    void aLineTwoCodeBlocksShareIsShownOnce() throws IOException {
        Hit workers = fixture.hits(RankingFeatures.ALL, "workers").getFirst();
        assertEquals("<mark>workers</mark> = []\n<mark>workers</mark>.append(start())", workers.code());
    }

    @Test
    void aWrappedLineDoesNotStartASnippet() throws IOException {
        String snippet = fixture.hits(RankingFeatures.ALL, "asyncio").getFirst().snippet();
        assertTrue(snippet.startsWith("Concurrency") || snippet.startsWith("Threading"), snippet);
        assertTrue(snippet.contains("<mark>asyncio</mark> switches between tasks"), snippet);
    }
}
