package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** The search page in a real headless browser against a real server over the real article. */
class SearchPageIT extends PageTestBase {
    @Test
    void typingCharacterByCharacterShowsMarkedResults() {
        open("/");
        type("select_for_update");
        awaitResultsFor("select_for_update");
        assertEquals("select_for_update in Django", browser.find("#hit-0 .hit-heading").getText());
        assertFalse(browser.findAll("#hit-0 .hit-heading mark").isEmpty(), "the heading marks the query");
        assertFalse(browser.findAll("#hit-0 .hit-code mark").isEmpty(), "the code excerpt marks the query");
        assertEquals("monospace", browser.js("return getComputedStyle(document.querySelector('#hit-0 .hit-code'))"
                + ".fontFamily.split(',').pop().trim()"));
        assertTrue(browser.find("#hit-0 .hit-crumbs").getText().contains("Django related topics"));
        assertTrue(browser.find("#status").getText().matches("\\d+ results? · (<1|\\d+) ms"), browser.find("#status").getText());
        assertEquals("/?q=select_for_update", pathAndQuery());
        assertEquals("true", browser.find("#q").getAttribute("aria-expanded"));
        assertTrue(browser.find("#hit-0").getAttribute("href")
                .endsWith("/articles/advanced-topics.md?q=select_for_update#select_for_update-in-django"));
        assertEquals("hit-0", browser.find("#q").getAttribute("aria-activedescendant"), "the first hit is preselected");
    }

    @Test
    void aHalfTypedWordAlreadyFindsItsSection() {
        // The box searches while the reader types: "middlew" must not be "No results" on the way to "middleware".
        open("/");
        type("middlew");
        awaitResultsFor("middlew");
        assertEquals("Django middleware", browser.find("#hit-0 .hit-heading").getText());
        assertFalse(browser.findAll("#hit-0 .hit-snippet mark").isEmpty(), "the completed word is marked");
    }

    @Test
    void staleResponsesAreAbortedAndDropped() {
        open("/");
        // Hold back the answer for "django" (ignoring its abort signal) so it arrives after the next query's.
        browser.js("""
                const original = window.fetch;
                window.requested = [];
                window.fetch = (url, options) => {
                  const q = new URL(url, location.href).searchParams.get('q');
                  window.requested.push(q);
                  if (q !== 'django') return original(url, options);
                  window.slowSignal = options.signal;
                  return original(url).then(r => new Promise(resolve =>
                    setTimeout(() => { window.slowArrived = true; resolve(r); }, 800)));
                };""");
        type("django");
        browser.await("the request for django", d -> browser.js("return window.requested.includes('django')"));
        replaceQuery("middleware");
        awaitResultsFor("middleware");
        browser.await("the late answer for django", d -> browser.js("return window.slowArrived === true"));
        // The late answer must change nothing; give the page a moment to (wrongly) render it.
        browser.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
        assertEquals("middleware", browser.find("#results").getAttribute("data-query"));
        assertEquals(true, browser.js("return window.slowSignal.aborted"));
        assertTrue(browser.find("#hit-0 .hit-heading").getText().toLowerCase().contains("middleware"));
    }

    @Test
    void keyboardMovesThroughResultsAndEnterOpensTheSection() {
        open("/");
        WebElement box = browser.find("#q");
        type("django signals");
        awaitResultsFor("django signals");
        assertEquals("hit-0", box.getAttribute("aria-activedescendant"), "preselected");
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", browser.find("#hit-1").getAttribute("aria-selected"));
        assertEquals("false", browser.find("#hit-0").getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_UP);
        assertEquals("hit-0", box.getAttribute("aria-activedescendant"));
        String href = browser.find("#hit-0").getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        box.sendKeys(Keys.ENTER);

        browser.await("the article page", d -> d.getCurrentUrl().equals(href));
        assertTrue(href.contains("/articles/advanced-topics.md?q=django%20signals#"), href);
        assertEquals(true, browser.js("""
                const h = document.getElementById(arguments[0]);
                const top = h.getBoundingClientRect().top;
                return /^H[1-6]$/.test(h.tagName) && top >= 0 && top < 200;""", anchor), "section in view");
        assertFalse(browser.findAll("main.article mark.query-mark").isEmpty());
        browser.await("the TOC entry of the section", d -> Objects.equals("#" + anchor,
                browser.js("return document.querySelector('nav.toc a[aria-current]')?.hash")));

        browser.driver().navigate().back();
        awaitResultsFor("django signals");
        assertEquals("django signals", browser.find("#q").getAttribute("value"));
    }

