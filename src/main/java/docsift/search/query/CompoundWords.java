package docsift.search.query;

import docsift.search.SearchService;
import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Type;
import docsift.search.rank.FieldWeights;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A word of parts joined by hyphens, slashes or dots is searched as written ("multi-region", "read-only",
 * "self.assertEqual") when the text has it so; otherwise, for a hyphenated word, as one word ("e-mail" for
 * "email") when the text has that; and else as its parts: "multi-threading" in an article that says
 * "threading" and "multiple threads" found nothing at all, since the parts had to stand side by side, nor did
 * "async/await" (the article never writes "async await"), "try/except/finally" or "dict.get()". Stateless; the
 * look-ups are remembered per index view by the caller's memo.
 */
final class CompoundWords {
    /**
     * Letters, digits or underscores on both sides of each joint: not "-x" (an exclusion) nor "--flag", and
     * not a fragment of code with other punctuation ("on_delete=models.CASCADE"), which is matched as a phrase.
     */
    private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{N}_]+([-/.][\\p{L}\\p{N}_]+)+");
    private static final Pattern JOINT = Pattern.compile("[-/.]");
    /**
     * Words of more parts are left as typed: real compounds have two to four ("state-of-the-art"), and split,
     * a string of a thousand hyphenated letters would become a thousand clauses behind the clause limit.
     */
    private static final int MAX_PARTS = 4;

    private final FieldQueries fields;
    /** Per index view, the clauses a compound word stands for. */
    private final ViewMemo<String, List<Clause>> memo = new ViewMemo<>(10_000);

    CompoundWords(FieldQueries fields) {
        this.fields = fields;
    }

    /** The query with each compound word the index does not have as written replaced as described above. */
    UserQuery resolve(UserQuery query, IndexReader reader) throws IOException {
        if (query.clauses().stream().noneMatch(CompoundWords::isCompound)) {
            return query;
        }
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : query.clauses()) {
            if (isCompound(clause)) {
                for (Clause resolved : memo.get(reader, clause.text(), word -> resolve(word, reader))) {
                    clauses.add(resolved.withOccur(clause.occur()));
                }
            } else {
                clauses.add(clause);
            }
        }
        // Split words must not take a query past the clause limit it was checked against.
        return clauses.size() > SearchService.MAX_CLAUSES ? query : new UserQuery(clauses, query.lastWordOpen());
    }

    private static boolean isCompound(Clause clause) {
        return clause.type() == Type.WORD && JOINT.matcher(clause.text()).results().count() < MAX_PARTS
                && COMPOUND.matcher(clause.text()).matches();
    }

    private List<Clause> resolve(String word, IndexReader reader) throws IOException {
        Clause asWritten = new Clause(Type.WORD, word, UserQuery.Occur.SHOULD);
        if (found(asWritten, reader)) {
            return List.of(asWritten);
        }
        if (word.indexOf('/') < 0 && word.indexOf('.') < 0) {
            Clause joined = new Clause(Type.WORD, word.replace("-", ""), UserQuery.Occur.SHOULD);
            if (found(joined, reader)) {
                return List.of(joined);
            }
        }
        List<Clause> parts = new ArrayList<>();
        for (String part : JOINT.split(word)) {
            parts.add(new Clause(Type.WORD, part, UserQuery.Occur.SHOULD));
        }
        return parts;
    }

    /** True when some section matches the clause in some field. */
    private boolean found(Clause clause, IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String field : FieldWeights.BOOSTS.keySet()) {
            Query query = fields.fieldQuery(clause, field);
            if (query != null && searcher.count(query) > 0) {
                return true;
            }
        }
        return false;
    }
}
