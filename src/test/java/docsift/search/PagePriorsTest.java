package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.markdown.MarkdownParser;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Page priors: release notes answer questions about versions, not every question that names a feature they
 * mention; a how or why question prefers the guide's explanation to the reference entry of the same name.
 */
class PagePriorsTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> List.of(
            PARSER.parse("reference/reply.md", """
                    # Reply

                    ## reply.redirect

                    Sends the reader to another URL, with status 302 unless a code is given.
                    """),
            PARSER.parse("CHANGELOG.md", """
                    # Changelog

                    ## Version 5

                    reply.redirect takes the URL first and the redirect status code second. A redirect status
                    code given first is refused.
                    """),
            PARSER.parse("reference/hooks.md", """
                    # Hooks

                    ## onRequest

                    An onRequest hook runs before every request, before the body is parsed.
                    """),
            PARSER.parse("guides/plugins.md", """
                    # Plugins guide

                    ## Hooks in a plugin

                    Register an onRequest hook once in a plugin and it runs before every request of its routes,
                    so no route repeats the same code.
                    """)));

    private static String first(RankingFeatures features, String q) throws IOException {
        return site.hits(features, q).getFirst().article();
    }

    @Test
    void releaseNotesComeAfterThePageThatDocumentsTheFeature() throws IOException {
        assertEquals("CHANGELOG.md", first(RankingFeatures.ALL.without(RankingFeature.RELEASE_NOTES),
                "redirect status code"));
        assertEquals("reference/reply.md", first(RankingFeatures.ALL, "redirect status code"));
    }

    @Test
    void aQuestionAboutVersionsStillFindsTheReleaseNotes() throws IOException {
        assertEquals("CHANGELOG.md", first(RankingFeatures.ALL, "what changed in the redirect status code"));
        assertEquals("CHANGELOG.md", first(RankingFeatures.ALL, "redirect status code in version 5"));
    }

    @Test
    void howQuestionsPreferTheGuide() throws IOException {
        String question = "how do I run code before every request";
        assertEquals("reference/hooks.md", first(RankingFeatures.ALL.without(RankingFeature.GUIDES_FOR_HOW), question));
        assertEquals("guides/plugins.md", first(RankingFeatures.ALL, question));
        assertEquals("reference/hooks.md", first(RankingFeatures.ALL, "onRequest hook before every request"));
    }
}
