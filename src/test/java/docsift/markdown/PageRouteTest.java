package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The front matter's permalink and slug reach the article, for links to the live site. */
class PageRouteTest {
    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void jekyllPermalink() {
        Article article = parser.parse("v1/install.md", "---\ntitle: Install\npermalink: /stable/install.html\n---\n\n# Install\n");
        assertEquals(new PageRoute("/stable/install.html", null), article.route());
    }

    @Test
    void docusaurusSlugQuoted() {
        Article article = parser.parse("guide/intro.mdx", "---\nslug: \"/getting-started\"\n---\n\nHello.\n");
        assertEquals(new PageRoute(null, "/getting-started"), article.route());
    }

    @Test
    void hugoTomlUrlAndSlug() {
        Article article = parser.parse("post/a.md", "+++\ntitle = \"A\"\nurl = \"/a-page/\"\nslug = \"a\"\n+++\n\nText.\n");
        assertEquals(new PageRoute("/a-page/", "a"), article.route());
    }

    @Test
    void noFrontMatterNoRoute() {
        assertEquals(PageRoute.NONE, parser.parse("a.md", "# A\n\ntext\n").route());
    }
}
