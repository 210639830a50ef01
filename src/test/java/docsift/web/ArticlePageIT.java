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
        awaitMarks();
        assertEquals(true, browser.js("""
                const top = document.getElementById('select_for_update-in-django').getBoundingClientRect().top;
                return top >= 0 && top < 160;"""), "the section's heading is at the top of the window");
        assertFalse(browser.findAll("#select_for_update-in-django mark.query-mark").isEmpty());
        long marks = (Long) browser.js("return document.querySelectorAll('main.article mark.query-mark').length");
        assertTrue(marks >= 3, marks + " marks");
        assertTrue(browser.find(".mark-count").getText().matches("\\d+ of " + marks + " for “select_for_update”"),
                browser.find(".mark-count").getText());
        assertTrue(browser.find("#select_for_update-in-django ~ * mark.current, #select_for_update-in-django mark.current")
                .isDisplayed(), "the current match is in the landed section");
        awaitCurrentToc("#select_for_update-in-django");
        assertEquals(0L, browser.js("return document.querySelectorAll('nav.toc mark').length"), "the TOC is not marked");
    }

    @Test
    void operatorsAndExcludedWordsAreNotMarked() throws Exception {
        String q = "signals -django \"receiver function\" OR sender*";
        open(ARTICLE + "?q=" + TestServer.encode(q) + "#django-signals");
        awaitMarks();
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) browser.js("return [...new Set([...document.querySelectorAll("
                + "'main.article mark.query-mark')].map(m => m.textContent.toLowerCase()))].sort()");
        assertEquals(forms(q), marked, "exactly the forms the server names");
        assertTrue(marked.contains("signals"), marked.toString());
        assertFalse(marked.contains("django"), marked.toString());
        assertFalse(marked.contains("or"), marked.toString());
    }

    @Test
    void clearRemovesTheMarksAndTheQueryFromTheAddress() {
        open(ARTICLE + "?q=middleware#django-middleware");
        awaitMarks();
        browser.find(".mark-clear").click();
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
        assertEquals(0L, browser.js("return document.querySelectorAll('main.article script,"
                + " main.article div:not(.code-block, .code-bar),"
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
    void aQuestionMarksOnlyWhatTheResultsMark() throws Exception {
        String q = "how do I run code after a model is saved";
        List<String> allowed = forms(q);
        open(ARTICLE + "?q=" + TestServer.encode(q) + "#django-signals");
        awaitMarks();
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) browser.js("return [...new Set([...document.querySelectorAll("
                + "'main.article mark.query-mark')].map(m => m.textContent.toLowerCase()))]");
        assertTrue(allowed.containsAll(marked), marked + " beyond " + allowed);
        for (String stopWord : List.of("how", "do", "i", "a", "is")) {
            assertFalse(marked.contains(stopWord), stopWord + " marked: " + marked);
        }
        assertTrue(marked.contains("saved") || marked.contains("save"), marked.toString());
        long marks = (Long) browser.js("return document.querySelectorAll('main.article mark.query-mark').length");
        assertTrue(marks < 500, marks + " marks (734 with the page's own guesses, 269 of them 'is')");
        assertEquals(0L, browser.js("return [...document.querySelectorAll('main.article mark.query-mark')]"
                + ".filter(m => /[\\p{L}\\p{N}]/u.test((m.previousSibling?.textContent || ' ').slice(-1))"
                + " || /[\\p{L}\\p{N}]/u.test((m.nextSibling?.textContent || ' ')[0])).length"), "no mark inside a word");
    }

    @Test
    void nextAndPreviousWalkThroughTheMatchesByButtonAndKey() {
        open(ARTICLE + "?q=middleware#django-middleware");
        awaitMarks();
        long total = (Long) browser.js("return document.querySelectorAll('main.article mark.query-mark').length");
        int first = currentMatch();
        assertEquals(first + " of " + total + " for “middleware”", browser.find(".mark-count").getText());
        browser.find(".mark-step[aria-label='Next match']").click();
        assertEquals(first + 1, currentMatch());
        browser.find("body").sendKeys("n");
        assertEquals(first + 2, currentMatch());
        browser.find("body").sendKeys(Keys.chord(Keys.SHIFT, "n"));
        assertEquals(first + 1, currentMatch());
        browser.find(".mark-step[aria-label='Previous match']").click();
        assertEquals(first, currentMatch());
        assertEquals(true, browser.js("""
                const r = document.querySelector('mark.query-mark.current').getBoundingClientRect();
                return r.top >= 0 && r.bottom <= innerHeight;"""), "the current match is in view");
    }

    @Test
    void aCodeHitLandsOnItsMatchingLine() {
        browser.open(server.uri("/?q=prefetch_related&kind=code").toString());
        browser.await("code hits", d -> "prefetch_related".equals(browser.find("#results").getAttribute("data-query")));
        String href = browser.find("#hit-0").getAttribute("href");
        assertTrue(href.contains("code="), href);
        browser.find("#hit-0").click();
        browser.await("the article", d -> d.getCurrentUrl().equals(href));
        awaitMarks();
        assertEquals(true, browser.js("""
                const band = document.querySelector('pre .hit-line');
                const mark = document.querySelector('mark.query-mark.current');
                if (!band || !mark || band.closest('pre') !== mark.closest('pre')) return 'no band with the match';
                const b = band.getBoundingClientRect(), m = mark.getBoundingClientRect();
                return b.top >= 0 && b.bottom <= innerHeight && m.top >= b.top - 2 && m.bottom <= b.bottom + 2;"""),
                "the matching line is highlighted, in view, holding the current match");
    }

    @Test
    void codeIsHighlightedLabelledOnlyWithRealLanguagesAndCopied() {
        open(ARTICLE);
        assertFalse(browser.findAll("main.article pre .hljs-keyword").isEmpty(), "highlighted");
        @SuppressWarnings("unchecked")
        List<String> badges = (List<String>) browser.js("return [...new Set([...document.querySelectorAll('.code-language')]"
                + ".map(b => b.textContent))]");
        assertTrue(badges.contains("Python"), badges.toString());
        assertFalse(badges.stream().anyMatch(b -> b.equalsIgnoreCase("angular2html")), badges.toString());
        browser.driver().executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.js("document.querySelector('.copy-button').scrollIntoView({block: 'center'})");
        browser.find(".copy-button").click();
        browser.await("copied", d -> "Copied".equals(browser.find(".copy-button").getText()));
        Object copied = browser.driver().executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed ' + e))");
        assertEquals(browser.js("return document.querySelector('.code-block pre code').textContent"), copied);
    }

    @Test
    void articlePagesHaveNoSeriousAccessibilityViolations() throws IOException {
        open(ARTICLE + "?q=" + TestServer.encode("select_for_update lock") + "#select_for_update-in-django");
        awaitMarks();
        assertEquals(List.of(), Axe.seriousViolations(browser), "bundled article, light");
        browser.colorScheme("dark");
        try {
            assertEquals(List.of(), Axe.seriousViolations(browser), "bundled article, dark");
        } finally {
            browser.colorScheme("light");
        }
        open("/articles/hostile.md");
        assertEquals(List.of(), Axe.seriousViolations(browser), "hostile article");
    }

    @Test
    void phoneLayoutFitsAndFoldsTheTableOfContents() throws IOException {
        browser.phone(375, 812);
        try {
            open(ARTICLE + "?q=select_for_update#select_for_update-in-django");
            awaitMarks();
            assertEquals(true, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    () -> "page is " + browser.js("return document.documentElement.scrollWidth") + " px wide");
            browser.screenshot("article-phone");
            assertTrue(browser.find(".mark-count").isDisplayed(), "the match count shows on a phone");
            assertTrue(browser.find(".mark-clear").isDisplayed(), "and Clear");
            assertEquals(List.of(), Axe.seriousViolations(browser), "phone");
            assertEquals(List.of(), browser.js("""
                    return [...document.querySelectorAll('.topbar button, .mark-info button')]
                      .filter(b => b.getBoundingClientRect().height < 44 || b.getBoundingClientRect().width < 44)
                      .map(b => b.textContent);"""), "touch targets of 44 px");
            assertFalse(browser.find("nav.toc ul").isDisplayed());
            assertTrue(browser.find(".toc-toggle").isDisplayed(), "the contents are one tap away where the reader landed");
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

    /** The forms /api/marks names for the query on the bundled article, sorted. */
    private static List<String> forms(String q) throws Exception {
        JsonNode forms = TestServer.json(server.get("/api/marks?q=" + TestServer.encode(q)
                + "&article=advanced-topics.md").body()).get("forms");
        List<String> list = new ArrayList<>();
        forms.forEach(form -> list.add(form.asText()));
        return list.stream().sorted().toList();
    }

    /** Waits until the page has marked what the server named (0 or more). */
    private void awaitMarks() {
        browser.await("the marks", d -> browser.js("return document.querySelector('main.article').dataset.marked") != null);
    }

    /** The number (from 1) of the current match. */
    private int currentMatch() {
        return ((Long) browser.js("return [...document.querySelectorAll('main.article mark.query-mark')]"
                + ".indexOf(document.querySelector('mark.query-mark.current')) + 1")).intValue();
    }

    private void awaitCurrentToc(String hash) {
        browser.await("TOC entry " + hash, d -> Objects.equals(hash,
                browser.js("return document.querySelector('nav.toc a[aria-current]')?.hash")));
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(e -> e.getText().strip()).toList();
    }
}
