package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.MarkdownParser;
import docsift.markdown.Section;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which identifiers a section defines, on sections parsed from real Markdown (shapes of the Fastify reference). */
class DefinedTermsTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    private static Section section(String markdown) {
        return PARSER.parse("page.md", markdown).sections().getLast();
    }

    @Test
    void theFirstCellOfATableRowAndItsAnchorAreDefined() {
        Set<String> terms = DefinedTerms.of(section("""
                # Errors

                ## Fastify Error Codes

                | Code | Description | How to solve |
                |------|-------------|--------------|
                | <a id="fst_err_ctp_body_too_large">FST_ERR_CTP_BODY_TOO_LARGE</a> | The body is larger than the limit. | Increase [bodyLimit](./Server.md#bodylimit) |
                | `ttl_expire_after` <a name="param-ttl-expire-after"></a> | The interval. | N/A |
                | Security | A plain word is a label, not a definition. | - |
                """));
        assertEquals(Set.of("fst_err_ctp_body_too_large", "ttl_expire_after"), terms);
    }

    @Test
    void anOptionAtTheStartOfAListItemAndACodeHeadingAreDefined() {
        assertEquals(Set.of("listentextresolver", "reply.code"), DefinedTerms.of(section("""
                # Server

                ## Options

                * listenTextResolver: Set an optional resolver for the text to log.
                - `reply.code(statusCode)` sets the status code.
                - Pass `--disable-warning=FSTWRN004` to disable a specific warning.
                - Note: a plain word before a colon is prose.
                """)));
        assertEquals(Set.of("bodylimit"), DefinedTerms.of(section("""
                # Server

                ### `bodyLimit`

                Defines the maximum payload, in bytes, the server is allowed to accept.
                """)));
    }

    @Test
    void codeBlocksDefineNothing() {
        assertTrue(DefinedTerms.of(section("""
                # Example

                ## Usage

                ```
                | FST_ERR_FAKE | a table inside code |
                - `notDefined` here
                ```
                """)).isEmpty());
    }

    @Test
    void onlyIdentifiersAreTerms() {
        assertEquals(Optional.of("fstwrn004"), DefinedTerms.term("FSTWRN004"));
        assertEquals(Optional.of("reply.getresponsetime"), DefinedTerms.term("reply.getResponseTime()"));
        assertEquals(Optional.of("printroutes"), DefinedTerms.term("printRoutes({"));
        assertEquals(Optional.empty(), DefinedTerms.term("Security"));
        assertEquals(Optional.empty(), DefinedTerms.term("keep-alive"));
        assertEquals(Optional.empty(), DefinedTerms.term("40001"));
        assertEquals(Optional.empty(), DefinedTerms.term("FOR UPDATE"));
    }
}
