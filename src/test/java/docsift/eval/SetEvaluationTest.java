package docsift.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.search.rank.RankingFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One judged set evaluated with its ablation, and the tables that put every set side by side. */
class SetEvaluationTest {
    @TempDir
    Path root;

    private JudgedSet tinySet(String name) throws IOException {
        Path corpus = Files.createDirectories(root.resolve(name));
        Files.writeString(corpus.resolve("a.md"), "# Alpha\n\n## Examples\n\nThe walrus example.\n");
        Files.writeString(corpus.resolve("b.md"), "# Beta\n\n## Examples\n\nThe narwhal example.\n");
        Path queries = root.resolve(name + ".jsonl");
        Files.writeString(queries, """
                {"q": "walrus", "kind": "keyword", "rel": {"a.md > Examples": 2}}
                {"q": "narwhal", "kind": "keyword", "rel": {"a.md > Examples": 2}}
                {"q": "ostrich", "kind": "none", "rel": {}}
                """);
        return new JudgedSet(name, queries, corpus, true);
    }

    @Test
    void everyFeatureIsSwitchedOffOnceOnTheSameQueries() throws IOException {
        SetReport report = SetEvaluation.run(tinySet("tiny"), true);
        assertEquals(3, report.loaded());
        assertEquals(0, report.skipped());
        assertEquals(RankingFeature.values().length, report.variants().size());
        assertEquals("- " + RankingFeature.values()[0].label(), report.variants().getFirst().ranker());
        assertEquals(0.5, report.docsift().overall().successAt1());
        assertEquals(1.0, report.docsift().noConfidentHitRate());
        assertEquals(List.of(), report.kindsBelowBaseline(report.docsift()));
    }

    @Test
    void allSetsShareOneTableAndOneAblationTable() throws IOException {
        List<SetReport> reports = List.of(SetEvaluation.run(tinySet("first"), true),
                SetEvaluation.run(tinySet("second"), true));
        String table = ReportTable.allSets(reports);
        assertTrue(table.contains("| first       | keyword   |   2 |           0.500 |"), table);
        assertTrue(table.contains("| second      | overall   |   2 |           0.500 |"), table);
        assertTrue(table.contains("second: 3 queries (0 skipped); off-topic without a confident hit 1/1"), table);
        String ablation = ReportTable.ablationAcrossSets(reports);
        assertTrue(ablation.contains("| docsift (all features)       | 0.500 / 0.500 | 0.500 / 0.500 |"), ablation);
        assertTrue(ablation.contains("| - minimum evidence "), ablation);
        assertTrue(ablation.lines().anyMatch(line -> line.startsWith("| baseline ")), ablation);
    }

    @Test
    void theProjectsSetsAreListedOnceAndExist() {
        assertEquals(List.of("own v2", "held-out", "own v1", "CockroachDB", "Fastify"),
                JudgedSet.ALL.stream().map(JudgedSet::name).toList());
        JudgedSet.ALL.forEach(set -> assertTrue(Files.exists(set.queries()) && Files.exists(set.source()),
                set.toString()));
    }
}
