package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corpus folder itself replaced under a watching server, as deploy scripts and checkouts do: deleted and
 * created again with other files, swapped by renaming ({@code mv C C.old; mv new C}), re-pointed as a symlink.
 * Each time the index must follow the new folder (its files searchable, the old ones gone, later edits seen),
 * and while the folder is missing {@code /health} must say so rather than "ok". Once, the index stayed frozen
 * on the old files until a restart, and /health said "ok" throughout.
 */
class CorpusFolderSwapIT extends WatchedServerTest {

    @Test
    void deletedThenCreatedAgainWithOtherFiles() throws Exception {
        assertTrue(total("select_for_update") > 0);
        deleteTree(server.corpus());
        Await.until("/health says the corpus folder is missing", () -> {
            JsonNode health = health();
            return health.get("status").asText().equals("degraded")
                    && health.get("watch").get("state").asText().equals("lost")
                    && health.get("watch").get("reason").asText().contains("missing");
        });
        assertTrue(health().get("lastError").asText().contains("missing"), health().toString());

        Files.createDirectories(server.corpus());
        Files.writeString(server.corpus().resolve("okapi.md"), "# Okapi\n\n## Okapi facts\n\nThe okapi is shy.\n");
        passes.awaitUntil("the new folder is indexed", () -> total("okapi") > 0 && total("select_for_update") == 0);
        Await.until("/health is ok again", () -> health().get("status").asText().equals("ok"));

        Files.writeString(server.corpus().resolve("okapi.md"), "# Q\n\n## Quokka facts\n\nThe quokka smiles.\n");
        passes.awaitUntil("an edit in the new folder is seen", () -> total("quokka") > 0 && total("okapi") == 0);
    }

    @Test
    void swappedByRenaming() throws Exception {
        Path fresh = Files.createDirectories(root.resolve("fresh"));
        Files.writeString(fresh.resolve("walrus.md"), "# Walrus\n\n## Walrus tusks\n\nWalruses haul out on ice.\n");
        Path old = root.resolve("corpus.old");
        Files.move(server.corpus(), old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, server.corpus(), StandardCopyOption.ATOMIC_MOVE);
        passes.awaitUntil("the swapped-in folder is indexed", () -> total("walrus") > 0 && total("select_for_update") == 0);

        Files.writeString(old.resolve("advanced-topics.md"), "# Old\n\n## Narwhal\n\nEdited in the old folder.\n");
        Files.writeString(server.corpus().resolve("second.md"), "# Second\n\n## Beluga\n\nA beluga.\n");
        passes.awaitUntil("an article added to the new folder is seen", () -> total("beluga") > 0);
        assertEquals(0, total("narwhal"), "the old folder is no longer watched");
        assertEquals("ok", health().get("status").asText(), health().toString());
        assertEquals("watching", health().get("watch").get("state").asText());
    }

    @Test
    void aSymlinkedCorpusRePointed() throws Exception {
        server.close();
        Path v1 = Files.createDirectories(root.resolve("release-1"));
        Files.writeString(v1.resolve("page.md"), "# Page\n\n## Heron\n\nRelease one.\n");
        Path v2 = Files.createDirectories(root.resolve("release-2"));
        Files.writeString(v2.resolve("page.md"), "# Page\n\n## Egret\n\nRelease two.\n");
        Path link = root.resolve("current");
        Files.createSymbolicLink(link, v1);
        server = new TestServer(root.resolve("linked"), link, false);
        server.start(CorpusWatcher.Settings.DEFAULT, passes);
        assertTrue(total("heron") > 0);

        Path next = root.resolve("current.next");
        Files.createSymbolicLink(next, v2);
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        passes.awaitUntil("the release the link points to now is indexed", () -> total("egret") > 0 && total("heron") == 0);
        Files.writeString(v2.resolve("page.md"), "# Page\n\n## Ibis\n\nRelease two, edited.\n");
        passes.awaitUntil("an edit in the new release is seen", () -> total("ibis") > 0);
    }

    private long total(String q) throws Exception {
        return server.search(q, null).get("total").asLong();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
