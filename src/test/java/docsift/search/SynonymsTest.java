package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.Article;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A word also finds the sections that say it in other words, below the sections that use the word itself. */
class SynonymsTest {
    private static final String ID = "synonyms.md";

    @RegisterExtension
    static final SearchFixture index = SearchFixture.of(() -> List.of(new Article(ID, "Synonyms", "hash", List.of(
            Fixtures.section(ID, "expiry", 2, "Expiry", List.of(), "Expiry",
                    "Expired rows are deleted by a background job once a day.", List.of(), List.of()),
            Fixtures.section(ID, "cleanup", 2, "Cleanup", List.of(), "Cleanup",
                    "Old files are removed from the upload folder at night.", List.of(), List.of()),
            Fixtures.section(ID, "retries", 2, "Retries", List.of(), "Retries",
                    "A failed request is retried three times before giving up.", List.of(), List.of()),
            Fixtures.section(ID, "copies", 2, "Copies", List.of(), "Copies",
                    "Create a copy of a list before you change it in place.", List.of(), List.of()),
            Fixtures.section(ID, "handles", 2, "Handles", List.of(), "Handles",
                    "Close the handle when you are done with it.", List.of(), List.of()),
            Fixtures.section(ID, "generators", 2, "Generators", List.of(), "Generators",
                    "A generator yields its values one at a time.", List.of(), List.of())))));

    private static List<Hit> hits(RankingFeatures features, String q) throws IOException {
        return index.hits(features, q);
    }

    @Test
    void groupsMatchEveryFormOfTheirWords() {
        Synonyms synonyms = new Synonyms();
        assertTrue(synonyms.of("removed").contains("delete"), synonyms.of("removed").toString());
        assertTrue(synonyms.of("deleting").contains("remove"));
        assertTrue(synonyms.of("Modified").contains("update"));
        assertTrue(synonyms.of("stopped").contains("halt"));
        assertTrue(synonyms.of("ran").contains("execute"), "irregular forms count as their base word");
        assertFalse(synonyms.of("deleting").contains("delete"), "a word is not its own synonym");
        assertTrue(synonyms.of("serialise").contains("serialize"));
        assertEquals(List.of(), synonyms.of("semaphore"));
    }

    @Test
    void wordsThatOnlyShareAStemAreNotSynonyms() {
        // Porter stems "generator", "general" and "generic" like "generate", "customer" like "customize",
        // "serial" like "serialize", "set" like "setting", "severe" like "several".
        Synonyms synonyms = new Synonyms();
        for (String word : List.of("generator", "general", "generic", "customer", "serial", "set", "severe", "numeric",
                "terminal", "author", "location")) {
            assertEquals(List.of(), synonyms.of(word), word);
        }
    }

    @Test
    void aGeneratorIsNotSomethingCreated() throws IOException {
        // "generator" has the stem of "generate", which is in a group with "create".
        assertEquals(List.of("Generators"), hits(RankingFeatures.ALL, "generator").stream().map(Hit::heading).toList());
    }

    @Test
    void aSynonymFindsTheSectionAndIsMarked() throws IOException {
        List<Hit> hits = hits(RankingFeatures.ALL, "when are expired rows removed");
        assertEquals("Expiry", hits.getFirst().heading());
        assertTrue(hits.getFirst().snippet().contains("<mark>deleted</mark>"), hits.getFirst().snippet());
        Hit without = hits(RankingFeatures.ALL.withoutSynonyms(), "when are expired rows removed").getFirst();
        assertFalse(without.snippet().contains("<mark>deleted</mark>"), without.snippet());
    }

    @Test
    void theWordTypedOutranksItsSynonym() throws IOException {
        assertEquals(List.of("Cleanup", "Expiry"), hits(RankingFeatures.ALL, "removed").stream().map(Hit::heading).toList());
        assertEquals(List.of("Expiry", "Cleanup"), hits(RankingFeatures.ALL, "deleted").stream().map(Hit::heading).toList());
    }

    @Test
    void aWordWithSynonymsIsNotTakenForATypo() throws IOException {
        // "clone" is one edit from "close", which the index has; it is a word, and "copy" is what it means.
        assertEquals(List.of("Copies"), hits(RankingFeatures.ALL, "clone").stream().map(Hit::heading).toList());
        assertEquals("Handles", hits(RankingFeatures.ALL.withoutSynonyms(), "clone").getFirst().heading());
    }

    @Test
    void aWordOnlyItsSynonymsKnowIsStillSearched() throws IOException {
        assertEquals("Expiry", hits(RankingFeatures.ALL, "purge expired rows").getFirst().heading());
        assertEquals("Expiry", hits(RankingFeatures.ALL, "+purge").getFirst().heading());
    }
}
