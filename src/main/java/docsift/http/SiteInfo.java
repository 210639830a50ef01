package docsift.http;

import java.util.List;

/**
 * The answer of {@code GET /api/site}: what the start page shows of the site.
 *
 * @param title    the site's title from its settings ({@code docsift} without them)
 * @param examples example queries, each of which finds something in the index as it is now
 */
record SiteInfo(String title, List<String> examples) {
    SiteInfo {
        examples = List.copyOf(examples);
    }
}