    @Test
    void slashFocusesTheBoxAndEscapeClearsItAndBackRestoresTheQuery() {
        open("/");
        browser.find("#intro h1").click();
        browser.find("body").sendKeys("/");
        assertEquals("q", browser.js("return document.activeElement.id"));
        type("middleware");
        awaitResultsFor("middleware");
        browser.find("#q").sendKeys(Keys.ESCAPE);
        assertEquals("", browser.find("#q").getAttribute("value"));
        browser.await("the start view", d -> browser.find("#intro").isDisplayed());
        assertTrue(browser.findAll(".hit").isEmpty());
        assertEquals("/", pathAndQuery());
        assertEquals("false", browser.find("#q").getAttribute("aria-expanded"));
        assertNull(browser.find("#q").getAttribute("aria-activedescendant"));

        browser.driver().navigate().back();
        awaitResultsFor("middleware");
        assertEquals("middleware", browser.find("#q").getAttribute("value"), "Back brings the cleared query back");
    }

    @Test
    void enterRightAfterTypingOpensTheFirstHit() {
        open("/");
        type("select_for_update");
        awaitResultsFor("select_for_update");
        String href = browser.find("#hit-0").getAttribute("href");
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.await("the first hit's page", d -> d.getCurrentUrl().equals(href));
    }

