package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A common English word the article does not use is what the reader meant, not a typo of a word it does use:
 * "five" was corrected to "file", "helm" to "help", "rust" to "rest", "beat" to "best".
 */
class EnglishWordsTest {
    @RegisterExtension
    static final SearchFixture article = SearchFixture.ofFile(Path.of("corpus/advanced-topics.md"));

    @Test
    void commonWordsAreNeverCorrected() throws IOException {
        assertNull(article.search("how to schedule a cron job that runs every five minutes").suggestion());
        assertNull(article.search("deploy with helm charts").suggestion());
        assertNull(article.search("celery beat periodic tasks").suggestion());
    }

    @Test
    void typosStillAre() throws IOException {
        assertEquals("celery beat periodic tasks", article.search("celry beat periodic tasks").suggestion());
        assertEquals("Django middleware", article.search("midleware").hits().getFirst().heading());
    }
}
