package docsift.eval;

import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A second, real corpus: 34 CockroachDB docs pages with front matter and Liquid tags, judged blind, ranked as
 * one index across files (see "Second corpus: cockroachdb-docs sample" in src/test/resources/relevance/README.md).
 */
class CockroachDocsRelevanceTest extends JudgedSetTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpora/cockroachdb-sample/v25.4");

    // Measured with every feature on (round 5): S@1 0.661, MRR@10 0.773, lowest kind MRR 0.381 (acronym), 5/7
    // off-topic queries without a confident hit, 3/59 relevant first hits flagged weak.
    /**
     * acronym is allowed below the baseline in MRR (0.381 against 0.433; nDCG 0.575 against 0.490 is above): in
     * 4 of its 7 queries docsift puts first a grade-1 section whose heading holds the acronym ("EXPLAIN ANALYZE
     * (DISTSQL)" for "DistSQL", the page "Change Data Capture Queries" for "change data capture query
     * functions") where the baseline happens to put the grade-2 one first in 2 of them.
     */
    private static final Floors FLOORS = new Floors(0.63, 0.75, 0.36, 0.69, 0.09, Set.of("acronym"));

    @Override
    Path queries() {
        return Path.of("src/test/resources/relevance/cockroachdb-queries.jsonl");
    }

    @Override
    List<Article> articles() throws IOException {
        return CorpusArticles.read(CORPUS);
    }

    @Override
    Floors floors() {
        return FLOORS;
    }
}
