package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search page on a corpus other than the bundled article: it must not offer the article's example
 * queries, which would find nothing there, and its box names the corpus's own article.
 */
class OtherCorpusPageIT extends OwnCorpusPageTest {
    @BeforeAll
    static void start() throws IOException {
        startOn(corpus -> Files.writeString(corpus.resolve("walruses.md"), """
                # Walrus care

                ## Feeding

                A walrus eats clams and other shellfish from the sea floor.
                """));
    }

    @Test
    void examplesThatFindNothingHereAreNotOffered() {
        browser.open(server.uri("/").toString());
        browser.await("the example check", d -> "true".equals(browser.find("#examples").getAttribute("data-checked")));
        assertTrue(browser.find("#examples").getAttribute("hidden") != null, "the row goes with its examples");
        assertTrue(browser.findAll(".example").isEmpty(), "no example finds anything about walruses");
        browser.await("the article list", d -> browser.findAll("#articles li").size() == 1);
        assertEquals("Search Walrus care…", browser.find("#q").getAttribute("placeholder"));
    }
}
