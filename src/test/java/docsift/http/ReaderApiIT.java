package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader's pages ask of the server: the forms to mark on a landing, and words of one or two letters. */
class ReaderApiIT extends SharedServerTest {
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

    @Test
    void marksAreTheFormsTheSnippetsMarkAndNoStopWords() throws Exception {
        String q = "how do I run code after a model is saved";
        List<String> forms = forms(q);
        assertTrue(forms.containsAll(List.of("model", "run", "code", "save")), forms.toString());
        for (String stopWord : List.of("how", "do", "i", "a", "is")) {
            assertFalse(forms.contains(stopWord), stopWord + " in " + forms);
        }
        // Every word the result snippets mark (lower-cased) is one of the forms.
        JsonNode hits = server.search(q, "limit=10&article=advanced-topics.md").get("hits");
        List<String> snippetMarks = new ArrayList<>();
        for (JsonNode hit : hits) {
            for (String field : List.of("snippet", "headingHtml", "code")) {
                Matcher m = MARK.matcher(hit.path(field).asText(""));
                while (m.find()) {
                    snippetMarks.add(m.group(1).toLowerCase().replace("&#x27;", "'").replace("&amp;", "&"));
                }
            }
        }
        assertFalse(snippetMarks.isEmpty());
        assertTrue(forms.containsAll(snippetMarks), snippetMarks + " not all in " + forms);
    }

    @Test
    void identifiersAndCodeFormsAreForms() throws Exception {
        assertTrue(forms("select_for_update").contains("select_for_update"));
        assertEquals(List.of(), forms("qqzxv"), "nothing matches, nothing to mark");
    }

    @Test
    void badOrMissingParametersAre400sAndAnUnknownArticleHasNoForms() throws Exception {
        HttpResponse<String> noArticle = server.get("/api/marks?q=django");
        assertEquals(400, noArticle.statusCode());
        assertEquals("missing_article", TestServer.json(noArticle.body()).get("error").asText());
        HttpResponse<String> noQuery = server.get("/api/marks?article=advanced-topics.md");
        assertEquals(400, noQuery.statusCode());
        assertEquals("missing_query", TestServer.json(noQuery.body()).get("error").asText());
        assertEquals(List.of(), forms("django", "nope.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"m", "mi", "s", "pr", "dj"})
    void oneOrTwoLettersBeingTypedAlreadyFindSomething(String q) throws Exception {
        JsonNode answer = server.search(q, null);
        assertTrue(answer.get("total").asLong() > 0, q + " found nothing");
        String heading = answer.get("hits").get(0).get("headingHtml").asText()
                + answer.get("hits").get(0).path("code").asText("");
        Matcher m = MARK.matcher(heading + answer.get("hits").get(0).path("snippet").asText(""));
        assertTrue(m.find() && m.group(1).toLowerCase().startsWith(q), "a completion of " + q + " is marked: " + heading);
    }

    @Test
    void aShortWordFollowedByASpaceIsAWordNotAPrefix() throws Exception {
        // "m " is finished: not completed; whatever it finds, it is not "middleware".
        JsonNode answer = server.search("zz ", null);
        assertEquals(0, answer.get("total").asLong());
    }

    private static List<String> forms(String q) throws Exception {
        return forms(q, "advanced-topics.md");
    }

    private static List<String> forms(String q, String article) throws Exception {
        HttpResponse<String> response = server.get("/api/marks?q=" + TestServer.encode(q) + "&article="
                + TestServer.encode(article));
        assertEquals(200, response.statusCode(), response.body());
        List<String> forms = new ArrayList<>();
        TestServer.json(response.body()).get("forms").forEach(f -> forms.add(f.asText()));
        return forms;
    }
}
