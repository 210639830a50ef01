package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Article pages in a real headless browser: anchors, marks, table of contents, escaping, images. */
class ArticlePageIT extends PageTestBase {
    private static final String ARTICLE = "/articles/advanced-topics.md";

    @Test
    void sectionLinkBringsTheHeadingIntoViewWithTheWordsMarked() {
        open(ARTICLE + "?q=select_for_update#select_for_update-in-django");
        assertEquals(true, browser.js("""
                const top = document.getElementById('select_for_update-in-django').getBoundingClientRect().top;
                return top >= 0 && top < 160;"""), "the section's heading is at the top of the window");
        assertFalse(browser.findAll("#select_for_update-in-django mark.query-mark").isEmpty());
        long marks = (Long) browser.js("return document.querySelectorAll('main.article mark.query-mark').length");
        assertTrue(marks >= 3, marks + " marks");
        assertEquals(marks + " matches for “select_for_update” Clear", browser.find(".mark-info").getText());
        assertEquals("select_for_update", browser.find(".topbar-search input").getAttribute("value"));
        awaitCurrentToc("#select_for_update-in-django");
        assertEquals(0L, browser.js("return document.querySelectorAll('nav.toc mark').length"), "the TOC is not marked");
    }

    @Test
    void operatorsAndExcludedWordsAreNotMarked() {
        open(ARTICLE + "?q=" + TestServer.encode("signals -django \"receiver function\" OR sender*") + "#django-signals");
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) browser.js("return [...new Set([...document.querySelectorAll("
                + "'main.article mark.query-mark')].map(m => m.textContent.toLowerCase()))]");
        assertTrue(marked.containsAll(List.of("signals", "receiver", "function")), marked.toString());
        assertTrue(marked.stream().anyMatch(word -> word.startsWith("sender")), marked.toString());
        assertFalse(marked.contains("django"), marked.toString());
        assertFalse(marked.contains("or"), marked.toString());
    }

    @Test
    void clearRemovesTheMarksAndTheQueryFromTheAddress() {
        open(ARTICLE + "?q=middleware#django-middleware");
        browser.find(".mark-info button").click();
        assertEquals(0L, browser.js("return document.querySelectorAll('mark').length"));
        assertTrue(browser.driver().getCurrentUrl().endsWith(ARTICLE + "#django-middleware"));
        assertTrue(browser.find("#django-middleware").getText().contains("middleware"));
    }

    @Test
    void everyTocEntryAndEveryIndexedAnchorIsAHeadingOnThePage() throws Exception {
        open(ARTICLE);
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) browser.js("""
                return [...document.querySelectorAll('nav.toc a')].map(a => decodeURIComponent(a.hash.slice(1)))
                  .filter(id => !/^H[1-6]$/.test(document.getElementById(id)?.tagName));""");
        assertEquals(List.of(), broken, "TOC entries without a heading");
        assertTrue(browser.findAll("nav.toc a").size() > 50);

        List<String> anchors = new ArrayList<>();
        for (String q : List.of("django", "python", "fastapi", "async")) {
            JsonNode hits = server.search(q, "limit=100&article=advanced-topics.md").get("hits");
            hits.forEach(hit -> anchors.add(hit.get("anchor").asText()));
        }
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) browser.js("return arguments[0].filter(id => id"
                + " && !/^H[1-6]$/.test(document.getElementById(id)?.tagName))", anchors);
        assertEquals(List.of(), missing, "anchors the index links to that the page lacks");
    }

    @Test
    void tablesFencedCodeAndTaskListsAreRendered() {
        open("/articles/hostile.md");
        assertEquals(List.of("Tool", "What it frobnicates"), texts("main.article table th"));
        assertTrue(browser.find("main.article pre code").getText().startsWith("def frobnicate_widget(widget):"));
        assertEquals("monospace", browser.js("return getComputedStyle(document.querySelector('main.article pre'))"
                + ".fontFamily.split(',').pop().trim()"));
        assertEquals(2L, browser.js("return document.querySelectorAll('main.article li input[type=checkbox]').length"));
        assertEquals(1L, browser.js("return document.querySelectorAll('main.article li input[type=checkbox]:checked').length"));
        assertEquals("hostile-article", browser.find("main.article h1").getAttribute("id"));
    }

    @Test
    void rawHtmlInTheArticleIsEscapedAndNeverRuns() {
        open("/articles/hostile.md");
        assertEquals(0L, browser.js("return document.querySelectorAll('main.article script, main.article div,"
                + " main.article [onclick], main.article [onerror], main.article [style]').length"));
        assertEquals(0L, browser.js("return document.querySelectorAll('main.article a[href^=\"javascript:\" i]').length"));
        String text = browser.find("main.article").getText();
        assertTrue(text.contains("<script>window.pwned = 'inline-script'</script>"), "raw inline HTML shown as text");
        assertNull(browser.js("return window.pwned"));
    }

    @Test
    void missingImageShowsItsAltText() {
        open("/articles/hostile.md");
        browser.await("the alt text in place of the image", d -> !browser.findAll("main.article .img-missing").isEmpty());
        assertEquals("Architecture diagram", browser.find("main.article .img-missing").getText());
        assertEquals("img", browser.find("main.article .img-missing").getAttribute("role"));
        assertEquals(0L, browser.js("return [...document.querySelectorAll('main.article img')]"
                + ".filter(i => i.complete && i.naturalWidth === 0).length"), "no broken image icon");
    }

    @Test
    void aHeadingWithoutWordsHasALabelInTheTableOfContents() {
        open("/articles/hostile.md");
        assertEquals("Untitled section", texts("nav.toc a").getLast());
    }

    @Test
    void tableOfContentsFollowsTheReader() {
        open(ARTICLE);
        awaitCurrentToc("#introduction");
        browser.js("document.getElementById('django-middleware').scrollIntoView({block: 'start'})");
        awaitCurrentToc("#django-middleware");
        browser.find("nav.toc a[href='#django-signals']").click();
        awaitCurrentToc("#django-signals");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#django-signals"));
    }

    @Test
    void topBarSearchLeadsToTheSearchPage() {
        open(ARTICLE);
        browser.find("body").sendKeys("/");
        assertEquals("q", browser.js("return document.activeElement.name"));
        browser.find(".topbar-search input").sendKeys("prefetch_related", Keys.ENTER);
        browser.await("the search page with results", d -> "prefetch_related".equals(
                browser.findAll("#results").stream().findFirst().map(r -> r.getAttribute("data-query")).orElse(null)));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/?q=prefetch_related"));
    }

    @Test
    void phoneLayoutFitsAndFoldsTheTableOfContents() throws IOException {
        browser.phone(375, 812);
        try {
            open(ARTICLE + "?q=select_for_update#select_for_update-in-django");
            assertEquals(true, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    () -> "page is " + browser.js("return document.documentElement.scrollWidth") + " px wide");
            browser.screenshot("article-phone");
            assertFalse(browser.find("nav.toc ul").isDisplayed());
            browser.js("window.scrollTo(0, 0)");
            browser.find(".toc-toggle").click();
            assertTrue(browser.find("nav.toc ul").isDisplayed());
            assertEquals("true", browser.find(".toc-toggle").getAttribute("aria-expanded"));
            browser.find("nav.toc a[href='#django-signals']").click();
            assertFalse(browser.find("nav.toc ul").isDisplayed(), "choosing an entry folds the list");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void screenshotsInLightAndDark() throws IOException {
        open(ARTICLE + "?q=" + TestServer.encode("select_for_update lock") + "#select_for_update-in-django");
        browser.screenshot("article-light");
        browser.colorScheme("dark");
        try {
            browser.screenshot("article-dark");
        } finally {
            browser.colorScheme("light");
        }
        open("/articles/hostile.md");
        browser.await("alt text", d -> !browser.findAll(".img-missing").isEmpty());
        browser.screenshot("article-hostile");
    }

    // ---- helpers ----

    private void open(String pathAndQuery) {
        browser.open(server.uri(pathAndQuery).toString());
        browser.await("the page script", d -> "complete".equals(browser.js("return document.readyState")));
    }

    private void awaitCurrentToc(String hash) {
        browser.await("TOC entry " + hash, d -> Objects.equals(hash,
                browser.js("return document.querySelector('nav.toc a[aria-current]')?.hash")));
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(e -> e.getText().strip()).toList();
    }
}
