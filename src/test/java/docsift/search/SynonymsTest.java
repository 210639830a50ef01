package docsift.search;

import docsift.search.query.Synonyms;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A word also finds the sections that say it in other words, below the sections that use the word itself. */
class SynonymsTest {
    private static final String ID = "synonyms.md";

    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofSections(ID, "Synonyms",
            Fixtures.topLevel(ID, "expiry", "Expiry",
                    "Expired rows are deleted by a background job once a day."),
            Fixtures.topLevel(ID, "cleanup", "Cleanup",
                    "Old files are removed from the upload folder at night."),
            Fixtures.topLevel(ID, "retries", "Retries",
                    "A failed request is retried three times before giving up."),
            Fixtures.topLevel(ID, "copies", "Copies",
                    "Create a copy of a list before you change it in place."),
            Fixtures.topLevel(ID, "handles", "Handles",
                    "Close the handle when you are done with it."),
            Fixtures.topLevel(ID, "generators", "Generators",
                    "A generator yields its values one at a time."));

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
        assertEquals(List.of("Generators"), index.hits(RankingFeatures.ALL, "generator").stream().map(Hit::heading).toList());
    }

    @Test
    void aSynonymFindsTheSectionAndIsMarked() throws IOException {
        List<Hit> hits = index.hits(RankingFeatures.ALL, "when are expired rows removed");
        assertEquals("Expiry", hits.getFirst().heading());
        assertTrue(hits.getFirst().snippet().contains("<mark>deleted</mark>"), hits.getFirst().snippet());
        Hit without = index.hits(RankingFeatures.ALL.without(RankingFeature.SYNONYMS), "when are expired rows removed").getFirst();
        assertFalse(without.snippet().contains("<mark>deleted</mark>"), without.snippet());
    }

    @Test
    void theWordTypedOutranksItsSynonym() throws IOException {
        assertEquals(List.of("Cleanup", "Expiry"), index.hits(RankingFeatures.ALL, "removed").stream().map(Hit::heading).toList());
        assertEquals(List.of("Expiry", "Cleanup"), index.hits(RankingFeatures.ALL, "deleted").stream().map(Hit::heading).toList());
    }

    @Test
    void aWordWithSynonymsIsNotTakenForATypo() throws IOException {
        // "clone" is one edit from "close", which the index has; it is a word, and "copy" is what it means.
        assertEquals(List.of("Copies"), index.hits(RankingFeatures.ALL, "clone").stream().map(Hit::heading).toList());
        // Without synonyms it is still no typo of "close": a common English word is never corrected (round 9;
        // before that, this found Handles).
        assertEquals(List.of(), index.hits(RankingFeatures.ALL.without(RankingFeature.SYNONYMS), "clone"));
    }

    @Test
    void aWordOnlyItsSynonymsKnowIsStillSearched() throws IOException {
        assertEquals("Expiry", index.hits(RankingFeatures.ALL, "purge expired rows").getFirst().heading());
        assertEquals("Expiry", index.hits(RankingFeatures.ALL, "+purge").getFirst().heading());
    }
}
