package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.TestFolders;
import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Hits grouped by page on the versioned fixture site (three versions, v2.0 current), in a real browser: the
 * search page and the dialog show each page's title once, in its current version, with the other versions
 * named and its best sections (at most three) under it; the keyboard moves across pages; no serious axe-core
 * violation.
 */
class GroupedResultsPageIT extends OwnCorpusPageTest {
    private static final Path SITE = Path.of("src/test/resources/corpora/versioned-site");

    @BeforeAll
    static void start() throws IOException {
        startOn(corpus -> {
            TestFolders.copyTree(SITE, corpus);
            // The fixture's versions without its live-site base URL: this test follows hits into docsift's own
            // article pages, which a base URL would replace with links to the (unreachable) live site.
            Files.writeString(corpus.resolve("docsift.yml"), """
                    title: "FixtureDB Docs"
                    exclude: [archived]
                    versions:
                      folders: "v*"
                      current: v2.0
                    """);
        });
    }

    private void open(String pathAndQuery) {
        browser.open(server.uri(pathAndQuery).toString());
        browser.await("the page script", d -> "complete".equals(browser.js("return document.readyState")));
    }

    private List<String> texts(String selector) {
        return browser.findAll(selector).stream().map(WebElement::getText).toList();
    }

    @Test
    void theSearchPageShowsEachPageOnceWithItsBestSectionsAndVersions() throws IOException {
        open("/?q=" + TestServer.encode("begin transaction"));
        browser.await("grouped results", d -> "begin transaction".equals(browser.find("#results").getAttribute("data-query")));
        List<String> articles = browser.findAll("#results .page-group").stream()
                .map(group -> group.getAttribute("data-article")).toList();
        assertEquals(articles.stream().distinct().toList(), articles, "each page once");
        assertEquals("v2.0/begin-transaction.md", articles.get(0), "the current version, not the newest");
        WebElement first = browser.findAll("#results .page-group").get(0);
        String title = first.findElement(org.openqa.selenium.By.cssSelector(".page-title")).getText();
        assertTrue(title.contains("BEGIN") && title.contains("v2.0") && title.contains("also in v3.0, v1.0"), title);
        for (WebElement group : browser.findAll("#results .page-group")) {
            int sections = group.findElements(org.openqa.selenium.By.cssSelector("[role=option]")).size();
            assertTrue(sections >= 1 && sections <= 3, group.getAttribute("data-article") + ": " + sections);
        }
        String status = browser.find("#status").getText();
        assertTrue(status.matches("\\d+ results? on \\d+ pages? · .*"), status);
        assertEquals("true", browser.find("#hit-0").getAttribute("aria-selected"));
        browser.find("#q").sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", browser.find("#hit-1").getAttribute("aria-selected"));
        browser.screenshot("grouped-results");
        assertEquals(List.of(), Axe.seriousViolations(browser), "grouped results");
        browser.js("document.documentElement.dataset.theme = 'dark'");
        assertEquals(List.of(), Axe.seriousViolations(browser), "grouped results, dark");
    }

    @Test
    void theDialogGroupsByPageWithTheOtherVersionsNamed() {
        open("/articles/v2.0/commit.md");
        browser.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.await("the dialog", d -> !browser.findAll("dialog.sd[open]").isEmpty());
        WebElement box = browser.find(".sd-input");
        for (char c : "begin transaction".toCharArray()) {
            box.sendKeys(String.valueOf(c));
        }
        browser.await("results", d -> "begin transaction".equals(browser.find(".sd-list").getAttribute("data-query"))
                && "false".equals(browser.find(".sd-list").getAttribute("aria-busy")));
        List<String> labels = browser.findAll(".sd-list [role=group]").stream()
                .map(group -> group.getAttribute("aria-label")).toList();
        assertEquals(labels.stream().distinct().toList(), labels, "each page once: " + labels);
        assertTrue(labels.get(0).startsWith("BEGIN (v2.0)") && labels.get(0).contains("also in v3.0, v1.0"), labels.get(0));
        assertTrue(texts(".sd-status").get(0).contains(" on "), texts(".sd-status").get(0));
        assertEquals(List.of(), Axe.seriousViolations(browser), "the grouped dialog");
    }
}
