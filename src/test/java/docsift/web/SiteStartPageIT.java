package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.TestFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The start page of the versioned fixture site: its title and its own example queries from its docsift.yml,
 * never the bundled article's; an example searches when clicked.
 */
class SiteStartPageIT extends OwnCorpusPageTest {
    private static final Path FIXTURE = Path.of("src/test/resources/corpora/versioned-site");

    @BeforeAll
    static void start() throws IOException {
        startOn(corpus -> {
            TestFolders.copyTree(FIXTURE, corpus);
        });
    }

    @Test
    void theExamplesAndTitleAreTheSitesOwn() {
        browser.open(server.uri("/").toString());
        browser.await("the site's examples", d -> "true".equals(browser.find("#examples").getAttribute("data-checked")));
        List<String> examples = browser.findAll("#examples .example").stream().map(WebElement::getText).toList();
        assertEquals(List.of("begin transaction", "savepoint rollback", "backup retention"), examples);
        assertFalse(browser.find("#examples").getText().contains("select_for_update"));
        assertEquals("Search FixtureDB Docs", browser.find("#intro-title").getText());
        assertEquals("FixtureDB Docs · search the articles", browser.driver().getTitle());
        assertEquals(List.of(), Axe.seriousViolations(browser), "the fixture site's start page");

        browser.findAll("#examples .example").get(1).click();
        browser.await("the example's results", d -> !browser.findAll(".hit").isEmpty());
        assertTrue(browser.find("#q").getAttribute("value").equals("savepoint rollback"));
        assertTrue(browser.driver().getTitle().startsWith("savepoint rollback · FixtureDB Docs"));
    }
}
