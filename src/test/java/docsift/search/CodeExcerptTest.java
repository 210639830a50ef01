package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A code excerpt shows each matching line once, however many blocks repeat it and at whatever indent. */
class CodeExcerptTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("readline.md", """
            ## Reading a file line by line

            Read the input one line at a time.

            ```js
            for await (const line of rl) {
              console.log(`Line from file: ${line}`);
            }
            ```

            The same with events:

            ```js
            rl.on('line', (line) => {
                console.log(`Line from file: ${line}`);
            });
            ```
            """);

    @Test
    void aLineTwoBlocksShareIsShownOnce() throws IOException {
        String code = index.hits(RankingFeatures.ALL, "console.log line from file").getFirst().code();
        assertNotNull(code);
        long shown = Arrays.stream(code.split("\n")).filter(l -> l.contains("console.log")).count();
        assertEquals(1, shown, code);
    }
}
