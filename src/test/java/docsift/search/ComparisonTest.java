package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "X vs Y" and "the difference between X and Y" ask about two things: a section on both answers best, and the
 * section on each comes next, not below sections that merely share a word with one side.
 */
class ComparisonTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("python.md", """
            ## List comprehensions

            A list comprehension builds a list from an iterable in one expression: the squares of a list of
            numbers, say, or the names of the users that are active.

            ## Generators

            A generator function yields values one at a time, so a long sequence never sits in memory at once.

            ## Lists and tuples

            A list can grow and shrink; a tuple cannot. Both keep their items in order.
            """);

    @Test
    void eachSideOfTheComparisonIsAnsweredConfidently() throws IOException {
        List<Hit> hits = index.hits(RankingFeatures.ALL, "list comprehension vs generator");
        assertEquals(List.of("List comprehensions", "Generators"), hits.subList(0, 2).stream().map(Hit::heading).toList());
        assertFalse(hits.get(1).weak(), hits.get(1).toString());
    }

    @Test
    void theDifferenceBetweenTwoThingsIsAComparisonToo() throws IOException {
        List<Hit> hits = index.hits(RankingFeatures.ALL, "what is the difference between a list comprehension and a generator");
        assertEquals(List.of("List comprehensions", "Generators"), hits.subList(0, 2).stream().map(Hit::heading).toList());
        assertFalse(hits.get(1).weak(), hits.get(1).toString());
    }

    @Test
    void withoutVsTheSameWordsAreOneTopic() throws IOException {
        // Read as one topic, the generator section matches too little of it to be a confident answer.
        List<Hit> hits = index.hits(RankingFeatures.ALL, "list comprehension generator");
        assertEquals(List.of("List comprehensions", "Generators"), hits.subList(0, 2).stream().map(Hit::heading).toList());
        assertTrue(hits.get(1).weak(), hits.get(1).toString());
    }
}
