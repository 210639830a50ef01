package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.TestFolders;
import com.fasterxml.jackson.databind.JsonNode;
import docsift.Application;
import docsift.analytics.SearchAnalytics;
import docsift.corpus.Await;
import docsift.http.ServerSettings;
import docsift.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * docsift's search embedded in another site: a static site laid out like MkDocs, served by the test from its
 * own port with a strict Content-Security-Policy, adds the two tags; a real headless Chromium opens the dialog
 * with Ctrl+K, types, presses Enter or clicks, and lands on the site's own page and anchor with the words marked.
 * The docsift server knows the site from the corpus' docsift.yml (base URL, MkDocs URLs, Python-Markdown ids,
 * the site as an embed origin) and records the opened hits.
 */
class EmbedIT {
    @TempDir
    static Path root;
    static HostSite site;
    static SearchAnalytics analytics;
    static Application docsift;
    static Browser browser;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        site = HostSite.start();
        Path corpus = copyFixture(root.resolve("corpus"));
        Files.writeString(corpus.resolve("docsift.yml"), """
                title: Example Docs
                links:
                  baseUrl: %1$s/
                  urls: mkdocs
                  anchors: python-markdown
                embed:
                  origins: ["%1$s"]
                """.formatted(site.origin()));
        analytics = SearchAnalytics.open(new SearchAnalytics.Settings(root.resolve("analytics"), Duration.ofDays(1)));
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, Path.of("web"), null, null, 16);
        docsift = Application.start(new Application.Config(corpus, root.resolve("index"), settings, null, null, null,
                null, analytics));
        site.embed(docsiftOrigin());
        browser = Browser.start();
    }

    private static Path copyFixture(Path corpus) throws IOException {
        TestFolders.copyTree(Path.of("src/test/resources/web/embed-site"), corpus);
        return corpus;
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (docsift != null) {
            docsift.close();
        }
        if (analytics != null) {
            analytics.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @AfterEach
    void noPolicyViolationsOrScriptErrors() {
        PageTestBase.assertCleanConsole(browser);
    }

    private static String docsiftOrigin() {
        return "http://127.0.0.1:" + docsift.port();
    }

    // ---- the browser ----

    /** The shadow root the embed put the dialog in. */
    private static SearchContext dialogRoot() {
        return browser.find("span[data-docsift=dialog]").getShadowRoot();
    }

    private static WebElement input() {
        return dialogRoot().findElement(By.cssSelector(".sd-input"));
    }

    private static void openHostPage(String path) {
        browser.open(site.origin() + path);
        browser.await("the embed's button", d -> !browser.findAll("#search span[data-docsift=trigger]").isEmpty());
    }

    /** Ctrl+K, then the query typed, until the dialog answered it; returns the hits shown. */
    private static List<WebElement> search(String query) {
        browser.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        browser.await("the dialog open", d -> !dialogRoot().findElements(By.cssSelector("dialog.sd[open]")).isEmpty());
        input().sendKeys(query);
        browser.await("results for " + query, d -> query.equals(
                dialogRoot().findElement(By.cssSelector(".sd-list")).getAttribute("data-query")));
        return dialogRoot().findElements(By.cssSelector(".sd-list [role=option]"));
    }

    @Test
    void ctrlKTypeEnterLandsOnTheHostPagesAnchorWithTheWordsMarked() throws Exception {
        openHostPage("/");
        List<WebElement> hits = search("receivers");
        assertFalse(hits.isEmpty());
        assertEquals(site.origin() + "/guide/signals/?docsift-q=receivers&docsift-article=guide%2Fsignals.md#signals-receivers",
                hits.get(0).getAttribute("href"), "the host's own page and its Python-Markdown id");
        browser.screenshot("embed");
        assertEquals(List.of(), Axe.seriousViolations(browser, false), "the host page with the dialog open");
        input().sendKeys(Keys.ENTER);
        browser.await("the landing", d -> d.getCurrentUrl().startsWith(site.origin() + "/guide/signals/"));
        browser.await("the words marked", d -> browser.js("return document.querySelector('main').dataset.docsiftMarked") != null);
        assertEquals(site.origin() + "/guide/signals/#signals-receivers", browser.driver().getCurrentUrl(),
                "the landing keeps the anchor and drops docsift's parameters");
        List<String> marked = browser.findAll("main mark.docsift-mark").stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("receivers") && marked.contains("receiver"), marked.toString());
        assertEquals("signals-receivers", browser.js("return document.querySelector(':target')?.id"),
                "the section is the page's target");
        browser.screenshot("embed-landed");
        assertEquals(List.of(), Axe.seriousViolations(browser, false), "the landed host page with its marks");
    }

    @Test
    void nothingLeaksBetweenTheHostPageAndTheDialogButTheTheme() {
        openHostPage("/guide/middleware/");
        List<WebElement> hits = search("middleware");
        assertTrue(hits.get(0).isDisplayed(), "the host's `.sd-hit { display: none }` does not reach the dialog");
        assertEquals(0L, browser.js("return document.querySelectorAll('.sd, .sd-hit, dialog, link[data-search-dialog]').length"),
                "the dialog's elements and stylesheet live in the shadow root only");
        assertEquals("rgb(34, 34, 34)", browser.js("return getComputedStyle(document.querySelector('main p')).color"),
                "the host's text keeps its colour");
        WebElement dialog = dialogRoot().findElement(By.cssSelector("dialog.sd"));
        assertEquals("#7b1fa2", ((String) browser.js("return getComputedStyle(arguments[0]).getPropertyValue('--sd-accent')",
                dialog)).trim(), "the host's --docsift-accent themes the dialog");
        input().sendKeys(Keys.ESCAPE);
        browser.await("closed", d -> dialogRoot().findElements(By.cssSelector("dialog.sd[open]")).isEmpty());
    }

    @Test
    void aClickAndAnEnterEachRecordTheOpenedPosition() throws Exception {
        Map<Integer, Long> before = positions();
        openHostPage("/");
        search("middleware");
        input().sendKeys(Keys.ENTER);
        browser.await("the first hit's page", d -> d.getCurrentUrl().startsWith(site.origin() + "/guide/middleware/"));
        openHostPage("/");
        List<WebElement> hits = search("application");
        assertTrue(hits.size() >= 2, "two hits to choose from");
        String second = hits.get(1).getAttribute("href").replaceFirst("\\?.*", "");
        hits.get(1).click();
        browser.await("the second hit's page", d -> d.getCurrentUrl().startsWith(second));
        assertOpenedFirstAndSecond(before);
    }

    @Test
    void docsiftsOwnSearchPageLinksToTheLiveSiteAndRecordsEnterAndClick() throws Exception {
        Map<Integer, Long> before = positions();
        browser.open(docsiftOrigin() + "/");
        pageSearch("middleware");
        String first = browser.find("#hit-0").getAttribute("href");
        assertTrue(first.startsWith(site.origin() + "/guide/middleware/?docsift-q=middleware"), first);
        browser.find("#q").sendKeys(Keys.ENTER);
        browser.await("the first hit on the live site", d -> d.getCurrentUrl().startsWith(site.origin() + "/guide/middleware/"));
        browser.open(docsiftOrigin() + "/");
        pageSearch("application");
        browser.find("#hit-1").click();
        browser.await("the second hit on the live site", d -> d.getCurrentUrl().startsWith(site.origin() + "/guide/"));
        assertOpenedFirstAndSecond(before);
    }

    /** Since {@code before}: one more hit opened at position 1 (the Enter) and one more at 2 (the click). */
    private static void assertOpenedFirstAndSecond(Map<Integer, Long> before) throws Exception {
        Await.until("both opened hits recorded", () -> positions().values().stream().mapToLong(Long::longValue).sum()
                >= before.values().stream().mapToLong(Long::longValue).sum() + 2);
        Map<Integer, Long> after = positions();
        assertEquals(before.getOrDefault(1, 0L) + 1, after.getOrDefault(1, 0L), "Enter opened the first: " + after);
        assertEquals(before.getOrDefault(2, 0L) + 1, after.getOrDefault(2, 0L), "the click opened the second: " + after);
    }

    private static void pageSearch(String query) {
        browser.find("#q").sendKeys(query);
        browser.await("results for " + query, d -> query.equals(browser.find("#results").getAttribute("data-query"))
                && "false".equals(browser.find("#results").getAttribute("aria-busy")));
    }

    // ---- HTTP ----

    @Test
    void hitsLinkToTheLiveSitesPagesAndIds() throws Exception {
        JsonNode hits = TestServer.json(get("/search?q=disconnect", null).body()).get("hits");
        assertEquals(site.origin() + "/guide/signals/#disconnect", hits.get(0).get("siteUrl").asText(),
                "the id the author gave wins");
        assertEquals("/articles/guide/signals.md#disconnect", hits.get(0).get("url").asText(), "url as before");
        JsonNode welcome = TestServer.json(get("/search?q=welcome", null).body()).get("hits").get(0);
        assertEquals(site.origin() + "/#example-docs", welcome.get("siteUrl").asText(), "index.md is the site's root");
    }

    @Test
    void crossOriginReadsOnlyForTheSiteAndOnlyWhatTheEmbedNeeds() throws Exception {
        for (String path : List.of("/search?q=signals", "/api/marks?q=signals&article=guide%2Fsignals.md",
                "/embed/docsift.js", "/search-dialog.js", "/hits.js")) {
            assertEquals(site.origin(), get(path, site.origin()).headers().firstValue("Access-Control-Allow-Origin")
                    .orElse(null), path);
            HttpResponse<String> elsewhere = get(path, "http://elsewhere.example");
            assertNull(elsewhere.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                    path + " for another origin");
            assertEquals(200, elsewhere.statusCode(), path + ": an unlisted origin gets no CORS header, not a refusal");
            assertEquals(200, get(path, docsiftOrigin()).statusCode(),
                    path + " for docsift's own origin, which Chromium sends with same-origin module scripts");
        }
        assertNull(get("/api/analytics", site.origin()).headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "admin answers are never readable cross-origin");
    }

    private static HttpResponse<String> get(String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(docsiftOrigin() + path));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode report() throws Exception {
        HttpResponse<String> answer = get("/api/analytics?days=1", null);
        assertEquals(200, answer.statusCode(), answer.body());
        return TestServer.json(answer.body());
    }

    /** How many opened hits each position has so far. */
    private static Map<Integer, Long> positions() throws Exception {
        Map<Integer, Long> positions = new HashMap<>();
        report().get("clickPositions").forEach(row -> positions.put(row.get("position").asInt(), row.get("clicks").asLong()));
        return positions;
    }
}
