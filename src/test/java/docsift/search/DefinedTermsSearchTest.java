package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.markdown.MarkdownParser;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Defined terms: for a pasted identifier, the section that defines it (the row of a table of codes) ranks above the
 * short introduction that only shows how to silence it, which BM25 alone prefers for its length.
 */
class DefinedTermsSearchTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    /** A table of codes long enough that one row is a small part of it, as in a real reference page. */
    private static String codeTable() {
        String rows = IntStream.range(0, 40).mapToObj(i -> "| <a id=\"FSTWRN1%02d\">FSTWRN1%02d</a> | The option number %d is deprecated and will be removed in the next major release of the framework. | Use the replacement option described on the server page. |".formatted(i, i, i))
                .collect(Collectors.joining("\n"));
        return """
                | Code | Description | How to solve |
                |------|-------------|--------------|
                | <a id="FSTWRN004">FSTWRN004</a> | An error handler is overridden in the same scope. | Call setErrorHandler once per scope. |
                """ + rows + "\n";
    }

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> List.of(
            PARSER.parse("Warnings.md", """
                    # Warnings

                    ## Warnings In Fastify

                    Warnings can be disabled:

                    - Pass `--disable-warning=FSTWRN004` to disable the FSTWRN004 warning.

                    ## Fastify Warning Codes

                    """ + codeTable())));

    private static String first(RankingFeatures features, String q) throws IOException {
        return site.hits(features, q).getFirst().heading();
    }

    @Test
    void theSectionThatDefinesAnIdentifierRanksAboveOneThatMentionsIt() throws IOException {
        assertEquals("Warnings In Fastify", first(RankingFeatures.ALL.without(RankingFeature.DEFINED_TERMS), "FSTWRN004"),
                "without the rule the short mention wins on length");
        assertEquals("Fastify Warning Codes", first(RankingFeatures.ALL, "FSTWRN004"));
        assertEquals("Fastify Warning Codes", first(RankingFeatures.ALL, "`fstwrn004`"), "case and code marks do not matter");
    }
}
