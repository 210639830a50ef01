package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Any input yields an article (or, for nesting flexmark cannot handle, a MarkdownException) and never hangs. */
class PathologicalInputTest {

    private static final int DEEP = 10_000;

    private final MarkdownParser parser = new MarkdownParser();
    private final ArticleRenderer renderer = new ArticleRenderer();

    private Article parse(String markdown) {
        return parser.parse("odd.md", markdown);
    }

    /** The result, or empty when the only failure is the documented MarkdownException. */
    private static <T> Optional<T> resultOrMarkdownException(Supplier<T> work) {
        try {
            return Optional.of(work.get());
        } catch (MarkdownException e) {
            assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
            return Optional.empty();
        }
    }

    @Test
    void emptyAndFrontMatterOnly() {
        assertEquals(List.of(), parse("").sections());
        assertEquals("odd", parse("").title());
        assertEquals(List.of(), parse("---\ntitle: Only\n---\n").sections());
        assertEquals("Only", parse("---\ntitle: Only\n---\n").title());
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        for (String text : List.of(new String(bytes, StandardCharsets.ISO_8859_1), new String(bytes, StandardCharsets.UTF_8))) {
            Article article = parse(text);
            assertEquals(64, article.contentHash().length());
            renderer.renderArticle(text);
        }
    }

    @Test
    void tenThousandNestedBlockQuotes() {
        String markdown = "## Deep\n\n" + ">".repeat(DEEP) + " bottom\n";
        resultOrMarkdownException(() -> parse(markdown))
                .ifPresent(article -> assertEquals("bottom", article.sections().get(0).prose()));
        resultOrMarkdownException(() -> renderer.renderArticle(markdown));
        resultOrMarkdownException(() -> parse("> ".repeat(DEEP) + "x"));
    }

    @Test
    void tenThousandNestedLists() {
        resultOrMarkdownException(() -> parse("- ".repeat(DEEP) + "x"));
        resultOrMarkdownException(() -> parse("1. ".repeat(DEEP) + "x"));
        resultOrMarkdownException(() -> parse("> - ".repeat(DEEP) + "x"));
        resultOrMarkdownException(() -> renderer.renderArticle("- ".repeat(DEEP) + "x"));
    }

    @Test
    void indentedNestedListsAreParsedIteratively() {
        // Indented nesting costs flexmark quadratic time in the line length, so 300 levels stand in for 10,000.
        StringBuilder markdown = new StringBuilder("## Deep\n\n");
        for (int level = 0; level < 300; level++) {
            markdown.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        resultOrMarkdownException(() -> parse(markdown.toString()))
                .ifPresent(article -> assertTrue(article.sections().get(0).prose().endsWith("item 299")));
    }

    @Test
    void fiftyThousandHeadings() {
        Article article = parse("# same\n\ntext\n\n".repeat(50_000));
        assertEquals(50_000, article.sections().size());
        assertEquals("same-49999", article.sections().get(49_999).anchor());
        assertEquals("odd", article.title());
    }

    @Test
    void unclosedLiquidInAJekyllPage() {
        String markdown = "---\ntitle: T\n---\n## Braces\n\n" + "{{".repeat(100_000) + "\n\n"
                + "{% comment %}".repeat(20_000);
        Article article = parse(markdown);
        assertEquals("{{".repeat(100_000), article.sections().get(0).prose());
        renderer.renderArticle(markdown);
    }

    @Test
    void deeplyNestedInlineMarkup() {
        parse("*a".repeat(DEEP) + "\n\n" + "[".repeat(DEEP) + "x" + "]".repeat(DEEP) + "\n\n" + "`".repeat(DEEP) + "\n");
    }

    @Test
    void siteMarkupOfOtherGeneratorsAtScale() {
        // An unclosed TOML front matter is text; 50,000 fences, admonitions and a long import line stay linear.
        Article toml = parse("+++\n" + "key = \"value\"\n".repeat(50_000) + "\n## After\n\ntext\n");
        assertEquals("After", toml.sections().getLast().heading());
        parse(":::tip Title\ntext\n:::\n\n".repeat(50_000));
        parse("!!! note \"T\"\n    body\n\n".repeat(20_000));
        parse("import " + "a".repeat(1_000_000) + "\n\ntext\n");
        String nested = "!!! note\n" + "    !!! note\n".repeat(2_000) + "        x\n";
        resultOrMarkdownException(() -> parse(nested));
        resultOrMarkdownException(() -> renderer.renderArticle(nested));
    }

    @Test
    void siteMarkupOfHostileSizeIsReadNotRefused() {
        // Each overflowed a pattern's stack and the file was refused as "nested too deeply".
        String attributes = "## H {" + "#a ".repeat(20_000) + "}\n\nText.\n";
        assertEquals("Text.", parse(attributes).sections().getFirst().prose());
        String tab = "# T\n\n=== \"" + "t".repeat(50_000) + "\"\n\n    body\n";
        assertEquals("T", parse(tab).sections().getFirst().heading());
        renderer.renderArticle(attributes);
        renderer.renderArticle(tab);
    }
}
