package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.MarkdownParser;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passage evidence: a catch-all list (over a thousand words, one item per plugin) that names each of an off-topic
 * query's words once, in items far apart, is not a confident answer; an item that says the query's words together
 * still is.
 */
class PassagesTest {
    private static final MarkdownParser PARSER = new MarkdownParser();

    /** 150 items of seven words each, four of them naming one of the query's words, far apart. */
    private static String pluginList() {
        List<String> special = List.of("Serves grpc services from the same server.", "Streaming replies for large files.",
                "Helpers for splitting an app into microservices.", "Encodes protobuf messages for the client.");
        return IntStream.range(0, 150).mapToObj(i -> i % 40 == 5 && i / 40 < special.size()
                        ? "- `plugin-" + i + "` " + special.get(i / 40)
                        : "- `plugin-" + i + "` Adds option number " + i + " to every route.")
                .collect(Collectors.joining("\n"));
    }

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> List.of(
            PARSER.parse("guides/ecosystem.md", "# Ecosystem\n\n## Community\n\n" + pluginList() + "\n"),
            PARSER.parse("reference/reply.md", """
                    # Reply

                    ## Streams

                    A reply can send a stream; the server pipes it to the client as it is read.

                    ## Headers

                    Sets a header of the reply before it is sent.
                    """)));

    @Test
    void wordsScatteredOverACatchAllListAreNoConfidentAnswer() throws IOException {
        String q = "grpc streaming microservices protobuf";
        Hit without = site.hits(RankingFeatures.ALL.without(RankingFeature.PASSAGES), q).getFirst();
        assertEquals("Community", without.heading());
        assertFalse(without.weak());
        assertTrue(site.hits(RankingFeatures.ALL, q).stream().allMatch(Hit::weak));
    }

    @Test
    void anItemThatSaysTheWordsTogetherStillAnswers() throws IOException {
        Hit first = site.hits(RankingFeatures.ALL, "encodes protobuf messages").getFirst();
        assertEquals("Community", first.heading());
        assertFalse(first.weak());
    }
}
