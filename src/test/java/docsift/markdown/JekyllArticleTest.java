package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MarkdownParser} and {@link ArticleRenderer} on real Jekyll pages of the CockroachDB docs
 * (src/test/resources/jekyll): their Liquid markup reaches neither sections nor pages.
 */
class JekyllArticleTest {

    private static final Path PAGES = Path.of("src/test/resources/jekyll/v25.4");

    private final MarkdownParser parser = new MarkdownParser();

    private static String source(String name) throws IOException {
        return Files.readString(PAGES.resolve(name));
    }

    private Article parse(String name) throws IOException {
        return parser.parse("v25.4/" + name, source(name));
    }

    private static Section section(Article article, String heading) {
        return article.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static boolean hasLiquid(String text) {
        return text.contains("{%") || text.contains("{{");
    }

    @ParameterizedTest
    @ValueSource(strings = {"begin-transaction.md", "transactions.md", "select-for-update.md"})
    void noLiquidInAnySection(String name) throws IOException {
        assertTrue(hasLiquid(source(name)), "the page is a template");
        for (Section section : parse(name).sections()) {
            Stream.of(List.of(section.heading(), section.topic(), section.prose(), section.markdown()),
                            section.breadcrumb(), section.inlineCode(),
                            section.codeBlocks().stream().map(CodeBlock::text).toList())
                    .flatMap(List::stream)
                    .forEach(text -> assertFalse(hasLiquid(text), section.anchor() + ": " + text));
        }
    }

    @Test
    void linkTagsLeaveTheirLinkText() throws IOException {
        Article transactions = parse("transactions.md");
        assertEquals("For transactions that you are absolutely sure should be given higher or lower priority, you can "
                        + "set the priority in the BEGIN statement:",
                section(transactions, "Set transaction priority").prose().split("\n\n")[0]);
        assertTrue(section(transactions, "SQL statements").prose()
                .contains("BEGIN | Initiate a transaction and optionally set its priority, access mode,"));
    }

    @Test
    void calloutsAndIncludesLeaveOnlyTheirText() throws IOException {
        Article begin = parse("begin-transaction.md");
        assertTrue(begin.sections().get(0).isLead());
        assertEquals("""
                The BEGIN statement initiates a transaction, which either successfully executes all of the \
                statements it contains or none at all.

                When running under the default SERIALIZABLE isolation level, your application should use a retry \
                loop to handle transaction retry errors that can occur under contention.""",
                begin.sections().get(0).prose());
        assertEquals("", section(begin, "Synopsis").prose(), "a div around a capture and an include");
        assertEquals(List.of("> BEGIN PRIORITY HIGH;", "> SAVEPOINT cockroach_restart;"),
                section(begin, "Change priority").codeBlocks().stream().map(CodeBlock::text).limit(2).toList());
    }

    @Test
    void linesAndHashAreTheFilesOwn() throws IOException {
        String source = source("transactions.md");
        Article transactions = parse("transactions.md");
        List<String> lines = source.lines().toList();
        for (Section section : transactions.sections()) {
            if (!section.isLead()) {
                assertTrue(lines.get(section.startLine() - 1).endsWith(" " + section.heading()), section.heading());
            }
        }
        assertEquals(157, section(transactions, "Set transaction priority").startLine());
        assertEquals(177, section(transactions, "Set transaction priority").endLine());
        assertEquals(Hashes.sha256Hex(source), transactions.contentHash());
    }

    @Test
    void articlePageHasWorkingLinksAndNoLiquid() throws IOException {
        String html = new ArticleRenderer().renderArticle(source("transactions.md"));
        assertTrue(html.contains(
                "you can set the priority in the <a href=\"begin-transaction.md\"><code>BEGIN</code></a> statement:"), html);
        assertTrue(html.contains("<a href=\"set-vars.md\">session variable</a>"), html);
        assertFalse(hasLiquid(html), html);
        String selectForUpdate = new ArticleRenderer().renderArticle(source("select-for-update.md"));
        assertFalse(hasLiquid(selectForUpdate));
        assertTrue(selectForUpdate.contains("<a href=\"select-clause.md\"><code>SELECT</code></a>"), selectForUpdate);
    }
}
