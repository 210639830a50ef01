package docsift.search.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The rescorer's shared walk of leaf queries answers, for every query shape the query stage builds (nested
 * disjunctions, boosts, required, excluded and optional clauses, a minimum of optional ones, phrases, prefixes, a
 * query that matches nothing), exactly what a walk of each query on its own answers, over hits in three segments.
 */
class LeafMatchesTest {
    private static final List<List<String>> SEGMENTS = List.of(
            List.of("lock the row|before update", "nothing here|", "row lock waits|the lock is held",
                    "locking rows in bulk|select for update"),
            List.of("rows and columns|", "lock row after row|column lock", "unrelated text|row"),
            List.of("update the lock|", "|lock", "select row|update row lock"));

    @Test
    void everyQueryMatchesTheHitsItsOwnWalkMatches() throws IOException {
        try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] hits = everyOtherDocFirst(reader.maxDoc());
            Integer[] byDoc = new Integer[hits.length];
            Arrays.setAll(byDoc, i -> i);
            Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
            List<Query> queries = queries();
            List<boolean[]> shared = LeafMatches.of(searcher, queries, hits, byDoc);
            assertEquals(queries.size(), shared.size());
            for (int q = 0; q < queries.size(); q++) {
                boolean[] own = queries.get(q) == null ? null : Rescorer.matches(searcher, queries.get(q), hits, byDoc);
                assertArrayEquals(own, shared.get(q), String.valueOf(queries.get(q)));
            }
            assertArrayEquals(expectedLockInTextOrRowInHeading(hits, reader.maxDoc()), shared.get(0));
        }
    }

    /** What the first query matches, listed by hand: "lock" in the text or "row" in the heading. */
    private static boolean[] expectedLockInTextOrRowInHeading(ScoreDoc[] hits, int docs) {
        boolean[] byDocId = {true, false, true, false, false, true, false, false, true, true};
        assertEquals(byDocId.length, docs);
        boolean[] expected = new boolean[hits.length];
        for (int i = 0; i < hits.length; i++) {
            expected[i] = byDocId[hits[i].doc];
        }
        return expected;
    }

    private static List<Query> queries() {
        Query lockText = new TermQuery(new Term("text", "lock"));
        Query rowHeading = new TermQuery(new Term("heading", "row"));
        Query updateText = new TermQuery(new Term("text", "update"));
        Query dismax = new DisjunctionMaxQuery(List.of(new BoostQuery(lockText, 2f), rowHeading), 0f);
        List<Query> queries = new ArrayList<>();
        queries.add(dismax);
        queries.add(null);
        queries.add(new DisjunctionMaxQuery(List.of(dismax, new PhraseQuery("text", "row", "lock")), 0f));
        queries.add(new BooleanQuery.Builder().add(lockText, Occur.MUST).add(rowHeading, Occur.MUST_NOT).build());
        queries.add(new BooleanQuery.Builder().add(lockText, Occur.SHOULD).add(updateText, Occur.SHOULD)
                .add(rowHeading, Occur.SHOULD).setMinimumNumberShouldMatch(2).build());
        queries.add(new BooleanQuery.Builder().add(new ConstantScoreQuery(updateText), Occur.FILTER)
                .add(new PrefixQuery(new Term("heading", "col")), Occur.SHOULD).build());
        queries.add(new BooleanQuery.Builder().add(lockText, Occur.MUST_NOT).build());
        queries.add(new BooleanQuery.Builder().add(new BooleanQuery.Builder().build(), Occur.SHOULD)
                .add(new MatchNoDocsQuery("none"), Occur.SHOULD).add(updateText, Occur.SHOULD).build());
        queries.add(new DisjunctionMaxQuery(List.of(), 0f));
        return queries;
    }

    /** Every document, the odd ones first: the order a ranking gives, not the index's. */
    private static ScoreDoc[] everyOtherDocFirst(int docs) {
        List<ScoreDoc> hits = new ArrayList<>();
        for (int start : new int[] {1, 0}) {
            for (int doc = start; doc < docs; doc += 2) {
                hits.add(new ScoreDoc(doc, 1f));
            }
        }
        return hits.toArray(ScoreDoc[]::new);
    }

    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (List<String> segment : SEGMENTS) {
                for (String section : segment) {
                    String[] parts = section.split("\\|", -1);
                    Document doc = new Document();
                    doc.add(new TextField("heading", parts[0], Field.Store.NO));
                    doc.add(new TextField("text", parts[1], Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        return directory;
    }
}
