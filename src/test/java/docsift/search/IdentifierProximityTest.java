package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Words that join into an identifier ("transaction atomic" for {@code transaction.atomic}) stand side by side
 * wherever the identifier is, since the index puts its parts after it: the identifier scores once, not again as
 * a pair of neighbouring words. The words as a phrase of prose still count as near.
 */
class IdentifierProximityTest {
    @RegisterExtension
    static final SearchFixture article = SearchFixture.ofFile(Path.of("corpus/advanced-topics.md"));

    @RegisterExtension
    static final SearchFixture shards = SearchFixture.ofMarkdown("shards.md", """
            # Hash-sharded indexes

            ## Spread of rows

            Every bucket holds the rows of some hash values. To see how rows spread, SHOW RANGES will count
            them per range for you.

            ## Sizing

            The bucket count is how many shards an index has. Pick it when you create the index, and keep it
            for as long as the index lives in the cluster it was first made for.

            ## Creating one

            ```sql
            CREATE INDEX ON events (ts) USING HASH WITH (bucket_count = 8);
            ```
            """);

    @Test
    void anIdentifierInProseAndCodeDoesNotOutrankTheSectionItIsTheExampleOf() throws IOException {
        // select_for_update in Django writes "with transaction.atomic()" in its prose and its code; that counted
        // the words' nearness twice and put it over Context managers, whose example of a transaction it is.
        List<String> headings = article.headings(RankingFeatures.ALL, "transaction atomic");
        assertEquals(List.of("Context managers", "select_for_update in Django"), headings.subList(0, 2));
    }

    @Test
    void theWordsAsAPhraseOfProseStillCountAsNear() throws IOException {
        // The words join into bucket_count, which "Creating one" has. "Spread of rows" has them as often as
        // "Sizing", far apart, and scores a little more on its words alone: their nearness puts "Sizing" above.
        List<String> headings = shards.headings(RankingFeatures.ALL, "bucket count");
        assertEquals(List.of("Sizing", "Spread of rows"), headings.stream().filter(h -> h.startsWith("S")).toList());
    }
}
