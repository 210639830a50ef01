package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.Application;
import docsift.analytics.SearchAnalytics;
import docsift.http.ServerSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics page in headless Chromium under the real Content-Security-Policy: it shows what readers
 * searched, a hostile query as text; and beacon.js records an opened hit the way the search page will call it.
 */
class AnalyticsPageIT {
    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";

    @TempDir
    Path root;

    @Test
    void thePageShowsTheReportAndTheBeaconRecordsAnOpenedHit() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.copy(Path.of("corpus/advanced-topics.md"), corpus.resolve("advanced-topics.md"));
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, null, null, null, 8);
        HttpClient client = HttpClient.newHttpClient();
        try (SearchAnalytics analytics = SearchAnalytics.open(new SearchAnalytics.Settings(root.resolve("analytics"),
                Duration.ofDays(90)));
             Application app = Application.start(new Application.Config(corpus, root.resolve("index"), settings, null,
                     null, null, null, analytics));
             Browser browser = Browser.start()) {
            String base = "http://127.0.0.1:" + app.port();
            for (String query : new String[] {"django signals", "zebrafinch", HOSTILE}) {
                client.send(HttpRequest.newBuilder(URI.create(base + "/search?q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
            }
            browser.open(base + "/analytics.html");
            browser.await("the report", d -> browser.find("#report").isDisplayed());
            assertTrue(browser.find("#status").getText().startsWith("3 searches and 0 hits opened"),
                    browser.find("#status").getText());
            assertTrue(browser.find("#no-results tbody").getText().contains("zebrafinch"));
            assertTrue(browser.find("#top tbody").getText().contains(HOSTILE), "the hostile query is shown as text");

            Object queued = browser.js("return import('/beacon.js').then(m => m.hitOpened("
                    + "{query: 'django signals', position: 2, id: 'advanced-topics.md#django-signals'}))");
            assertEquals(Boolean.TRUE, queued);
            browser.open(base + "/analytics.html");
            browser.await("the opened hit in the report", d -> openedHitShown(browser));
            assertEquals("2", browser.find("#positions tbody td").getText());
            PageTestBase.assertCleanConsole(browser);
        }
    }

    /**
     * True once the report counts the opened hit; until then each finished report is fetched again (by picking
     * the period anew): the beacon is sent in the background and may arrive after the first fetch.
     */
    private static boolean openedHitShown(Browser browser) {
        String status = browser.find("#status").getText();
        if (status.contains("1 hits opened")) {
            return true;
        }
        if (!status.startsWith("Loading")) {
            browser.js("document.getElementById('days').dispatchEvent(new Event('change'))");
        }
        return false;
    }
}
