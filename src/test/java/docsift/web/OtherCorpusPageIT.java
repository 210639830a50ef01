package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The search page on a corpus other than the bundled article, without site settings: it must not offer the
 * article's example queries, which would find nothing there, but words of its own headings, and its box names
 * the corpus's own article.
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
    void theExamplesAreWordsOfThisCorpusHeadingsNotTheArticles() {
        browser.open(server.uri("/").toString());
        browser.await("the example check", d -> "true".equals(browser.find("#examples").getAttribute("data-checked")));
        assertEquals(List.of("care", "feeding", "walrus"),
                browser.findAll(".example").stream().map(WebElement::getText).toList(),
                "the words of its headings (\"Walrus care\", \"Feeding\"), each finding something");
        browser.await("the article list", d -> browser.findAll("#articles li").size() == 1);
        assertEquals("Search Walrus care…", browser.find("#q").getAttribute("placeholder"));
    }
}
