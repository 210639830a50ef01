package docsift.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import docsift.settings.AnchorStyle;
import docsift.settings.UrlStyle;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Live-site links per generator, checked against URLs and ids those generators really produce. */
class SiteLinksTest {

    private static String url(String base, UrlStyle urls, AnchorStyle anchors, LinkTarget target) {
        return new SiteLinks(URI.create(base), urls, anchors).url(target);
    }

    private static LinkTarget page(String article) {
        return new LinkTarget(article, null, null, "", "");
    }

    @Test
    void jekyllHtmlPagesOfCockroachDocs() {
        // https://www.cockroachlabs.com/docs/v25.4/select-for-update.html#synopsis is the live page and section.
        LinkTarget synopsis = new LinkTarget("v25.4/select-for-update.md", null, null, "Synopsis", "synopsis");
        assertEquals("https://www.cockroachlabs.com/docs/v25.4/select-for-update.html#synopsis",
                url("https://www.cockroachlabs.com/docs/", UrlStyle.HTML, AnchorStyle.GITHUB, synopsis));
    }

    @Test
    void baseUrlWithoutFinalSlashStillPrefixesThePath() {
        assertEquals("https://www.cockroachlabs.com/docs/v25.4/begin-transaction.html",
                url("https://www.cockroachlabs.com/docs", UrlStyle.HTML, AnchorStyle.GITHUB,
                        page("v25.4/begin-transaction.md")));
    }

    @Test
    void mkdocsDirectoryUrls() {
        // MkDocs' own documentation: about/license.md is served at /about/license/, index.md at the root.
        String base = "https://www.mkdocs.org/";
        assertEquals("https://www.mkdocs.org/about/license/", url(base, UrlStyle.MKDOCS, AnchorStyle.PYTHON_MARKDOWN,
                page("about/license.md")));
        assertEquals("https://www.mkdocs.org/", url(base, UrlStyle.MKDOCS, AnchorStyle.PYTHON_MARKDOWN, page("index.md")));
        assertEquals("https://www.mkdocs.org/user-guide/", url(base, UrlStyle.MKDOCS, AnchorStyle.PYTHON_MARKDOWN,
                page("user-guide/README.md")));
    }

    @Test
    void prettyAndHtmlStylesOfJekyllAndHugo() {
        String base = "https://example.org/";
        assertEquals("https://example.org/guide/install/", url(base, UrlStyle.PRETTY, AnchorStyle.GITHUB,
                page("guide/install.md")));
        assertEquals("https://example.org/guide/", url(base, UrlStyle.PRETTY, AnchorStyle.GITHUB, page("guide/_index.md")));
        assertEquals("https://example.org/guide/install.html", url(base, UrlStyle.HTML, AnchorStyle.GITHUB,
                page("guide/install.markdown")));
        assertEquals("https://example.org/guide/", url(base, UrlStyle.HTML, AnchorStyle.GITHUB, page("guide/index.md")));
    }

    @Test
    void docusaurusDocsWithoutExtensionOrNumberPrefixes() {
        // Docusaurus' tutorial: docs/greeting.md is /docs/greeting; number prefixes are not part of the URL.
        String base = "https://docusaurus.io/docs/";
        assertEquals("https://docusaurus.io/docs/greeting", url(base, UrlStyle.DOCUSAURUS, AnchorStyle.DOCUSAURUS,
                page("greeting.md")));
        assertEquals("https://docusaurus.io/docs/guides/intro", url(base, UrlStyle.DOCUSAURUS, AnchorStyle.DOCUSAURUS,
                page("02-guides/01-intro.mdx")));
        assertEquals("https://docusaurus.io/docs/guides/", url(base, UrlStyle.DOCUSAURUS, AnchorStyle.DOCUSAURUS,
                page("guides/guides.md")));
    }

    @Test
    void frontMatterPermalinkThenSlugWin() {
        String base = "https://example.org/docs/";
        assertEquals("https://example.org/docs/start/here/", url(base, UrlStyle.HTML, AnchorStyle.GITHUB,
                new LinkTarget("guide/install.md", "/start/here/", "ignored", "", "")));
        assertEquals("https://example.org/docs/guide/setup", url(base, UrlStyle.DOCUSAURUS, AnchorStyle.DOCUSAURUS,
                new LinkTarget("guide/install.md", null, "setup", "", "")));
        assertEquals("https://example.org/docs/elsewhere/setup", url(base, UrlStyle.DOCUSAURUS, AnchorStyle.DOCUSAURUS,
                new LinkTarget("guide/install.md", null, "/elsewhere/setup", "", "")));
        assertEquals("https://example.org/docs/guide/setup/", url(base, UrlStyle.PRETTY, AnchorStyle.GITHUB,
                new LinkTarget("guide/install.md", null, "setup", "", "")));
    }

    @Test
    void jekyllPermalinkPlaceholdersAreNotGuessed() {
        assertEquals("https://example.org/guide/install.html", url("https://example.org/", UrlStyle.HTML,
                AnchorStyle.GITHUB, new LinkTarget("guide/install.md", "/:categories/:title/", null, "", "")));
    }

    @Test
    void pathSegmentsAndIdsArePercentEncoded() {
        assertEquals("https://example.org/my%20guide/caf%C3%A9/#caf%C3%A9--cr%C3%A8me", url("https://example.org/",
                UrlStyle.PRETTY, AnchorStyle.GITHUB, new LinkTarget("my guide/café.md", null, null, "Café & Crème",
                        "café--crème")));
    }

    @Test
    void onlyAbsoluteHttpBaseUrls() {
        assertThrows(IllegalArgumentException.class,
                () -> new SiteLinks(URI.create("/docs/"), UrlStyle.HTML, AnchorStyle.GITHUB));
        assertThrows(IllegalArgumentException.class,
                () -> new SiteLinks(URI.create("javascript:alert(1)"), UrlStyle.HTML, AnchorStyle.GITHUB));
    }
}
