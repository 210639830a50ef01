package docsift.http;

import docsift.app.ArticlePage;
import docsift.search.highlight.Html;

/**
 * The HTML page of one article: a search bar, a table-of-contents sidebar and the rendered article. Text
 * from the corpus is escaped here; the article body was rendered with raw HTML escaped. Stateless.
 */
final class ArticlePageHtml {
    private ArticlePageHtml() {
    }

    static String page(ArticlePage article) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · docsift</title>
                <meta name="color-scheme" content="light dark">
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/style.css">
                <link rel="stylesheet" href="/search-dialog.css" data-search-dialog>
                <script type="module" src="/article.js"></script>
                </head>
                <body class="article-page">
                <header class="topbar">
                <a class="brand" href="/">docsift</a>
                <form class="topbar-search" action="/" method="get" role="search" data-search-dialog>
                <input type="search" name="q" aria-label="Search the articles" placeholder="Search…" autocomplete="off">
                </form>
                </header>
                <div class="layout">
                <nav class="toc" aria-label="Table of contents">
                <p class="toc-title">%1$s</p>
                <ul>
                %2$s</ul>
                </nav>
                <main class="article" id="content" data-article="%3$s">
                %5$s%4$s
                </main>
                </div>
                </body>
                </html>
                """.formatted(Html.escape(article.title()), toc(article), Html.escape(article.id()), article.html(),
                        titleHeading(article));
    }

    /**
     * The title as the page's heading when the article has no {@code <h1>} of its own (a Jekyll page's title is
     * in its front matter): a page needs one, and a screen reader's first stop is it.
     */
    private static String titleHeading(ArticlePage article) {
        return article.html().contains("<h1") ? "" : "<h1 class=\"article-title\">" + Html.escape(article.title()) + "</h1>\n";
    }

    /** Shown for a heading with no text of its own ({@code ##} alone), which would be an empty, unclickable link. */
    static final String UNTITLED = "Untitled section";

    private static String toc(ArticlePage article) {
        StringBuilder items = new StringBuilder();
        for (ArticlePage.Heading item : article.toc()) {
            String label = item.heading().isBlank() ? "<span class=\"untitled\">" + UNTITLED + "</span>"
                    : Html.escape(item.heading());
            items.append("<li class=\"toc-l").append(item.level()).append("\"><a href=\"#")
                    .append(Html.escape(item.anchor())).append("\">").append(label).append("</a></li>\n");
        }
        return items.toString();
    }
}
