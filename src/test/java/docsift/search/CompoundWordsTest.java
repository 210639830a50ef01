package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A word of parts joined by hyphens, slashes or dots matches as written where the text has it so, a hyphenated
 * one as one word where the text joins it, and by its parts when the text has neither: "multi-threading" found
 * nothing in a text about threading, nor "async/await" in one about async functions and await.
 */
class CompoundWordsTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("guide.md", """
            ## Threading

            Run several threads in one process with the threading module.

            ## Email

            Send an email when an order ships.

            ## Read-only fields

            Mark a field read-only so that forms never change it.

            ## Reading files

            Read a file only once and keep its lines.

            ## Coroutines

            Declare a coroutine with async, and wait for its result with await.

            ## Dictionaries

            Look a key up in a dict with get, which gives None for a missing key.
            """);

    private static List<String> headings(String q) throws IOException {
        return index.headings(RankingFeatures.ALL, q);
    }

    @Test
    void aHyphenatedWordTheTextLacksIsSearchedByItsParts() throws IOException {
        assertEquals("Threading", headings("multi-threading").getFirst());
    }

    @Test
    void aHyphenatedWordTheTextWritesAsOneWordFindsIt() throws IOException {
        assertEquals(List.of("Email"), headings("e-mail"));
    }

    @Test
    void aHyphenatedWordTheTextHasIsMatchedAsWritten() throws IOException {
        // Not split: "Read a file only once" has both parts, apart.
        assertEquals(List.of("Read-only fields"), headings("read-only"));
    }

    @Test
    void wordsJoinedBySlashesAreSearchedByTheirPartsWhenTheTextNeverJoinsThem() throws IOException {
        assertEquals("Coroutines", headings("async/await").getFirst());
    }

    @Test
    void aDottedNameTheTextLacksIsSearchedByItsParts() throws IOException {
        // "dict.get()" is two words of this text, never the one identifier: it found nothing.
        assertEquals("Dictionaries", headings("dict.get()").getFirst());
    }
}
