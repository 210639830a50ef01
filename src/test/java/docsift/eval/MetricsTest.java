package docsift.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.eval.Ranker.RankedSection;
import docsift.eval.Ranker.Ranking;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics, key matching (heading, parent and article forms) and report labels on hand-computed examples. */
class MetricsTest {
    private static final JudgedQuery QUERY = new JudgedQuery("q", "keyword", Map.of("Best", 2, "Parent > Also", 1));

    private static RankedSection section(String heading, String... path) {
        return new RankedSection("a.md", heading, List.of(path), false);
    }

    @Test
    void bestFirstScoresOneEverywhere() {
        List<Integer> gains = Metrics.gains(QUERY, List.of(section("Best"), section("Also", "Root", "Parent")));
        assertEquals(List.of(2, 1), gains);
        assertEquals(1, Metrics.successAt(1, gains));
        assertEquals(1, Metrics.reciprocalRank(gains));
        assertEquals(1, Metrics.ndcg(QUERY, gains), 1e-9);
    }

    @Test
    void bestSecondHalvesReciprocalRankAndDiscountsGain() {
        List<Integer> gains = Metrics.gains(QUERY, List.of(section("Other"), section("Best")));
        assertEquals(0, Metrics.successAt(1, gains));
        assertEquals(1, Metrics.successAt(3, gains));
        assertEquals(0.5, Metrics.reciprocalRank(gains));
        // DCG = 3 / log2(3); ideal = 3 + 1 / log2(3)
        double log3 = Math.log(3) / Math.log(2);
        assertEquals((3 / log3) / (3 + 1 / log3), Metrics.ndcg(QUERY, gains), 1e-9);
    }

    @Test
    void parentKeyNeedsTheRightParentAndRepeatsEarnNothing() {
        assertEquals(List.of(0, 1, 0), Metrics.gains(QUERY,
                List.of(section("Also", "Other parent"), section("Also", "Parent"), section("Also", "Parent"))));
        assertEquals(0, Metrics.reciprocalRank(List.of(0, 1, 0)));
    }

    @Test
    void articleKeyNamesTheHeadingInThatFileOnly() {
        RankedSection examples = new RankedSection("guides/indexes.md", "Examples", List.of("Indexes"), false);
        assertTrue(examples.isNamedBy("guides/indexes.md > Examples"));
        assertTrue(examples.isNamedBy("Examples"));
        assertTrue(examples.isNamedBy("Indexes > Examples"));
        assertFalse(examples.isNamedBy("indexes.md > Examples"));
        assertFalse(examples.isNamedBy("guides/upsert.md > Examples"));
        assertFalse(examples.isNamedBy("guides/indexes.md > Indexes > Examples"));
    }

    @Test
    void articleKeyScoresTheRightFileAmongRepeatedHeadings() {
        JudgedQuery query = new JudgedQuery("q", "keyword", Map.of("b.md > Examples", 2, "a.md > Examples", 1));
        RankedSection inA = new RankedSection("a.md", "Examples", List.of(), false);
        RankedSection inB = new RankedSection("b.md", "Examples", List.of(), false);
        RankedSection inC = new RankedSection("c.md", "Examples", List.of(), false);
        assertEquals(List.of(0, 1, 2), Metrics.gains(query, List.of(inC, inA, inB)));
        assertEquals(List.of(2, 1), Metrics.gains(query, List.of(inB, inA)));
    }

    @Test
    void reportLabelsNameTheArticleOnlyWhenAsked() {
        RankedSection weak = new RankedSection("a.md", "Examples", List.of(), true);
        QueryResult result = QueryResult.of(QUERY, new Ranking(List.of(weak, section("Best"))));
        assertEquals(List.of("Examples (weak)", "Best"), result.top(3));
        assertEquals(List.of("a.md > Examples (weak)"), result.top(1, true));
    }

    @Test
    void offTopicQueryIsRightOnlyWithoutConfidentHits() {
        JudgedQuery none = new JudgedQuery("walrus", "none", Map.of());
        assertTrue(QueryResult.of(none, new Ranking(List.of())).correct());
        assertTrue(QueryResult.of(none, new Ranking(List.of(new RankedSection("a.md", "X", List.of(), true)))).correct());
        assertFalse(QueryResult.of(none, new Ranking(List.of(section("X")))).correct());
    }

    @Test
    void loaderReadsJsonLinesAndNamesTheBadLine() {
        List<JudgedQuery> queries = JudgedQueries.parse("""
                {"q": "a", "kind": "keyword", "rel": {"A": 2}}

                {"q": "b", "kind": "none", "rel": {}}
                """, "test");
        assertEquals(2, queries.size());
        assertEquals(List.of("A"), queries.getFirst().bestKeys());
        assertTrue(queries.get(1).isNone());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedQueries.parse("{\"q\": \"a\", \"kind\": \"x\", \"rel\": {\"A\": 3}}", "file"));
        assertTrue(e.getMessage().startsWith("file:1"), e.getMessage());
    }
}
