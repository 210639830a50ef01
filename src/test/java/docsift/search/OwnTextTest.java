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
 * Own-text evidence: a section that has the query's words only in its heading (a page's lead section headed by
 * the page title, over a note about the author) is labelled with them but does not discuss them; the section whose
 * text uses them is the answer.
 */
class OwnTextTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> List.of(
            PARSER.parse("guides/prototype-poisoning.md", """
                    ---
                    title: Prototype Poisoning
                    ---
                    > The following is an article written by a guest author. It is reproduced here with
                    > permission and reformatted, but otherwise remains the same.

                    ## History of the bug

                    Prototype poisoning is a web security bug: JSON input with a `__proto__` key changes the
                    prototype of the object the parser builds. Any code that parses outside data is at risk of
                    prototype poisoning.
                    """),
            PARSER.parse("reference/server.md", """
                    # Server

                    ## onProtoPoisoning

                    What the JSON parser does with a `__proto__` key: error, remove or ignore.
                    """)));

    private static List<String> headings(RankingFeatures features, String q) throws IOException {
        return site.hits(features, q).stream().map(Hit::heading).toList();
    }

    @Test
    void theSectionWhoseTextUsesTheWordsComesBeforeTheOneOnlyHeadedByThem() throws IOException {
        assertEquals("Prototype Poisoning",
                headings(RankingFeatures.ALL.without(RankingFeature.OWN_TEXT), "\"prototype poisoning\"").getFirst());
        assertEquals("History of the bug", headings(RankingFeatures.ALL, "\"prototype poisoning\"").getFirst());
        assertEquals("History of the bug", headings(RankingFeatures.ALL, "prototype poisoning").getFirst());
    }
}
