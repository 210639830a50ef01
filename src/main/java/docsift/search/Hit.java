package docsift.search;

import java.util.List;

/**
 * One search result, ready to show. Every HTML string in it (snippet, headingHtml, code, useCases) is
 * escaped text in which only our own {@code <mark>} tags are markup. Immutable.
 *
 * @param id          document id ({@code article#anchor}, plus {@code /code/N} or {@code /usecase/N})
 * @param article     article id
 * @param title       article title
 * @param heading     section heading, plain text
 * @param headingHtml section heading with the query terms marked
 * @param path        ancestor headings, outermost first
 * @param anchor      section anchor on the article page
 * @param url         link that opens the article page at the section
 * @param level       heading level (0 = lead section)
 * @param topic       top-level topic
 * @param kind        section, code or usecase
 * @param score       relevance score; higher is better, comparable only within one response
 * @param snippet     best passage(s) of prose, about 200-300 characters
 * @param code        matching code lines, or null when no code matched
 * @param language    code language for code hits, else null
 * @param useCases    matching use-case items (the item itself for use-case hits)
 * @param matchedIn   which parts matched: heading, path, body, code, usecases
 * @param weak        true when the hit matched only a small part of the query (shown, but flagged)
 * @param siteUrl     the same section on the live documentation site, when the site settings give its base
 *                    URL; else null
 */
public record Hit(String id, String article, String title, String heading, String headingHtml, List<String> path,
                  String anchor, String url, int level, String topic, String kind, float score, String snippet,
                  String code, String language, List<String> useCases, List<String> matchedIn, boolean weak,
                  String siteUrl) {
    public Hit {
        path = List.copyOf(path);
        useCases = List.copyOf(useCases);
        matchedIn = List.copyOf(matchedIn);
    }
}