    @Test
    void tabReachesEveryHitAndArrowsMoveBetweenThem() {
        open("/?q=django");
        awaitResultsFor("django");
        browser.find("#q").click();
        for (int i = 0; i < 40 && !"hit-0".equals(activeId()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals("hit-0", activeId(), "Tab reaches the first hit");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("hit-1", activeId(), "and the next");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals("hit-2", activeId(), "Down moves on from a focused hit");
        assertEquals("true", browser.find("#hit-2").getAttribute("aria-selected"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals("hit-1", activeId());
        assertEquals(0L, browser.js("return document.querySelectorAll('[role=option] a, [role=option] button').length"),
                "nothing interactive inside an option");
    }

    @Test
    void queryWithoutResultsShowsTheEmptyStateOnceTheReaderPauses() {
        open("/");
        type("qqzxv wwkrj");
        // While the last word may be half typed, nothing found is not yet "no results"; a pause makes it final.
        awaitResultsFor("qqzxv wwkrj");
        assertTrue(browser.find("#empty").isDisplayed());
        assertEquals("No results for “qqzxv wwkrj”", browser.find("#empty h2").getText());
        assertTrue(browser.find("#status").getText().startsWith("0 results"));
        assertFalse(browser.find("#more").isDisplayed());
        assertEquals(List.of("Sections"), browser.findAll("#kind-chips .chip").stream().map(SearchPageIT::chipLabel).toList(),
                "kinds that would count 0 have no chip (the chosen one stays)");
    }

    @Test
    void noResultsOffersSearchesThatFindSomething() {
        // No section has both; each word alone finds some.
        open("/?q=" + TestServer.encode("select_for_update AND thumbnails"));
        awaitResultsFor("select_for_update AND thumbnails");
        browser.await("the help", d -> browser.find("#empty-help").getText().contains("Leave a word out"));
        WebElement shorter = browser.find("#empty-help li button");
        String word = shorter.getText();
        assertTrue(List.of("select_for_update", "thumbnails").contains(word), word);
        assertTrue(browser.find("#empty-help").getText().matches("(?s).*\\(\\d+ results?\\).*"), browser.find("#empty-help").getText());
        browser.await("the examples", d -> browser.find("#empty-help").getText().contains("Or try one of these"));
        shorter.click();
        awaitResultsFor(word);
        assertFalse(browser.findAll(".hit").isEmpty());
    }

    @Test
    void theFirstLettersAlreadyFindSomething() {
        open("/");
        type("m");
        awaitResultsFor("m");
        assertFalse(browser.findAll(".hit").isEmpty(), "one letter completes against headings and identifiers");
        assertFalse(browser.find("#empty").isDisplayed());
        type("i");
        awaitResultsFor("mi");
        assertFalse(browser.findAll(".hit").isEmpty());
    }

    @Test
    void aHalfTypedWordNeverShowsNoResults() {
        open("/");
        browser.js("""
                window.emptyShown = false;
                new MutationObserver(() => { if (!document.getElementById('empty').hidden) window.emptyShown = true; })
                  .observe(document.getElementById('empty'), {attributes: true});""");
        type("qqz");
        browser.await("the typing hint", d -> browser.find("#typing-hint").isDisplayed());
        assertEquals(false, browser.js("return window.emptyShown"), "no 'No results' card while typing");
    }

    @Test
    void injectedMarkupInTheQueryNeverRuns() {
        String payload = "<img src=x onerror=\"window.pwned='img'\"><script>window.pwned='script'</script>";
        open("/");
        type(payload);
        awaitResultsFor(payload);
        assertNoAlert();
        open("/?q=" + TestServer.encode(payload) + "&topic=" + TestServer.encode("<b onmouseover=alert(1)>x</b>"));
        awaitResultsFor(payload);
        assertEquals(payload, browser.find("#q").getAttribute("value"));
        assertEquals(0L, browser.js("return document.querySelectorAll('main script, main img, main b').length"));
        if (browser.find("#empty").isDisplayed()) {
            assertEquals("No results for “" + payload + "”", browser.find("#empty h2").getText());
        }
        assertNoAlert();
    }

    @Test
    void markupFromTheCorpusInHitsStaysText() {
        open("/?q=" + TestServer.encode("inert shown text"));
        awaitResultsFor("inert shown text");
        assertEquals(0L, browser.js("return document.querySelectorAll('#results :not(li, a, span, mark, pre, code, ul)').length"),
                "only the page's own elements in the results");
        String hostile = (String) browser.js("return [...document.querySelectorAll('.hit')].map(h => h.textContent)"
                + ".find(t => t.includes('Hostile article')) || ''");
        assertTrue(hostile.contains("inert"), "the hostile article is among the hits: " + hostile);
    }

    @Test
    void aSectionWhoseHeadingHasNoWordsStillHasATitle() {
        // hostile.md ends with "##" alone: its hit had an empty title to read and click.
        open("/?q=zygomorphic");
        awaitResultsFor("zygomorphic");
        assertEquals("Untitled section", browser.find("#hit-0 .hit-heading").getText());
        assertTrue(browser.find("#hit-0").getAttribute("href").contains("/articles/hostile.md?q=zygomorphic#"));
    }

    @Test
    void aHitInASubfolderNamesItsFolder() {
        // Versioned docs repeat one title in every version's folder; the folder is what tells two hits apart.
        open("/?q=quasar");
        awaitResultsFor("quasar");
        assertEquals(List.of("guides/v2", "Setup guide"),
                browser.findAll("#hit-0 .crumb").stream().map(WebElement::getText).toList());
    }

    @Test
    void startPageSaysWhatIsSearchedAndListsTheArticles() {
        open("/");
        browser.await("the article list", d -> browser.findAll("#articles li").size() == 5);
        assertEquals("Search 5 articles…", browser.find("#q").getAttribute("placeholder"));
        // Every example finds something in the article, so all stay.
        browser.await("the example check", d -> "true".equals(browser.find("#examples").getAttribute("data-checked")));
        assertEquals(5, browser.findAll(".example").size());
    }

    @Test
    void folderChipsTellVersionsApartAndFilter() {
        // guides/v1 and guides/v2 both have the page; the article alone is in the corpus folder itself.
        open("/?q=quasar");
        awaitResultsFor("quasar");
        assertEquals(List.of("All folders", "guides/v1", "guides/v2"),
                browser.findAll("#folder-chips .chip").stream().map(SearchPageIT::chipLabel).sorted().toList());
        assertTrue(browser.findAll("#topic-chips .chip").isEmpty(), "topics wait until a folder is chosen");
        chip("#folder-chips", "guides/v1").click();
        browser.await("folder filter", d -> pathAndQuery().equals("/?q=quasar&folder=guides%2Fv1"));
        browser.await("only the v1 page", d -> browser.findAll(".hit").size() == 1
                && browser.find("#hit-0 .crumb").getText().equals("guides/v1"));
        assertEquals("All topics", chipLabel(browser.find("#topic-chips .chip")));
        browser.driver().navigate().back();
        // Without the filter the page in both versions is one hit, in the newest, naming the other.
        browser.await("one hit for both versions", d -> browser.findAll(".hit").size() == 1
                && browser.find("#hit-0 .crumb").getText().equals("guides/v2"));
        assertEquals("also in v1", browser.find("#hit-0 .hit-also").getText());

        open("/?q=select_for_update");
        awaitResultsFor("select_for_update");
        assertTrue(browser.findAll("#folder-chips .chip").isEmpty(), "hits from one folder need no folder chips");
    }

    @Test
    void manyTopicsShowTheFirstEightAndTheRestOnRequest() {
        // topics.md has ten top-level sections that all mention the xylophone.
        open("/?q=xylophone");
        awaitResultsFor("xylophone");
        assertEquals(1 + 8, browser.findAll("#topic-chips .chip:not(.chip-more)").size(), "All topics and eight");
        assertEquals("2 more", browser.find("#topic-chips .chip-more").getText());
        browser.find("#topic-chips .chip-more").click();
        assertEquals(1 + 10, browser.findAll("#topic-chips .chip").size());
        assertTrue(browser.findAll("#topic-chips .chip-more").isEmpty());
        assertEquals("/?q=xylophone", pathAndQuery(), "showing more topics is not a new search");
    }

    @Test
    void chipsFilterByKindAndTopicAndBackRestoresEarlierSearches() {
        open("/");
        type("django");
        awaitResultsFor("django");
        WebElement code = chip("#kind-chips", "Code");
        code.click();
        browser.await("code hits", d -> "true".equals(chip("#kind-chips", "Code").getAttribute("aria-pressed"))
                && !browser.findAll("#hit-0 .hit-code").isEmpty());
        assertEquals("/?q=django&kind=code", pathAndQuery());
        WebElement topic = browser.findAll("#topic-chips .chip").get(1);
        String topicName = topic.getText().replaceAll("\\s*[\\d,]+$", "");
        topic.click();
        browser.await("topic filter", d -> pathAndQuery().contains("&topic="));
        browser.await("hits of that topic", d -> browser.findAll(".hit .hit-crumbs").stream()
                .allMatch(c -> c.getText().contains(topicName.replaceAll(":$", ""))));
        String filteredStatus = browser.find("#status").getText();

        browser.driver().navigate().back();
        browser.await("kind=code without topic", d -> pathAndQuery().equals("/?q=django&kind=code"));
        browser.await("topic chip released", d -> "true".equals(browser.find("#topic-chips .chip").getAttribute("aria-pressed")));
        browser.driver().navigate().back();
        browser.await("sections again", d -> pathAndQuery().equals("/?q=django"));
        browser.await("sections chip pressed", d -> "true".equals(chip("#kind-chips", "Sections").getAttribute("aria-pressed")));
        browser.driver().navigate().forward();
        browser.await("code again", d -> "true".equals(chip("#kind-chips", "Code").getAttribute("aria-pressed")));
        assertFalse(filteredStatus.isEmpty());
    }

    @Test
    void sharedUrlRestoresTheSearch() {
        open("/?q=prefetch_related&kind=code");
        awaitResultsFor("prefetch_related");
        assertEquals("prefetch_related", browser.find("#q").getAttribute("value"));
        assertEquals("true", chip("#kind-chips", "Code").getAttribute("aria-pressed"));
        assertFalse(browser.findAll("#hit-0 .hit-code mark").isEmpty());
        assertTrue(browser.driver().getTitle().startsWith("prefetch_related"));
    }

    @Test
    void didYouMeanRunsTheCorrectedQuery() throws Exception {
        String suggestion = server.search("middelware", null).path("suggestion").asText(null);
        assertEquals("middleware", suggestion);
        open("/");
        type("middelware");
        awaitResultsFor("middelware");
        assertEquals(suggestion, browser.find("#suggestion-button").getText());
        browser.find("#suggestion-button").click();
        awaitResultsFor(suggestion);
        assertEquals(suggestion, browser.find("#q").getAttribute("value"));
        assertEquals("/?q=" + TestServer.encode(suggestion), pathAndQuery().replace("%20", "+"));
    }

    @Test
    void failedSearchShowsTheErrorStateAndRetries() {
        open("/");
        browser.js("""
                window.realFetch = window.fetch;
                window.fetch = () => Promise.resolve(new Response(
                  JSON.stringify({error: 'internal_error', message: 'the server failed to answer'}),
                  {status: 500, headers: {'Content-Type': 'application/json'}}));""");
        type("django");
        // Every prefix fails; wait for the failure of the last one, so that no later answer can replace it.
        browser.await("the error state for django", d -> browser.find("#error").isDisplayed()
                && "django".equals(browser.find("#error").getAttribute("data-query")));
        assertEquals("the server failed to answer", browser.find("#error-text").getText());
        browser.js("window.fetch = window.realFetch");
        browser.find("#retry").click();
        awaitResultsFor("django");
        assertFalse(browser.find("#error").isDisplayed());
    }

    @Test
    void moreResultsAppendTheNextPage() {
        open("/?q=django");
        awaitResultsFor("django");
        int first = browser.findAll(".hit").size();
        browser.find("#more-button").click();
        browser.await("a second page", d -> browser.findAll(".hit").size() > first);
        assertEquals(browser.findAll(".hit").size(), browser.findAll(".hit").stream().map(h -> h.getAttribute("id")).distinct().count());
    }

    @Test
    void phoneScreenHasNoHorizontalOverflow() throws IOException {
        browser.phone(375, 812);
        try {
            open("/");
            assertNoHorizontalOverflow();
            open("/?q=select_for_update");
            awaitResultsFor("select_for_update");
            assertNoHorizontalOverflow();
            browser.screenshot("search-phone");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void screenshotsInLightAndDark() throws IOException {
        open("/?q=" + TestServer.encode("django signals"));
        awaitResultsFor("django signals");
        browser.find("#q").sendKeys(Keys.ARROW_DOWN);
        assertEquals("rgb(255, 255, 255)", browser.js("return getComputedStyle(document.body).backgroundColor"));
        browser.screenshot("search-light");
        browser.colorScheme("dark");
        try {
            assertTrue(((String) browser.js("return getComputedStyle(document.body).backgroundColor")).startsWith("rgb(14, 17, 23"));
            browser.screenshot("search-dark");
            open("/");
            browser.screenshot("start-dark");
        } finally {
            browser.colorScheme("light");
        }
        open("/");
        browser.screenshot("start-light");
    }

    @Test
    void noSeriousAccessibilityViolationsEmptyResultsDarkPhoneAndNoResults() {
        open("/");
        browser.await("the article list", d -> !browser.findAll("#articles li").isEmpty());
        assertEquals(List.of(), Axe.seriousViolations(browser), "empty page");
        open("/?q=" + TestServer.encode("django signals"));
        awaitResultsFor("django signals");
        assertEquals(List.of(), Axe.seriousViolations(browser), "results, light");
        browser.colorScheme("dark");
        try {
            assertEquals(List.of(), Axe.seriousViolations(browser), "results, dark");
        } finally {
            browser.colorScheme("light");
        }
        open("/?q=qqzxv");
        awaitResultsFor("qqzxv");
        assertEquals(List.of(), Axe.seriousViolations(browser), "no results");
    }

    @Test
    void onAPhoneChipsAreTouchTargetsAndSeveralHitsFitTheFirstScreen() throws IOException {
        open("/");
        browser.phone(390, 844);
        try {
            open("/?q=django");
            awaitResultsFor("django");
            assertEquals(List.of(), Axe.seriousViolations(browser), "results at 390 px");
            assertEquals(List.of(), browser.js("return [...document.querySelectorAll('.toolbar .chip')]"
                    + ".filter(c => c.getBoundingClientRect().height < 44).map(c => c.textContent)"), "44 px chips");
            long onFirstScreen = (Long) browser.js("return [...document.querySelectorAll('.hit')]"
                    + ".filter(h => h.getBoundingClientRect().top < innerHeight).length");
            assertTrue(onFirstScreen >= 3, onFirstScreen + " hits begin on the first screen");
            browser.screenshot("search-phone-django");
        } finally {
            browser.desktop();
        }
    }

    // ---- helpers ----

    private void open(String pathAndQuery) {
        browser.open(server.uri(pathAndQuery).toString());
        browser.await("the page script", d -> browser.js("return document.readyState").equals("complete"));
    }

    /** Types like a person: one key at a time, each one an input event. */
    private void type(String text) {
        WebElement box = browser.find("#q");
        for (int i = 0; i < text.length(); i++) {
            box.sendKeys(String.valueOf(text.charAt(i)));
        }
    }

    private void replaceQuery(String text) {
        browser.find("#q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        type(text);
    }

    private void awaitResultsFor(String query) {
        browser.await("results for " + query, d -> query.equals(browser.find("#results").getAttribute("data-query"))
                && "false".equals(browser.find("#results").getAttribute("aria-busy")));
    }

    private WebElement chip(String group, String label) {
        return browser.findAll(group + " .chip").stream().filter(c -> c.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no chip " + label + " in " + group));
    }

    /** A chip's text without its count. */
    private static String chipLabel(WebElement chip) {
        String count = chip.findElements(By.className("chip-count")).stream().map(WebElement::getText).findFirst()
                .orElse("");
        String text = chip.getText();
        return text.substring(0, text.length() - count.length()).strip();
    }

    private String activeId() {
        return (String) browser.js("return document.activeElement.id");
    }

    private String pathAndQuery() {
        URI uri = URI.create(browser.driver().getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private void assertNoHorizontalOverflow() {
        assertEquals(true, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                () -> "page is " + browser.js("return document.documentElement.scrollWidth") + " px wide in a "
                        + browser.js("return window.innerWidth") + " px window");
    }

    private void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // no dialog: nothing ran
        }
    }
}
