package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.TestFolders;
import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reader's pages on a folder of real CockroachDB documentation (Jekyll pages, SQL code, no H1 in the
 * Markdown): landing, highlighted SQL, the dialog and accessibility.
 */
class CockroachPagesIT extends OwnCorpusPageTest {
    private static final Path PAGES = Path.of("src/test/resources/corpora/cockroachdb-sample");

    @BeforeAll
    static void start() throws IOException {
        startOn(corpus -> {
            TestFolders.copyTree(PAGES, corpus, file -> file.toString().endsWith(".md"));
        });
    }

    @Test
    void aCodeHitLandsOnItsLineInHighlightedSqlAndThePageIsAccessible() throws IOException {
        open("/?q=" + TestServer.encode("SKIP LOCKED") + "&kind=code");
        browser.await("code hits", d -> "SKIP LOCKED".equals(browser.find("#results").getAttribute("data-query")));
        String href = browser.find("#hit-0").getAttribute("href");
        browser.find("#hit-0").click();
        browser.await("the article", d -> d.getCurrentUrl().equals(href));
        browser.await("the marks", d -> browser.js("return document.querySelector('main.article').dataset.marked") != null);
        assertEquals(1L, browser.js("return document.querySelectorAll('main.article h1').length"), "the title is the H1");
        assertFalse(browser.findAll("main.article pre .hljs-keyword").isEmpty(), "SQL is highlighted");
        assertEquals(true, browser.js("""
                const band = document.querySelector('pre .hit-line');
                const mark = document.querySelector('mark.query-mark.current');
                return !!band && !!mark && band.closest('pre') === mark.closest('pre')
                  && band.getBoundingClientRect().top >= 0 && band.getBoundingClientRect().bottom <= innerHeight;"""),
                "the matching line, in view");
        browser.screenshot("cockroach-code-hit");
        assertEquals(List.of(), Axe.seriousViolations(browser), "a CockroachDB page, landed from a code hit");
    }

    @Test
    void theDialogSearchesTheSite() {
        open("/articles/v25.4/select-for-update.md");
        browser.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.await("the dialog", d -> !browser.findAll("dialog.sd[open]").isEmpty());
        WebElement box = browser.find(".sd-input");
        for (char c : "follower reads".toCharArray()) {
            box.sendKeys(String.valueOf(c));
        }
        browser.await("results", d -> "follower reads".equals(browser.find(".sd-list").getAttribute("data-query"))
                && "false".equals(browser.find(".sd-list").getAttribute("aria-busy")));
        assertTrue(browser.findAll(".sd-list [role=group]").size() > 1, "several pages, grouped");
        assertEquals(List.of(), Axe.seriousViolations(browser), "the dialog on a CockroachDB page");
    }

    private void open(String pathAndQuery) {
        browser.open(server.uri(pathAndQuery).toString());
        browser.await("the page script", d -> "complete".equals(browser.js("return document.readyState")));
    }
}
