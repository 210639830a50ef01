package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search dialog (web/search-dialog.js) on article pages and the start page, in a real browser. */
class DialogIT extends PageTestBase {
    private static final String ARTICLE = "/articles/advanced-topics.md";

    @Test
    void ctrlKOpensItOnAnArticlePageAndEnterOpensTheFirstHit() throws IOException {
        open(ARTICLE);
        browser.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        awaitOpen();
        assertTrue(browser.find(".sd-input").equals(browser.driver().switchTo().activeElement()), "focus in the box");
        type("middlew");
        awaitResultsFor("middlew");
        List<WebElement> groups = browser.findAll(".sd-list [role=group]");
        assertFalse(groups.isEmpty());
        assertEquals("advanced topics", groups.get(0).getAttribute("aria-label"), "hits grouped under their article");
        WebElement first = browser.find(".sd-list [role=option]");
        assertEquals("true", first.getAttribute("aria-selected"), "the first hit is preselected");
        assertEquals(first.getAttribute("id"), browser.find(".sd-input").getAttribute("aria-activedescendant"));
        assertEquals("true", browser.find(".sd-input").getAttribute("aria-expanded"));
        assertTrue(browser.find(".sd-status").getText().matches("\\d+ hits?(, the best \\d+ shown)?"),
                browser.find(".sd-status").getText());
        browser.screenshot("dialog");
        assertEquals(List.of(), Axe.seriousViolations(browser), "the dialog with results, light");
        browser.colorScheme("dark");
        try {
            browser.screenshot("dialog-dark");
            assertEquals(List.of(), Axe.seriousViolations(browser), "the dialog with results, dark");
        } finally {
            browser.colorScheme("light");
        }
        String href = first.getAttribute("href");
        browser.find(".sd-input").sendKeys(Keys.ENTER);
        browser.await("the first hit's page", d -> d.getCurrentUrl().equals(href));
    }

    @Test
    void escapeClosesItAndGivesFocusBack() {
        open(ARTICLE);
        WebElement trigger = browser.find(".sd-trigger");
        trigger.click();
        awaitOpen();
        browser.find(".sd-input").sendKeys(Keys.ESCAPE);
        browser.await("closed", d -> browser.findAll("dialog.sd[open]").isEmpty());
        assertTrue(browser.find(".sd-trigger").equals(browser.driver().switchTo().activeElement()), "focus is back");
    }

    @Test
    void arrowsAndTabReachEveryHit() {
        open(ARTICLE);
        browser.find("body").sendKeys("/");
        awaitOpen();
        type("django signals");
        awaitResultsFor("django signals");
        List<String> ids = browser.findAll(".sd-list [role=option]").stream().map(o -> o.getAttribute("id")).toList();
        assertTrue(ids.size() > 3, ids.toString());
        browser.find(".sd-input").sendKeys(Keys.ARROW_DOWN);
        assertEquals(ids.get(1), browser.find(".sd-input").getAttribute("aria-activedescendant"));
        browser.find(".sd-input").sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals(ids.getLast(), browser.find(".sd-input").getAttribute("aria-activedescendant"), "Up wraps around");
        List<String> tabbed = new ArrayList<>();
        for (int i = 0; i < ids.size() + 4; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            String id = (String) browser.js("return document.activeElement.id");
            if (ids.contains(id)) {
                tabbed.add(id);
            }
        }
        assertEquals(ids, tabbed, "Tab reaches every hit, in order");
        assertEquals(0L, browser.js("return document.querySelectorAll('.sd [role=option] a, .sd [role=option] button').length"));
    }

    @Test
    void recentSearchesAreKeptAndRemovable() {
        open(ARTICLE);
        browser.js("localStorage.clear()");
        browser.find("body").sendKeys("/");
        awaitOpen();
        assertTrue(browser.find(".sd-recent").getAttribute("hidden") != null, "nothing recent yet");
        type("select_for_update");
        awaitResultsFor("select_for_update");
        String href = browser.find(".sd-list [role=option]").getAttribute("href");
        browser.find(".sd-input").sendKeys(Keys.ENTER);
        browser.await("the hit", d -> d.getCurrentUrl().equals(href));
        browser.await("the page script", d -> "complete".equals(browser.js("return document.readyState")));
        browser.find("body").sendKeys("/");
        awaitOpen();
        browser.await("the recent search", d -> browser.find(".sd-recent").isDisplayed());
        assertEquals("select_for_update", browser.find(".sd-recent-q").getText());
        assertEquals("Remove “select_for_update” from recent searches",
                browser.find(".sd-recent-remove").getAttribute("aria-label"));
        browser.find(".sd-recent-remove").click();
        assertTrue(browser.findAll(".sd-recent-q").isEmpty());
        assertEquals("[]", browser.js("return localStorage.getItem('docsift.recent')"));
    }

    @Test
    void theStartPageHasTheDialogToo() {
        open("/");
        browser.find("#intro h1").click();
        browser.find("body").sendKeys(Keys.chord(Keys.CONTROL, "k"));
        awaitOpen();
        type("prefetch_related");
        awaitResultsFor("prefetch_related");
        assertTrue(browser.find(".sd-all").getAttribute("href").endsWith("/?q=prefetch_related"));
    }

    @Test
    void onAPhoneItFillsTheScreen() throws IOException {
        open(ARTICLE);
        browser.phone(390, 844);
        try {
            open(ARTICLE);
            browser.find(".sd-trigger").click();
            awaitOpen();
            type("signals");
            awaitResultsFor("signals");
            assertEquals(true, browser.js("return document.querySelector('dialog.sd').getBoundingClientRect().width >= 389"));
            browser.screenshot("dialog-phone");
            assertEquals(List.of(), Axe.seriousViolations(browser), "the dialog on a phone");
        } finally {
            browser.desktop();
        }
    }

    // ---- helpers ----

    private void open(String pathAndQuery) {
        browser.open(server.uri(pathAndQuery).toString());
        browser.await("the page script", d -> "complete".equals(browser.js("return document.readyState"))
                && !browser.findAll("dialog.sd").isEmpty());
    }

    private void awaitOpen() {
        browser.await("the open dialog", d -> !browser.findAll("dialog.sd[open]").isEmpty());
    }

    private void type(String text) {
        WebElement box = browser.find(".sd-input");
        for (int i = 0; i < text.length(); i++) {
            box.sendKeys(String.valueOf(text.charAt(i)));
        }
    }

    private void awaitResultsFor(String query) {
        browser.await("dialog results for " + query, d -> query.equals(browser.find(".sd-list").getAttribute("data-query"))
                && "false".equals(browser.find(".sd-list").getAttribute("aria-busy")));
    }
}
