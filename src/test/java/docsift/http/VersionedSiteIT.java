package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real server over the versioned fixture site (src/test/resources/corpora/versioned-site: v1.0, v2.0 and v3.0,
 * a docsift.yml naming v2.0 current): one hit per page across versions in the current version, the other
 * versions linked, grouped by page by default (a site: settings and many articles), paging by page, the version filter and
 * every copy on request; bad grouping parameters are JSON 400s.
 */
class VersionedSiteIT {
    private static final Path SITE = Path.of("src/test/resources/corpora/versioned-site");

    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root, SITE.toAbsolutePath(), false).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    /** The article id without its version folder. */
    private static String page(String article) {
        return article.replaceFirst("^v\\d+\\.\\d+/", "");
    }

    @Test
    void aSiteIsGroupedByPageEachPageOnceInTheCurrentVersionWithTheOthersLinked() throws Exception {
        JsonNode answer = server.search("begin transaction", null);
        JsonNode groups = answer.get("groups");
        List<String> pages = texts(groups, "article").stream().map(VersionedSiteIT::page).toList();
        assertEquals(pages.stream().distinct().toList(), pages, "each page once: " + pages);
        JsonNode begin = groups.get(0);
        assertEquals("v2.0/begin-transaction.md", begin.get("article").asText());
        assertEquals("v2.0", begin.get("version").asText());
        assertEquals(List.of("v3.0", "v1.0"), texts(begin.get("versions"), "version"));
        assertEquals("/articles/v3.0/begin-transaction.md", begin.get("versions").get(0).get("url").asText());
        assertEquals(answer.get("pages").asLong(), groups.size());
        int shown = 0;
        for (JsonNode group : groups) {
            assertTrue(group.get("sections").asInt() <= 3 && group.get("sections").asInt() >= 1, group.toString());
            assertTrue(group.get("matched").asInt() >= group.get("sections").asInt(), group.toString());
            shown += group.get("sections").asInt();
        }
        assertEquals(shown, answer.get("hits").size());
    }

    @Test
    void sectionsAreOneHitEachAcrossVersions() throws Exception {
        JsonNode answer = server.search("begin transaction", "group=none&limit=100");
        List<String> ids = texts(answer.get("hits"), "id");
        Set<String> withoutVersion = new HashSet<>();
        ids.forEach(id -> assertTrue(withoutVersion.add(page(id)), "one hit per section: " + ids));
        assertEquals(ids.size(), answer.get("total").asInt());
        assertEquals(answer.get("total").asLong(), answer.get("facets").get("kind").get("section").asLong());
        JsonNode isolation = null;
        for (JsonNode hit : answer.get("hits")) {
            isolation = hit.get("id").asText().endsWith("begin-transaction.md#isolation-levels") ? hit : isolation;
        }
        assertEquals("v2.0", isolation.get("version").asText());
        assertEquals(List.of("v3.0", "v1.0"), texts(isolation.get("versions"), "version"));
        assertEquals("/articles/v1.0/begin-transaction.md#isolation-levels",
                isolation.get("versions").get(1).get("url").asText());
        assertFalse(answer.has("groups"), "a list of sections has no groups");
    }

    @Test
    void aPageOnlyInOtherVersionsIsShownInTheNewestItIsIn() throws Exception {
        JsonNode savepoint = server.search("savepoint rollback", "group=none").get("hits").get(0);
        assertEquals("v3.0/savepoint.md", savepoint.get("article").asText());
        assertEquals(0, savepoint.get("versions").size());
        JsonNode legacy = server.search("legacy backup retention", "group=none").get("hits").get(0);
        assertEquals("v2.0/legacy-backup.md", legacy.get("article").asText());
        assertEquals(List.of("v1.0"), texts(legacy.get("versions"), "version"));
    }

    @Test
    void aVersionFilterPicksOneVersionAndCollapseNoneListsEveryCopy() throws Exception {
        JsonNode v3 = server.search("begin transaction", "group=none&version=v3.0&limit=100");
        texts(v3.get("hits"), "article").forEach(article -> assertTrue(article.startsWith("v3.0/"), article));
        JsonNode copies = server.search("begin transaction", "group=none&collapse=none&limit=100");
        JsonNode collapsed = server.search("begin transaction", "group=none&limit=100");
        assertTrue(copies.get("total").asLong() > collapsed.get("total").asLong());
        List<String> leads = texts(copies.get("hits"), "id").stream()
                .filter(id -> id.endsWith("begin-transaction.md#isolation-levels")).toList();
        assertEquals(List.of("v3.0/begin-transaction.md#isolation-levels", "v2.0/begin-transaction.md#isolation-levels",
                "v1.0/begin-transaction.md#isolation-levels"), leads);
    }

    @Test
    void pagingCountsPages() throws Exception {
        JsonNode all = server.search("transaction", "limit=10");
        JsonNode second = server.search("transaction", "limit=1&offset=1");
        assertEquals(all.get("groups").get(1).get("article").asText(), second.get("groups").get(0).get("article").asText());
        assertEquals(all.get("pages").asLong(), second.get("pages").asLong());
        assertEquals(all.get("total").asLong(), second.get("total").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"group=pages", "group=", "collapse=all", "group=page&group=none"})
    void badGroupingParametersAreJson400s(String parameters) throws Exception {
        HttpResponse<String> response = server.get("/search?q=begin&" + parameters);
        if (parameters.equals("group=")) {
            assertEquals(200, response.statusCode(), "an empty value is the default");
            return;
        }
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = TestServer.json(response.body());
        assertTrue(body.has("error") && body.has("message"), response.body());
    }
}
