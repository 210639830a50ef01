package docsift.search;

import java.util.List;

/**
 * What an article page marks for a query: the forms of its words that the result snippets mark in that
 * article, as written there and lower-cased. Immutable.
 *
 * @param query   the query as received
 * @param article the article id
 * @param forms   the forms to mark, sorted; empty when nothing in the article matches
 */
public record MarkedForms(String query, String article, List<String> forms) {
    public MarkedForms {
        forms = List.copyOf(forms);
    }
}
